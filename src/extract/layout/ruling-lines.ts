/**
 * Ruling lines of a page: the horizontal and vertical strokes a table's borders are drawn with,
 * read from pdf.js's operator list. Word and LibreOffice draw a table's borders as stroked lines or
 * as thin filled rectangles; both become segments in PDF user space (the current transformation
 * matrix followed through save/restore, `cm` and form XObjects). Clip paths, curves, white paint
 * and large filled areas (cell shading, images' frames) are not rulings.
 */
import { compose, IDENTITY, matrixArgument, toMatrix, type Matrix } from '../transform-matrix.js';

/** An axis-aligned segment in user space: x0 ≤ x1, y0 ≤ y1 (one of the two pairs equal). */
export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The operator codes read (pdf.js's `OPS`). */
export interface RulingOps {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  setFillRGBColor: number;
  setStrokeRGBColor: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

export interface OperatorList {
  fnArray: readonly number[];
  argsArray: readonly unknown[];
}

/** thicker than this (user space units) a filled rectangle is an area, not a line */
const THIN = 2.5;
/** pdf.js path buffer codes (`DrawOPS`) */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUADRATIC = 3;
const CLOSE = 4;

/** "#rrggbb" → is it (near) white? */
function isWhite(color: unknown): boolean {
  if (typeof color !== 'string' || !/^#[0-9a-f]{6}$/iu.test(color)) return false;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  return r! > 230 && g! > 230 && b! > 230;
}

/** The sub-paths of a pdf.js path buffer as point lists; null for a sub-path with curves. */
function subPaths(buffer: ArrayLike<number>): ({ x: number; y: number }[] | null)[] {
  const paths: ({ x: number; y: number }[] | null)[] = [];
  let current: { x: number; y: number }[] | null = null;
  for (let i = 0; i < buffer.length; ) {
    const op = buffer[i]!;
    if (op === MOVE) {
      current = [{ x: buffer[i + 1]!, y: buffer[i + 2]! }];
      paths.push(current);
      i += 3;
    } else if (op === LINE) {
      current?.push({ x: buffer[i + 1]!, y: buffer[i + 2]! });
      i += 3;
    } else if (op === CURVE || op === QUADRATIC) {
      if (current) paths[paths.length - 1] = null;
      current = null;
      i += op === CURVE ? 7 : 5;
    } else if (op === CLOSE) {
      if (current && current.length > 1) current.push({ ...current[0]! });
      i += 1;
    } else break; // unknown code: stop reading this path
  }
  return paths;
}

function segmentOf(a: { x: number; y: number }, b: { x: number; y: number }): Segment | null {
  const [x0, x1] = a.x <= b.x ? [a.x, b.x] : [b.x, a.x];
  const [y0, y1] = a.y <= b.y ? [a.y, b.y] : [b.y, a.y];
  if (x1 - x0 < 0.5 && y1 - y0 > 0.5) return { x0: (x0 + x1) / 2, x1: (x0 + x1) / 2, y0, y1 };
  if (y1 - y0 < 0.5 && x1 - x0 > 0.5) return { x0, x1, y0: (y0 + y1) / 2, y1: (y0 + y1) / 2 };
  return null;
}

/** A filled axis-aligned rectangle that is thin in one direction: the line along its middle. */
function thinRectangle(points: readonly { x: number; y: number }[]): Segment | null {
  if (points.length < 4 || points.length > 5) return null;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const axisAligned = points.every((p) => (Math.abs(p.x - x0) < 0.5 || Math.abs(p.x - x1) < 0.5) && (Math.abs(p.y - y0) < 0.5 || Math.abs(p.y - y1) < 0.5));
  if (!axisAligned) return null;
  if (x1 - x0 <= THIN && y1 - y0 > THIN) return { x0: (x0 + x1) / 2, x1: (x0 + x1) / 2, y0, y1 };
  if (y1 - y0 <= THIN && x1 - x0 > THIN) return { x0, x1, y0: (y0 + y1) / 2, y1: (y0 + y1) / 2 };
  return null;
}

/** The ruling segments drawn by a page's operator list, in PDF user space. */
export function rulingSegments(list: OperatorList, ops: RulingOps): Segment[] {
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill]);
  const segments: Segment[] = [];
  let ctm: Matrix = IDENTITY;
  let fillWhite = false;
  let strokeWhite = false;
  const stack: { ctm: Matrix; fillWhite: boolean; strokeWhite: boolean }[] = [];
  const toPage = (p: { x: number; y: number }) => ({ x: ctm[0] * p.x + ctm[2] * p.y + ctm[4], y: ctm[1] * p.x + ctm[3] * p.y + ctm[5] });

  list.fnArray.forEach((fn, i) => {
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push({ ctm, fillWhite, strokeWhite });
    else if (fn === ops.restore) ({ ctm, fillWhite, strokeWhite } = stack.pop() ?? { ctm, fillWhite, strokeWhite });
    else if (fn === ops.transform) {
      const m = matrixArgument(args);
      if (m) ctm = compose(ctm, m);
    } else if (fn === ops.paintFormXObjectBegin) {
      stack.push({ ctm, fillWhite, strokeWhite });
      const m = toMatrix(args?.[0]);
      if (m) ctm = compose(ctm, m);
    } else if (fn === ops.paintFormXObjectEnd) ({ ctm, fillWhite, strokeWhite } = stack.pop() ?? { ctm, fillWhite, strokeWhite });
    else if (fn === ops.setFillRGBColor) fillWhite = isWhite(args?.[0]);
    else if (fn === ops.setStrokeRGBColor) strokeWhite = isWhite(args?.[0]);
    else if (fn === ops.constructPath) {
      const paint = args?.[0] as number;
      const buffer = (args?.[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | null | undefined;
      if (!buffer) return;
      const stroked = strokes.has(paint) && !strokeWhite;
      const filled = (fills.has(paint) || paint === ops.fillStroke || paint === ops.eoFillStroke) && !fillWhite;
      if (!stroked && !filled) return;
      for (const path of subPaths(buffer)) {
        if (!path) continue;
        const points = path.map(toPage);
        if (filled) {
          const line = thinRectangle(points);
          if (line) segments.push(line);
        }
        if (stroked) {
          for (let k = 1; k < points.length; k += 1) {
            const s = segmentOf(points[k - 1]!, points[k]!);
            if (s) segments.push(s);
          }
        }
      }
    }
  });
  return segments;
}
