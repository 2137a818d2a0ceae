/**
 * Laws cited by name: `Luật Thực hiện dân chủ ở cơ sở`, `Luật Phòng, chống tham nhũng`,
 * `Bộ luật Hình sự`, `Pháp lệnh …`, `Luật Đầu tư năm 2020`, `Hiến pháp năm 2013`, and a name
 * followed by its number (`Luật … số 10/2022/QH15`, one reference). The name must start with a
 * capital: `pháp luật Phòng chống tham nhũng` is not a named law.
 */
import type { TextRange } from '../document/blocks.js';
import { matchAt } from './match-at.js';
import { SYMBOL_AT, parseSymbol, type ParsedSymbol } from './symbol.js';
import type { ScanText } from './types.js';

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
  /(?<![\p{L}\p{N}])(Bộ [lL]uật|Luật|Pháp lệnh)(?=[ \t])|(?<![\p{L}\p{N}])Hiến pháp(?:\s+nước\s+Cộng\s+hoà\s+xã\s+hội\s+chủ\s+nghĩa\s+Việt\s+Nam)?\s+năm\s+(\d{4})(?!\d)/gu;
const WORD = /^(?:[\p{L}\p{N}]+)/u;
const SPACE = /^(?:[ \t]+)/u;
/** a comma inside a name: "Phòng, chống", "Cán bộ, công chức", "sửa đổi, bổ sung" */
const INNER_COMMA = /^(?:,[ \t]+(?=(?:chống|công[ \t]+chức|bổ[ \t]+sung)(?![\p{L}\p{N}])))/u;
const STOP =
  /^(?:(?:về|của|ngày|số|năm|gắn|theo|để|nhằm|tại|trong|đã|được|đến|cho|khi|thì|là|có|này|đó|nêu|hiện\s+hành|mới|sẽ|đang|nhưng|hoặc|hay|cũng|các|những|và(?=[ \t]+\p{Lu}))(?![\p{L}\p{N}]))/u;
const YEAR = /^(?:[ \t]+năm[ \t]+(\d{4})(?!\d))/u;
const NUMBER_INTRO = /^(?:[ \t]+(?:số[ \t]*:?[ \t]*)?)/u;
const MAX_WORDS = 12;

/** The words of a law name starting at `at`; returns the local end, or null. */
function scanName(text: string, at: number): number | null {
  let pos = at;
  let end: number | null = null;
  let words = 0;
  while (words < MAX_WORDS) {
    let wordAt = pos;
    if (words > 0) {
      const gap = matchAt(INNER_COMMA, text, pos) ?? matchAt(SPACE, text, pos);
      if (!gap) break;
      wordAt = pos + gap[0].length;
      if (matchAt(STOP, text, wordAt)) break;
    }
    const m = matchAt(WORD, text, wordAt);
    if (!m || /^\p{N}/u.test(m[0])) break;
    if (words === 0 && !/^\p{Lu}/u.test(m[0])) return null;
    words += 1;
    pos = wordAt + m[0].length;
    if (m[0] !== 'và') end = pos;
  }
  return end;
}

/** All laws cited by name in a block's text, in order. */
export function findNamedLaws(scan: ScanText): NamedLaw[] {
  const { text } = scan;
  const found: NamedLaw[] = [];
  for (const m of scan.canonical.matchAll(HEAD)) {
    if (m[2] !== undefined) {
      found.push({ range: { start: m.index, end: m.index + m[0].length }, type: 'Hiến pháp', name: 'Hiến pháp', year: Number(m[2]), symbol: null });
      continue;
    }
    const head = m[1]!;
    const headEnd = m.index + head.length;
    const nameStart = headEnd + matchAt(SPACE, text, headEnd)![0].length;
    const nameEnd = scanName(text, nameStart);
    if (nameEnd === null) continue;
    const type = head.startsWith('Bộ') ? 'Bộ luật' : head;
    const name = `${type} ${text.slice(nameStart, nameEnd).replace(/\s+/gu, ' ')}`;
    let end = nameEnd;
    let year: number | null = null;
    const y = matchAt(YEAR, text, end);
    if (y) {
      year = Number(y[1]);
      end += y[0].length;
    }
    let symbol: ParsedSymbol | null = null;
    const intro = matchAt(NUMBER_INTRO, text, end);
    if (intro) {
      const at = end + intro[0].length;
      const s = matchAt(SYMBOL_AT, text, at);
      symbol = s ? parseSymbol(s, at) : null;
      if (symbol) end = symbol.range.end;
    }
    found.push({ range: { start: m.index, end }, type, name, year, symbol });
  }
  return found;
}
