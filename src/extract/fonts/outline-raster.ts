/**
 * Ink of an outline on a coarse grid (non-zero winding, sampled at cell centres): enough to tell
 * shapes apart, far too coarse to draw with.
 */
import type { Box, Polygon } from './outline-geometry.js';

export interface Bitmap {
  readonly cols: number;
  readonly rows: number;
  /** row-major, top row first; 1 = ink */
  readonly cells: Uint8Array;
}

export function rasterize(polygons: readonly Polygon[], box: Box, cols: number, rows: number): Bitmap {
  const cells = new Uint8Array(cols * rows);
  const width = box.xMax - box.xMin || 1;
  const height = box.yMax - box.yMin || 1;
  for (let r = 0; r < rows; r += 1) {
    const y = box.yMax - ((r + 0.5) * height) / rows;
    // x positions where the scanline crosses an edge, with the edge's direction
    const crossings: { x: number; winding: number }[] = [];
    for (const polygon of polygons) {
      for (let i = 0; i < polygon.length; i += 1) {
        const a = polygon[i]!;
        const b = polygon[(i + 1) % polygon.length]!;
        if (a.y <= y !== b.y <= y) crossings.push({ x: a.x + ((y - a.y) * (b.x - a.x)) / (b.y - a.y), winding: b.y > a.y ? 1 : -1 });
      }
    }
    crossings.sort((p, q) => p.x - q.x);
    for (let c = 0; c < cols; c += 1) {
      const x = box.xMin + ((c + 0.5) * width) / cols;
      let winding = 0;
      for (const crossing of crossings) {
        if (crossing.x > x) break;
        winding += crossing.winding;
      }
      if (winding !== 0) cells[r * cols + c] = 1;
    }
  }
  return { cols, rows, cells };
}

export function inkCount(bitmap: Bitmap): number {
  let n = 0;
  for (const cell of bitmap.cells) n += cell;
  return n;
}

/** Cells inked in both bitmaps (same size). */
export function sharedInk(a: Bitmap, b: Bitmap): number {
  let n = 0;
  for (let i = 0; i < a.cells.length; i += 1) n += a.cells[i]! & (b.cells[i] ?? 0);
  return n;
}
