/** A line in capitals (at least two letters, none in lowercase): issuer lines, type lines, titles of a signature. */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}
