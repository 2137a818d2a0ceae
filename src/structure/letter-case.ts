import { LETTERS } from '../normalize/letter-classes.js';
const NOT_A_LETTER = new RegExp(`[^${LETTERS}]`, 'gu');

/** A line in capitals (at least two letters, none in lowercase): issuer lines, type lines, titles of a signature. */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(NOT_A_LETTER, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}
