/**
 * Anchored matching at an offset without shared `lastIndex` state: the pattern must start with
 * `^`, and it is run on a slice (O(1) in V8). Offsets in the result are relative to `at`.
 */
export function matchAt(anchored: RegExp, text: string, at: number): RegExpExecArray | null {
  return anchored.exec(text.slice(at));
}
