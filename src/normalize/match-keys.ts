/**
 * Keys for matching Vietnamese words whatever the typist's tone placement or case:
 * `toneKey("khoá XI") === toneKey("Khóa XI")`, `toneKey("Thuỷ") === toneKey("thủy")`.
 * `foldKey` also drops every mark and maps đ → d, for accent-insensitive matching.
 */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** Lowercase; in each word the tone mark moved to the end of the word, so placement does not matter. */
export function toneKey(text: string): string {
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(/[\s\u00A0]+/gu, ' ')
    .trim()
    .replace(/[\p{L}\p{M}]+/gu, (word) => {
      const tones = word.match(TONES) ?? [];
      return word.replace(TONES, '') + tones.join('');
    });
}

/** Lowercase, no marks at all, đ → d. */
export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[\s\u00A0]+/gu, ' ')
    .trim();
}
