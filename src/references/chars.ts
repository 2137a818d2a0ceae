/**
 * Character tests the scanners make at one offset, as the regex classes they stand for decide them
 * (`\s`, `[\p{L}\p{N}]`), with the ASCII characters answered without a regex.
 */

const SPACE = /^\s$/u;
const LETTER_OR_DIGIT_AT_END = /[\p{L}\p{N}]$/u;

/** Whether the code unit at `at` is a space in the sense of `\s`. */
export function isSpaceAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return SPACE.test(text[at]!);
}

/** Whether a letter or digit (a whole code point) ends right before `at`: `(?<=[\p{L}\p{N}])`. */
export function letterOrDigitBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return LETTER_OR_DIGIT_AT_END.test(text.slice(Math.max(0, at - 2), at));
}
