/**
 * Glyph outlines as flat polygons in font units: quadratic curves cut into short segments and
 * composite glyphs resolved into the outlines of their components, so that shapes can be compared
 * by their ink.
 */
import type { GlyphOutline, OutlinePoint } from './glyf.js';

export interface OutlineSource {
  readonly unitsPerEm: number;
  outline(glyph: number): GlyphOutline;
}

export interface Point {
  x: number;
  y: number;
}

export type Polygon = Point[];

export interface Box {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

const CURVE_STEPS = 6;
/** composites nest a few levels at most; deeper means a loop in a damaged font */
const MAX_DEPTH = 6;

function quadratic(from: Point, control: Point, to: Point, into: Polygon): void {
  for (let step = 1; step <= CURVE_STEPS; step += 1) {
    const t = step / CURVE_STEPS;
    const u = 1 - t;
    into.push({ x: u * u * from.x + 2 * u * t * control.x + t * t * to.x, y: u * u * from.y + 2 * u * t * control.y + t * t * to.y });
  }
}

const midpoint = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

/** One TrueType contour as a polygon (two off-curve points in a row imply an on-curve midpoint). */
export function flattenContour(contour: readonly OutlinePoint[]): Polygon {
  const n = contour.length;
  if (n === 0) return [];
  const firstOn = contour.findIndex((p) => p.onCurve);
  const start: Point = firstOn >= 0 ? contour[firstOn]! : midpoint(contour[0]!, contour[1 % n]!);
  const offset = firstOn >= 0 ? firstOn : 0;
  const polygon: Polygon = [start];
  let current = start;
  let control: Point | null = null;
  for (let k = 1; k <= n; k += 1) {
    const p = contour[(offset + k) % n]!;
    if (k === n && firstOn < 0) {
      // all points off-curve: close back to the implied start
      if (control) quadratic(current, control, start, polygon);
      break;
    }
    if (p.onCurve) {
      if (control) quadratic(current, control, p, polygon);
      else polygon.push(p);
      current = p;
      control = null;
    } else if (control) {
      const implied = midpoint(control, p);
      quadratic(current, control, implied, polygon);
      current = implied;
      control = p;
    } else {
      control = p;
    }
  }
  if (control) quadratic(current, control, start, polygon);
  return polygon;
}

/** The glyph's outline as polygons, components placed; [] for an empty glyph. */
export function glyphPolygons(source: OutlineSource, glyph: number, depth = 0): Polygon[] {
  const outline = source.outline(glyph);
  if (outline.kind === 'simple') return outline.contours.map(flattenContour);
  if (outline.kind === 'empty' || depth >= MAX_DEPTH) return [];
  const polygons: Polygon[] = [];
  for (const c of outline.components) {
    const [xx, xy, yx, yy] = c.matrix;
    for (const polygon of glyphPolygons(source, c.glyph, depth + 1)) {
      polygons.push(polygon.map((p) => ({ x: xx * p.x + yx * p.y + c.dx, y: xy * p.x + yy * p.y + c.dy })));
    }
  }
  return polygons;
}

export function boundsOf(polygons: readonly Polygon[]): Box | null {
  let box: Box | null = null;
  for (const polygon of polygons) {
    for (const p of polygon) {
      if (!box) box = { xMin: p.x, yMin: p.y, xMax: p.x, yMax: p.y };
      else {
        box.xMin = Math.min(box.xMin, p.x);
        box.yMin = Math.min(box.yMin, p.y);
        box.xMax = Math.max(box.xMax, p.x);
        box.yMax = Math.max(box.yMax, p.y);
      }
    }
  }
  return box;
}
