/**
 * Character tests the scanners make at one offset, as the regex classes they stand for decide them
 * (`\s`, `[${LETTERS}${NUMERALS}]`, `\p{Lu}`, `\p{Ll}`), answered without a regex for ASCII, for the spaces
 * and for the Latin letters Vietnamese is written in (`test/references/chars.test.ts` checks every
 * code unit against the class).
 */
import { LETTERS, NUMERALS } from '../normalize/letter-classes.js';

const LETTER_OR_DIGIT_AT_END = new RegExp(String.raw`[${LETTERS}${NUMERALS}]$`, 'u');

// the one `\s` test for a code unit and at an offset, with the normalizer's
export { isSpaceAt, isSpaceCode } from '../normalize/space-codes.js';

/**
 * Whether the code unit `c` alone is a letter or digit (`[${LETTERS}${NUMERALS}]`), or null when that takes
 * the regex: outside ASCII, Latin-1, Latin Extended-A and -B and Latin Extended Additional.
 */
function latinLetterOrDigit(c: number): boolean | null {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x1e00 && c <= 0x1eff) return true;
  return null;
}

/** Whether a letter or digit (a whole code point) ends right before `at`: `(?<=[${LETTERS}${NUMERALS}])`. */
export function letterOrDigitBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  return latinLetterOrDigit(text.charCodeAt(at - 1)) ?? LETTER_OR_DIGIT_AT_END.test(text.slice(Math.max(0, at - 2), at));
}

const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;
const LOWER = /\p{Ll}/u;

/** Whether `word` starts with an upper-case letter (`^\p{Lu}`). */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER_FIRST.test(word);
}

/** Whether `word` starts with a lower-case letter (`^\p{Ll}`). */
export function startsLower(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? c >= 0x61 && c <= 0x7a : LOWER_FIRST.test(word);
}

/** Whether `word` has a lower-case letter (`\p{Ll}`). */
export function hasLower(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80) return LOWER.test(word.slice(i));
    if (c >= 0x61 && c <= 0x7a) return true;
  }
  return false;
}
