/**
 * The issuing body written in a citation: after "của" (`của Ban Thường vụ Tỉnh ủy`), or right
 * after the date without "của" (`ngày 19/7/2017 Ban Bí thư (khóa XII)`).
 *
 * Vietnamese body names capitalise the first syllable of each word group ("Bộ Kế hoạch và Đầu
 * tư", "Thủ tướng Chính phủ", "Ủy ban nhân dân tỉnh"), so a name is read word by word: a
 * capitalised word, one lower-case syllable after it, or a word from a short list that occurs
 * inside body names. Anything else — and "về", "ban hành", "khóa", "ngày", "(", punctuation, the
 * start of another citation — ends it.
 */
import type { TextRange } from '../document/blocks.js';
import { keyAlternation, withCanonicalTones } from '../normalize/match-keys.js';
import { hasLower, isSpaceCode, startsLower, startsUpper } from './chars.js';
import { endAt, testAt } from './match-at.js';
import { CITATION_START } from './type-words.js';
import { oneSpaced } from './spaces.js';
import type { ScanText } from './types.js';
import { LETTERS, NUMERALS } from '../normalize/letter-classes.js';

/**
 * Lower-case words that occur inside body names beyond the first syllable after a capital, in
 * canonical tone style (the text is matched as `withCanonicalTones` gives it: ủy and uỷ alike).
 */
const NAME_WORDS: ReadonlySet<string> = new Set(
  [
    'nhân', 'dân', 'tỉnh', 'thành', 'phố', 'huyện', 'quận', 'thị', 'xã', 'phường', 'trấn', 'và',
    'chấp', 'hành', 'thường', 'vụ', 'ủy', 'trung', 'ương', 'đảng', 'chính', 'phủ', 'trị',
    'quốc', 'hội', 'khối',
  ].map(withCanonicalTones),
);

/** Words that cannot end a body name ("Thủ tướng Chính phủ thành nhiệm vụ" → drop "thành"). */
const NOT_LAST: ReadonlySet<string> = new Set(['và', 'thành', 'thị', 'chấp', 'nhân', 'trung']);

// matched on the canonical-tone view of the text, so "khoá" also finds "khóa"
const STOP =
  new RegExp(String.raw`(?:(?:về|ban\s+hành|khoá|ngày|theo|tại|để|nhằm|đến|với|cho|trong|thực\s+hiện|triển\s+khai|gắn|đã|được|là|có|này|đối\s+với|sửa\s+đổi|bổ\s+sung|quy\s+định|hướng\s+dẫn|công\s+bố|phê\s+duyệt|gồm|kèm\s+theo)(?![${LETTERS}${NUMERALS}]))`, 'iuy');
/**
 * a word of a name: not a stop word or the start of another citation, which end the name (the
 * word's own letters are the same in any case)
 */
const NAME_WORD = new RegExp(`(?!${STOP.source}|${CITATION_START.source})[${LETTERS}${NUMERALS}][${LETTERS}${NUMERALS}&]*`, 'iuy');
/**
 * what goes between two words of a name: a spaced dash ("Bộ Lao động - Thương binh và Xã hội"),
 * else spaces (and line breaks, across lines)
 */
const GAP = /(?:\s+[-–]\s+(?=\p{Lu}))|(?:[^\S\n]+)/uy;
const GAP_ACROSS_LINES = /(?:\s+[-–]\s+(?=\p{Lu}))|(?:\s+)/uy;

/** Heads of bodies that may follow a date without "của" (matched on the canonical-tone view). */
const BARE_HEAD = new RegExp(
  `(?:(?:${keyAlternation(['Ban', 'Bộ', 'Thủ tướng', 'Chính phủ', 'UBND', 'Ủy ban', 'HĐND', 'Hội đồng', 'Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Đảng ủy', 'Thanh tra', 'Văn phòng', 'Sở', 'Quốc hội', 'Mặt trận', 'Kiểm toán'])})(?![${LETTERS}${NUMERALS}]))`,
  'uy',
);

const MAX_WORDS = 14;

/** True when a body head ("Ban", "Thủ tướng", "UBND" …) starts at `at`. */
export function bodyHeadAt(scan: ScanText, at: number): boolean {
  return testAt(BARE_HEAD, scan.canonical, at);
}

/**
 * Where the gap between two words of a name that starts at `at` ends (GAP), or -1. One space before
 * anything but a space or a dash is the whole gap, told without the pattern.
 */
function gapEnd(text: string, at: number, acrossLines: boolean): number {
  const c = text.charCodeAt(at);
  if (!isSpaceCode(c)) return -1;
  const next = text.charCodeAt(at + 1);
  if (c === 0x20 && !isSpaceCode(next) && next !== 0x2d /* - */ && next !== 0x2013 /* – */) return at + 1;
  return endAt(acrossLines ? GAP_ACROSS_LINES : GAP, text, at);
}

/**
 * The body name starting at `at` (a capitalised word), with its local range, or null. A line break
 * (only in table text) ends the name unless `acrossLines`.
 */
export function scanBodyName(scan: ScanText, at: number, acrossLines = false): { name: string; range: TextRange } | null {
  const { text, canonical: view } = scan;
  let words = 0;
  // where the name ends: after its last word that may end it
  let end = -1;
  let pos = at;
  let lowerRun = 0;
  let afterAbbreviation = false;
  // every gap so far is one " ": the name needs no spaces collapsed
  let oneSpaceGaps = true;
  while (words < MAX_WORDS) {
    let wordAt = pos;
    if (words > 0) {
      wordAt = gapEnd(text, pos, acrossLines);
      if (wordAt < 0) break; // punctuation right after the last word
      if (wordAt !== pos + 1 || text.charCodeAt(pos) !== 0x20) oneSpaceGaps = false;
    }
    const wordEnd = endAt(NAME_WORD, view, wordAt);
    if (wordEnd < 0) break;
    const word = view.slice(wordAt, wordEnd);
    if (startsUpper(word)) {
      lowerRun = 0;
      afterAbbreviation = word.length > 1 && !hasLower(word);
    } else if (
      startsLower(word) &&
      words > 0 &&
      ((lowerRun === 0 && !afterAbbreviation) || NAME_WORDS.has(word.toLowerCase()))
    ) {
      lowerRun += 1;
    } else {
      break;
    }
    words += 1;
    if (!NOT_LAST.has(word.toLowerCase())) end = wordEnd;
    pos = wordEnd;
  }
  if (end < 0) return null;
  const name = text.slice(at, end);
  return { name: oneSpaceGaps ? name : oneSpaced(name), range: { start: at, end } };
}
