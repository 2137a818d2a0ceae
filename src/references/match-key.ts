/**
 * Comparison keys for Vietnamese words: lowercase, no marks, đ→d. Two spellings that differ only in
 * tone placement (`khoá`/`khóa`, `uỷ`/`ủy`) or case get the same key.
 */
export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
