import { LETTERS } from '../normalize/letter-classes.js';
const NOT_A_LETTER = new RegExp(`[^${LETTERS}]`, 'gu');

/**
 * A line in capitals (at least `minLetters` letters, none in lowercase): issuer lines, type lines,
 * titles of a signature, headings.
 */
export function isAllCaps(text: string, minLetters = 2): boolean {
  const letters = text.replace(NOT_A_LETTER, '');
  return letters.length >= minLetters && letters === letters.toUpperCase();
}
