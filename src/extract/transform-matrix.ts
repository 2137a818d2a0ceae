/**
 * PDF transformation matrices `[a b c d e f]` as pdf.js's operator lists give them (the current
 * transformation matrix, form XObject and image placements, text matrices).
 */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `outer` after `inner`: a point goes through `inner` first (pdf.js `Util.transform`). */
export function compose(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [p, q, r, s, t, u] = inner;
  return [a * p + c * q, b * p + d * q, a * r + c * s, b * r + d * s, a * t + c * u + e, b * t + d * u + f];
}

/** Six finite numbers as a matrix, or null. */
export function toMatrix(value: unknown): Matrix | null {
  if (value === null || typeof value !== 'object' || !('length' in value) || (value as ArrayLike<unknown>).length !== 6) return null;
  const m = Array.from(value as ArrayLike<unknown>, Number) as Matrix;
  return m.every(Number.isFinite) ? m : null;
}

/** An operation's arguments: pdf.js passes a matrix either as six numbers or as one array of them. */
export function matrixArgument(args: unknown): Matrix | null {
  if (!Array.isArray(args)) return null;
  return args.length === 6 ? toMatrix(args) : toMatrix(args[0]);
}
