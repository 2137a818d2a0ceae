/**
 * Laws cited by name: `Luật Thực hiện dân chủ ở cơ sở`, `Luật Phòng, chống tham nhũng`,
 * `Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ`, `Bộ luật Hình sự`, `Pháp lệnh …`,
 * `Luật Đầu tư năm 2020`, `Hiến pháp năm 2013`, a name followed by its number (`Luật … số
 * 10/2022/QH15`, one reference; `Luật Công nghiệp công nghệ số số 71/2025/QH15`, whose name ends
 * in "số"), and amendment laws (`Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở`),
 * one law each. The name must start with a capital: `pháp luật Phòng chống tham nhũng` is not a
 * named law.
 */
import type { TextRange } from '../document/blocks.js';
import { keyAlternation } from '../normalize/match-keys.js';
import { matchAt, testAt } from './match-at.js';
import { oneSpaced } from './spaces.js';
import { symbolAt, type ParsedSymbol } from './symbol.js';
import type { ScanText } from './types.js';
import { LETTERS, NUMERALS } from '../normalize/letter-classes.js';

export interface NamedLaw {
  /** local range of the law as written, number included */
  range: TextRange;
  type: string;
  /** "Luật Phòng, chống tham nhũng" (without "năm 2020") */
  name: string;
  year: number | null;
  symbol: ParsedSymbol | null;
}

/** matched on the canonical-tone view of the text ("Cộng hoà" there, however it was typed) */
const HEAD =
  new RegExp(String.raw`(?<![${LETTERS}${NUMERALS}])(Bộ [lL]uật|Luật|Pháp lệnh)(?=\s)|(?<![${LETTERS}${NUMERALS}])Hiến pháp(?:\s+nước\s+Cộng\s+hoà\s+xã\s+hội\s+chủ\s+nghĩa\s+Việt\s+Nam)?\s+năm\s+(\d{4})(?!\d)`, 'gu');
/** a quick test: what every match of HEAD holds */
const HEAD_WORDS = ['uật', 'Pháp lệnh', 'Hiến pháp'];
const LAW_HEAD_AT = /(?:(Bộ [lL]uật|Luật|Pháp lệnh)\s+)/uy;
const WORD = new RegExp(String.raw`(?:[${LETTERS}${NUMERALS}]+)`, 'uy');
const SPACE = /(?:[ \t]+)/uy;
/** a line break inside a name (table cells): only a lower-case word may continue it */
const LINE_BREAK = /(?:[ \t]*\n\s*(?=\p{Ll}))/uy;

/**
 * Words that follow a comma inside a law name: "Phòng, chống", "Cán bộ, công chức", "Phòng cháy,
 * chữa cháy và cứu nạn, cứu hộ", "Quản lý, sử dụng vũ khí, vật liệu nổ", "Thi đua, khen thưởng" …
 * (the names of Vietnamese laws that have commas).
 */
const COMMA_WORDS = [
  'chống', 'chữa cháy', 'cứu hộ', 'công chức', 'viên chức', 'sử dụng', 'vật liệu', 'bổ sung', 'khen thưởng', 'tôn giáo',
  'vệ sinh', 'an toàn', 'giáo dục', 'đối thoại', 'công nghệ', 'nhập cảnh', 'xuất cảnh', 'quá cảnh', 'cư trú', 'chăm sóc',
  'chữa bệnh', 'bia', 'môi trường', 'hàng hóa', 'kinh doanh', 'thể thao', 'tạm giam', 'trật tự', 'lấy', 'ghép',
];
const INNER_COMMA = new RegExp(`(?:,[ \\t]*\\n?[ \\t]*(?=(?:${keyAlternation(COMMA_WORDS)})(?![${LETTERS}${NUMERALS}])))`, 'uy');
/** a comma continues a name only after a short run of syllables ("Quản lý, sử dụng vũ khí, vật liệu") */
const MAX_SYLLABLES_BEFORE_COMMA = 4;
const STOP =
  new RegExp(String.raw`(?:(?:về|của|ngày|số|năm|gắn|theo|để|nhằm|tại|trong|đã|được|đến|cho|khi|thì|là|có|này|đó|nêu|hiện\s+hành|quy\s+định|mới|sẽ|đang|nhưng|hoặc|hay|cũng|các|những|và(?=\s+\p{Lu}))(?![${LETTERS}${NUMERALS}]))`, 'uy');
/**
 * "của" inside a law name, after the words it follows there: "Phòng, chống tác hại của thuốc lá",
 * "Hoạt động giám sát của Quốc hội", "Xuất cảnh, nhập cảnh của công dân Việt Nam", "… cư trú của
 * người nước ngoài tại Việt Nam" (matched on the canonical-tone view, before "của").
 */
const OF_AFTER = new RegExp(`(?<![${LETTERS}${NUMERALS}])(?:${keyAlternation(['tác hại', 'giám sát', 'nhập cảnh', 'xuất cảnh', 'quá cảnh', 'cư trú'])})[ \\t]+$`, 'u');
const OF = new RegExp(String.raw`(?:của(?![${LETTERS}${NUMERALS}]))`, 'uy');
/** "Luật Công nghiệp công nghệ số số 71/2025/QH15": the first "số" belongs to the name */
const SO_IN_NAME = /(?:số[ \t]+số[ \t]*:?[ \t]*\d)/uy;
const AND = /^(?:và)$/u;
const YEAR = /(?:[ \t]+năm[ \t]+(\d{4})(?!\d))/uy;
const NUMBER_INTRO = /(?:[ \t]+(?:số[ \t]*:?[ \t]*)?)/uy;
/** "Luật sửa đổi, bổ sung một số điều của (các) Luật …" */
const AMENDMENT =
  /(?:[ \t]+[sS]ửa[ \t]+đổi[ \t]*,[ \t]*bổ[ \t]+sung(?:[ \t]+một[ \t]+số[ \t]+điều)?(?:[ \t]+của)?(?:[ \t]+các)?[ \t]+(?=(?:Bộ[ \t]+luật|Luật|Pháp[ \t]+lệnh)[ \t]))/uy;
/** between the laws an amendment law amends: "Luật Đất đai, Luật Nhà ở và Luật …" */
const AMENDED_SEPARATOR = /(?:[ \t]*,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)(?=(?:Bộ[ \t]+luật|Luật|Pháp[ \t]+lệnh)[ \t])/uy;
const MAX_WORDS = 20;
const STARTS_WITH_DIGIT = new RegExp(String.raw`^[${NUMERALS}]`, 'u');
const STARTS_UPPER = /^\p{Lu}/u;

/** The words of a law name starting at `at` (matched on `view`); returns the local end, or null. */
function scanName(view: string, at: number): number | null {
  let pos = at;
  let end: number | null = null;
  let words = 0;
  let sinceBreak = 0;
  while (words < MAX_WORDS) {
    let wordAt = pos;
    let joiner = false;
    if (words > 0) {
      const comma = sinceBreak <= MAX_SYLLABLES_BEFORE_COMMA ? matchAt(INNER_COMMA, view, pos) : null;
      const gap = comma ?? matchAt(SPACE, view, pos) ?? matchAt(LINE_BREAK, view, pos);
      if (!gap) break;
      wordAt = pos + gap[0].length;
      if (comma) sinceBreak = 0;
      if (testAt(SO_IN_NAME, view, wordAt)) {
        pos = end = wordAt + 'số'.length;
        break;
      }
      joiner = testAt(OF, view, wordAt) && OF_AFTER.test(view.slice(Math.max(at, wordAt - 16), wordAt));
      if (!joiner && testAt(STOP, view, wordAt)) break;
    }
    const m = matchAt(WORD, view, wordAt);
    if (!m || STARTS_WITH_DIGIT.test(m[0])) break;
    if (words === 0 && !STARTS_UPPER.test(m[0])) return null;
    words += 1;
    pos = wordAt + m[0].length;
    // "và", and "của" inside a name, join its parts: they start a new run and never end the name
    if (joiner || AND.test(m[0])) sinceBreak = 0;
    else {
      sinceBreak += 1;
      end = pos;
    }
  }
  return end;
}

/** `Luật X`, `Bộ luật X`, `Pháp lệnh X` starting at `at`: its type and the end of its name. */
function lawAt(view: string, at: number): { type: string; nameStart: number; nameEnd: number } | null {
  const head = matchAt(LAW_HEAD_AT, view, at);
  if (!head) return null;
  const nameStart = at + head[0].length;
  const nameEnd = scanName(view, nameStart);
  if (nameEnd === null) return null;
  return { type: head[1]!.startsWith('Bộ') ? 'Bộ luật' : head[1]!, nameStart, nameEnd };
}

/** The end of "sửa đổi, bổ sung … của Luật A, Luật B và Luật C" after a "Luật" head, or null. */
function amendmentEnd(view: string, headEnd: number): number | null {
  const intro = matchAt(AMENDMENT, view, headEnd);
  if (!intro) return null;
  let law = lawAt(view, headEnd + intro[0].length);
  if (!law) return null;
  let end = law.nameEnd;
  for (;;) {
    const sep = matchAt(AMENDED_SEPARATOR, view, end);
    law = sep ? lawAt(view, end + sep[0].length) : null;
    if (!law) return end;
    end = law.nameEnd;
  }
}

/** All laws cited by name in a block's text, in order. */
export function findNamedLaws(scan: ScanText): NamedLaw[] {
  const { text, canonical: view } = scan;
  const found: NamedLaw[] = [];
  if (!HEAD_WORDS.some((word) => view.includes(word))) return found;
  let covered = 0;
  for (const m of view.matchAll(HEAD)) {
    if (m.index < covered) continue;
    if (m[2] !== undefined) {
      found.push({ range: { start: m.index, end: m.index + m[0].length }, type: 'Hiến pháp', name: 'Hiến pháp', year: Number(m[2]), symbol: null });
      covered = m.index + m[0].length;
      continue;
    }
    const head = m[1]!;
    const headEnd = m.index + head.length;
    const type = head.startsWith('Bộ') ? 'Bộ luật' : head;
    let name: string;
    let end: number;
    const amended = head === 'Luật' ? amendmentEnd(view, headEnd) : null;
    if (amended !== null) {
      name = `Luật ${oneSpaced(text.slice(headEnd, amended).trim())}`;
      end = amended;
    } else {
      const law = lawAt(view, m.index);
      if (!law) continue;
      name = `${type} ${oneSpaced(text.slice(law.nameStart, law.nameEnd))}`;
      end = law.nameEnd;
    }
    let year: number | null = null;
    const y = matchAt(YEAR, view, end);
    if (y) {
      year = Number(y[1]);
      end += y[0].length;
    }
    let symbol: ParsedSymbol | null = null;
    const intro = matchAt(NUMBER_INTRO, text, end);
    if (intro) {
      const at = end + intro[0].length;
      symbol = symbolAt(text, at);
      if (symbol) end = symbol.range.end;
    }
    found.push({ range: { start: m.index, end }, type, name, year, symbol });
    covered = end;
  }
  return found;
}
