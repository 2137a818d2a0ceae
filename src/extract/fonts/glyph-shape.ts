/**
 * Comparing glyph shapes: exactly (the same outline moved elsewhere — fonts reuse one accent
 * outline at several heights), by overall form (an accent drawn flatter for capitals), and by
 * containment (`ơ` is an `o` with more ink).
 */
import { boundsOf, type Box, type Polygon } from './outline-geometry.js';
import { inkCount, rasterize, sharedInk, type Bitmap } from './outline-raster.js';

/** An outline with its bounds; its ink stretched over a grid is drawn once per grid size. */
export class Shape {
  private readonly stretched = new Map<number, Bitmap>();

  constructor(
    readonly polygons: readonly Polygon[],
    readonly box: Box,
  ) {}

  /** the ink stretched to fill a grid × grid square */
  stretchedInk(grid: number): Bitmap {
    let ink = this.stretched.get(grid);
    if (!ink) {
      ink = rasterize(this.polygons, this.box, grid, grid);
      this.stretched.set(grid, ink);
    }
    return ink;
  }
}

export function shapeOf(polygons: readonly Polygon[]): Shape | null {
  const box = boundsOf(polygons);
  return box ? new Shape(polygons, box) : null;
}

/** Identical for two outlines that differ only by where they sit. */
export function translationKey(shape: Shape): string {
  const { xMin, yMin } = shape.box;
  return shape.polygons.map((polygon) => polygon.map((p) => `${Math.round(p.x - xMin)},${Math.round(p.y - yMin)}`).join(' ')).join('|');
}

const FORM_GRID = 16;

/**
 * Intersection over union of the two shapes, each stretched to fill the same square: equal for the
 * same accent drawn wider or flatter, low for different accents.
 */
export function formSimilarity(a: Shape, b: Shape): number {
  const inkA = a.stretchedInk(FORM_GRID);
  const inkB = b.stretchedInk(FORM_GRID);
  const both = sharedInk(inkA, inkB);
  const either = inkCount(inkA) + inkCount(inkB) - both;
  return either === 0 ? 0 : both / either;
}

/** cells per em when shapes are compared in place (same font, same units) */
const PLACED_GRID_PER_EM = 48;

function shifted(shape: Shape, dx: number): Shape {
  if (dx === 0) return shape;
  return new Shape(
    shape.polygons.map((polygon) => polygon.map((p) => ({ x: p.x + dx, y: p.y }))),
    { ...shape.box, xMin: shape.box.xMin + dx, xMax: shape.box.xMax + dx },
  );
}

/**
 * How much of `inner`'s ink `outer` covers, and how much ink `outer` adds, both as shares of
 * `inner`'s ink, in the same font units. The shapes are tried where they are and with left edges,
 * right edges or centres aligned (a letter redrawn with a stroke may have moved a little), and the
 * best fit is kept.
 */
export function containment(inner: Shape, outer: Shape, unitsPerEm: number): { covered: number; added: number } {
  const shifts = new Set([
    0,
    outer.box.xMin - inner.box.xMin,
    outer.box.xMax - inner.box.xMax,
    (outer.box.xMin + outer.box.xMax - inner.box.xMin - inner.box.xMax) / 2,
  ]);
  let best = { covered: 0, added: 0 };
  for (const dx of shifts) {
    const fit = containmentInPlace(shifted(inner, dx), outer, unitsPerEm);
    if (fit.covered > best.covered) best = fit;
    // all of it covered: no other alignment does better
    if (best.covered === 1) break;
  }
  return best;
}

function containmentInPlace(inner: Shape, outer: Shape, unitsPerEm: number): { covered: number; added: number } {
  const box = {
    xMin: Math.min(inner.box.xMin, outer.box.xMin),
    yMin: Math.min(inner.box.yMin, outer.box.yMin),
    xMax: Math.max(inner.box.xMax, outer.box.xMax),
    yMax: Math.max(inner.box.yMax, outer.box.yMax),
  };
  const cell = unitsPerEm / PLACED_GRID_PER_EM;
  const cols = Math.max(1, Math.round((box.xMax - box.xMin) / cell));
  const rows = Math.max(1, Math.round((box.yMax - box.yMin) / cell));
  const inkInner = rasterize(inner.polygons, box, cols, rows);
  const inkOuter = rasterize(outer.polygons, box, cols, rows);
  const innerCount = inkCount(inkInner);
  if (innerCount === 0) return { covered: 0, added: 0 };
  const both = sharedInk(inkInner, inkOuter);
  return { covered: both / innerCount, added: (inkCount(inkOuter) - both) / innerCount };
}
