/**
 * `/\s/u` for one UTF-16 unit, without the regex: the white space and line terminators of
 * ECMAScript (tab, line feed … carriage return, space, NBSP, U+1680, U+2000–U+200A, the line and
 * paragraph separators, U+202F, U+205F, U+3000, BOM). No surrogate is a space. `NaN` (no character)
 * is none.
 */
export function isSpaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Whether the UTF-16 unit at `at` is a space in the sense of `/\s/u` (none past the end). */
export function isSpaceAt(text: string, at: number): boolean {
  return isSpaceCode(text.charCodeAt(at));
}
