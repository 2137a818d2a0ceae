/**
 * Matching at an offset: the pattern is sticky (`y`, without `^`), and its `lastIndex` is set right
 * before each match, so no state is kept between calls. Offsets in the result are those of the
 * text. A pattern with a look-behind sees the text before the offset.
 */
export function matchAt(sticky: RegExp, text: string, at: number): RegExpExecArray | null {
  sticky.lastIndex = at;
  return sticky.exec(text);
}

/** Whether the sticky pattern matches at `at` (see `matchAt`). */
export function testAt(sticky: RegExp, text: string, at: number): boolean {
  sticky.lastIndex = at;
  return sticky.test(text);
}

/** The offset where the sticky pattern's match at `at` ends, or -1 (see `matchAt`). */
export function endAt(sticky: RegExp, text: string, at: number): number {
  sticky.lastIndex = at;
  return sticky.test(text) ? sticky.lastIndex : -1;
}
