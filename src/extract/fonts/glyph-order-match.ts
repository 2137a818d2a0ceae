/**
 * Whether two fonts number their glyphs the same way — the styles of one family usually do (Times
 * New Roman Regular and Bold put `ộ` at the same id, built on the same `o`). Shown by the glyphs
 * both fonts have outlines for: composites built on the same base glyph, other glyphs of a similar
 * form (a bold and a regular `N` are alike; an `N` and a `ư` are not).
 */
import { baseComponentOf } from './glyf.js';
import { formSimilarity, shapeOf } from './glyph-shape.js';
import { glyphPolygons, type OutlineSource } from './outline-geometry.js';

/** share of the glyphs compared that must agree (two orders that differ agree on a tenth or so) */
const MIN_AGREEMENT = 0.8;
/** glyphs enough to tell: comparing more says nothing new */
const ENOUGH_COMPARED = 24;
/** two drawings of one character in two styles are at least this alike, two characters rarely */
const SAME_CHARACTER_FORM = 0.45;

function agree(a: OutlineSource, b: OutlineSource, glyph: number): boolean | null {
  const x = a.outline(glyph);
  const y = b.outline(glyph);
  if (x.kind === 'empty' || y.kind === 'empty') return null;
  if (x.kind === 'composite' && y.kind === 'composite') {
    // styles may stack a different drawing of an accent: compare the letters they are built on
    return x.components.length === y.components.length && baseComponentOf(x.components).glyph === baseComponentOf(y.components).glyph;
  }
  const shapeA = shapeOf(glyphPolygons(a, glyph));
  const shapeB = shapeOf(glyphPolygons(b, glyph));
  return shapeA !== null && shapeB !== null && formSimilarity(shapeA, shapeB) >= SAME_CHARACTER_FORM;
}

/** `minCompared`: glyphs both fonts must have among `glyphs` for the answer to be yes. */
export function sameGlyphOrder(a: OutlineSource, b: OutlineSource, glyphs: Iterable<number>, minCompared: number): boolean {
  let compared = 0;
  let agreeing = 0;
  for (const glyph of new Set(glyphs)) {
    const verdict = agree(a, b, glyph);
    if (verdict === null) continue;
    compared += 1;
    if (verdict) agreeing += 1;
    if (compared >= ENOUGH_COMPARED) break;
  }
  return compared >= minCompared && agreeing >= MIN_AGREEMENT * compared;
}
