/**
 * The images a page paints, from its operator list: how much of the page they cover and at what
 * resolution the largest one is drawn. A scanned page is one image (or a few strips) covering it; a
 * born-digital page has at most a logo or a signature.
 *
 * The current transformation matrix is followed through `save`/`restore`/`transform` and form
 * XObjects; an image fills the unit square of the matrix in force when it is painted.
 */
import { compose, IDENTITY, matrixArgument, toMatrix, type Matrix } from '../transform-matrix.js';

export interface PageImages {
  /** share of the page the images cover, 0–1 (overlapping images counted once each, capped at 1) */
  coverage: number;
  /** pixels per inch at which the largest image is drawn; null when the page paints no image */
  dpi: number | null;
}

/** The operator codes read here (pdf.js's `OPS`). */
export interface ImageOps {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
  paintImageXObjectRepeat: number;
  paintInlineImageXObjectGroup: number;
  paintImageMaskXObjectGroup: number;
}

/** The unit square under `m`, as an axis-aligned box clipped to the page view. */
function clippedArea(m: Matrix, view: readonly number[]): number {
  const xs = [m[4], m[0] + m[4], m[2] + m[4], m[0] + m[2] + m[4]];
  const ys = [m[5], m[1] + m[5], m[3] + m[5], m[1] + m[3] + m[5]];
  const [vx0 = 0, vy0 = 0, vx1 = 0, vy1 = 0] = view;
  const w = Math.min(Math.max(...xs), vx1) - Math.max(Math.min(...xs), vx0);
  const h = Math.min(Math.max(...ys), vy1) - Math.max(Math.min(...ys), vy0);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Width of an image's pixels per inch as drawn under `m`. */
function drawnDpi(m: Matrix, pixelWidth: number): number {
  const inches = Math.hypot(m[0], m[1]) / 72;
  return inches > 0 ? pixelWidth / inches : 0;
}

function sizeOf(value: unknown): { width: number; height: number } | null {
  if (typeof value !== 'object' || value === null) return null;
  const { width, height } = value as { width?: unknown; height?: unknown };
  return typeof width === 'number' && typeof height === 'number' ? { width, height } : null;
}

/**
 * What the images of one page cover. `view` is the page's box in user space ([x0, y0, x1, y1],
 * pdf.js's `page.view`).
 */
export function pageImages(list: { fnArray: readonly number[]; argsArray: readonly unknown[] }, ops: ImageOps, view: readonly number[]): PageImages {
  const pageArea = Math.abs(((view[2] ?? 0) - (view[0] ?? 0)) * ((view[3] ?? 0) - (view[1] ?? 0))) || 1;
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  let covered = 0;
  let largest = 0;
  let dpi: number | null = null;
  const paint = (m: Matrix, pixelWidth: number | null) => {
    const area = clippedArea(m, view);
    covered += area;
    if (pixelWidth !== null && area > largest) {
      largest = area;
      dpi = drawnDpi(m, pixelWidth);
    }
  };
  list.fnArray.forEach((fn, i) => {
    const args = (list.argsArray[i] ?? []) as unknown[];
    switch (fn) {
      case ops.save:
        stack.push(ctm);
        break;
      case ops.restore:
        ctm = stack.pop() ?? ctm;
        break;
      case ops.transform:
        ctm = compose(ctm, matrixArgument(args) ?? IDENTITY);
        break;
      case ops.paintFormXObjectBegin:
        stack.push(ctm);
        ctm = compose(ctm, toMatrix(args[0]) ?? IDENTITY);
        break;
      case ops.paintFormXObjectEnd:
        ctm = stack.pop() ?? ctm;
        break;
      case ops.paintImageXObject:
        paint(ctm, typeof args[1] === 'number' ? args[1] : null);
        break;
      case ops.paintInlineImageXObject:
      case ops.paintImageMaskXObject:
        paint(ctm, sizeOf(args[0])?.width ?? null);
        break;
      case ops.paintImageXObjectRepeat: {
        // [id, scaleX, scaleY, positions]: the same image at several places
        const [, scaleX, scaleY, positions] = args as [unknown, number, number, ArrayLike<number>];
        for (let p = 0; p + 1 < (positions?.length ?? 0); p += 2) paint(compose(ctm, [scaleX, 0, 0, scaleY, positions[p]!, positions[p + 1]!]), null);
        break;
      }
      case ops.paintInlineImageXObjectGroup: {
        // [packed image, map of {transform} per small image]
        const map = (args[1] ?? []) as { transform?: number[] }[];
        for (const entry of map) paint(compose(ctm, toMatrix(entry.transform) ?? IDENTITY), null);
        break;
      }
      case ops.paintImageMaskXObjectGroup: {
        const images = (args[0] ?? []) as { transform?: number[]; width?: number }[];
        for (const image of images) paint(compose(ctm, toMatrix(image.transform) ?? IDENTITY), image.width ?? null);
        break;
      }
      default:
    }
  });
  return { coverage: Math.min(1, covered / pageArea), dpi };
}
