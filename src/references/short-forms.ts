/**
 * Short forms: `Chỉ thị số 13`, `Nghị định 35`, a type word and a number without a symbol (not a
 * year: `Kế hoạch năm 2025` has no number; not the start of a symbol: `Nghị định 35/2022/NĐ-CP`).
 *
 * The matches are those of a global scan with SHORT = `(?<![\p{L}\p{N}])` + SHORT_BODY (a type
 * word starting a word, spaces, "số" maybe, a number that no letter, digit, decimal or symbol's
 * slash or dash follows), but SHORT is only tried where a short form can be: it ends with the last
 * syllable of a type word, spaces, "số" maybe and a digit, which a cheap scan finds (a few literal
 * syllables: no look-behind, no Unicode classes). From each such place, SHORT is tried at every
 * offset where the type word can start — no type word has more than four syllables or a syllable
 * of more than six letters — leftmost first, as the global scan would.
 */
import { TYPE_WORDS, TYPE_WORD_SOURCE } from './type-words.js';

const SHORT_BODY = `(${TYPE_WORD_SOURCE})\\s+(số\\s*)?(\\d{1,5})(?![\\p{L}\\p{N}]|\\s*[\\/‐‑–—−-]\\s*[\\p{L}\\p{N}]|[.,:]\\d)`;
/** SHORT at the start of a text, but for its look-behind `(?<![\p{L}\p{N}])` (checked apart: the text is a slice) */
const SHORT_AT = new RegExp(`^${SHORT_BODY}`, 'iu');
const LETTER_OR_DIGIT_AT_END = /[\p{L}\p{N}]$/u;
/** where a short form can end: the last syllable of a type word, spaces, "số" maybe, a digit (as case-insensitive as SHORT) */
const LAST_SYLLABLE_THEN_DIGIT = new RegExp(
  `(?:${[...new Set(TYPE_WORDS.map((word) => word.split(' ').pop()!.toLowerCase()))].join('|')})\\s+(?:số\\s*)?\\d`,
  'giu',
);
/** the first letters of the type words, lower case: where SHORT can start */
const FIRST_LETTERS = new Set(TYPE_WORDS.map((word) => word[0]!.toLowerCase()));
const LONGEST_SYLLABLE = 6;
const MOST_SYLLABLES = 4;
const SPACE = /\s/u;

/** The first offset where a type word whose last syllable is at (or inside, from) `last` can start. */
function earliestStart(text: string, last: number): number {
  let at = Math.max(0, last - LONGEST_SYLLABLE);
  for (let k = 1; k < MOST_SYLLABLES; k++) {
    while (at > 0 && SPACE.test(text[at - 1]!)) at--;
    at = Math.max(0, at - LONGEST_SYLLABLE);
  }
  return at;
}

/** Whether SHORT's look-behind holds at `start`: no letter or digit (a whole code point) before it. */
function startsWord(text: string, start: number): boolean {
  return start === 0 || !LETTER_OR_DIGIT_AT_END.test(text.slice(Math.max(0, start - 2), start));
}

/** Every short form in `text`, in order: the type word (group 1), "số" (group 2) and the number (group 3). */
export function shortFormMatches(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (const place of text.matchAll(LAST_SYLLABLE_THEN_DIGIT)) {
    const digit = place.index + place[0].length - 1;
    if (digit < from) continue;
    for (let start = Math.max(from, earliestStart(text, place.index)); start <= place.index; start++) {
      if (!FIRST_LETTERS.has(text[start]!.toLowerCase()) || !startsWord(text, start)) continue;
      const m = SHORT_AT.exec(text.slice(start));
      if (m) {
        m.index = start;
        found.push(m);
        from = start + m[0].length;
        break;
      }
    }
  }
  return found;
}
