/**
 * The coarse form of an accent, from its ink stretched over a small grid: the geometric facts that
 * tell the Vietnamese accents apart in any typeface. A tilde looks the same turned half round; a
 * breve is a cup (ink low in the middle, none high); a circumflex is a roof; acute and grave are
 * strokes slanting up to the right and to the left; the hook above is none of these.
 */
import { ACUTE, BREVE, CIRCUMFLEX, GRAVE, HOOK_ABOVE, TILDE } from './combining-marks.js';
import type { Shape } from './glyph-shape.js';

export type AccentForm = 'wave' | 'cup' | 'roof' | 'rising' | 'falling' | 'other';

const GRID = 12;
/** columns of the middle third-ish, rows of the top and bottom quarter */
const MIDDLE = [4, 8] as const;
const EDGE_ROWS = 3;
/** share of the ink that must stay in place when the shape is turned half round, for a wave */
const WAVE_SYMMETRY = 0.7;
/** … and that a mirror image must not keep (a macron or a dot keeps it all) */
const WAVE_MIRROR = 0.7;
/** columns the top of a stroke sits right (or left) of its bottom */
const STROKE_SLANT = 3;
/** a roof is wider than high */
const ROOF_ASPECT = 1.4;

interface Features {
  halfTurn: number;
  mirror: number;
  topMiddle: number;
  bottomMiddle: number;
  slant: number;
  aspect: number;
}

function featuresOf(shape: Shape): Features {
  const { cells } = shape.stretchedInk(GRID);
  const at = (r: number, c: number) => cells[r * GRID + c]!;
  let turned = 0;
  let turnedUnion = 0;
  let mirrored = 0;
  let mirroredUnion = 0;
  for (let r = 0; r < GRID; r += 1) {
    for (let c = 0; c < GRID; c += 1) {
      const ink = at(r, c);
      const turn = at(GRID - 1 - r, GRID - 1 - c);
      const mirror = at(r, GRID - 1 - c);
      turned += ink & turn;
      turnedUnion += ink | turn;
      mirrored += ink & mirror;
      mirroredUnion += ink | mirror;
    }
  }
  let topMiddle = 0;
  let bottomMiddle = 0;
  for (let c = MIDDLE[0]; c < MIDDLE[1]; c += 1) {
    for (let r = 0; r < EDGE_ROWS; r += 1) topMiddle += at(r, c);
    for (let r = GRID - EDGE_ROWS; r < GRID; r += 1) bottomMiddle += at(r, c);
  }
  const centre = (from: number, to: number): number => {
    let sum = 0;
    let n = 0;
    for (let r = from; r < to; r += 1) {
      for (let c = 0; c < GRID; c += 1) {
        if (at(r, c)) {
          sum += c;
          n += 1;
        }
      }
    }
    return n === 0 ? GRID / 2 : sum / n;
  };
  const { xMin, xMax, yMin, yMax } = shape.box;
  return {
    halfTurn: turnedUnion === 0 ? 0 : turned / turnedUnion,
    mirror: mirroredUnion === 0 ? 0 : mirrored / mirroredUnion,
    topMiddle,
    bottomMiddle,
    slant: centre(0, GRID / 3) - centre((2 * GRID) / 3, GRID),
    aspect: (xMax - xMin) / Math.max(yMax - yMin, 1),
  };
}

export function accentForm(shape: Shape): AccentForm {
  const f = featuresOf(shape);
  if (f.halfTurn >= WAVE_SYMMETRY && f.mirror < WAVE_MIRROR) return 'wave';
  if (f.topMiddle === 0 && f.bottomMiddle > 0) return 'cup';
  if (f.slant >= STROKE_SLANT) return 'rising';
  if (f.slant <= -STROKE_SLANT) return 'falling';
  if (f.topMiddle > 0 && f.bottomMiddle === 0 && f.aspect >= ROOF_ASPECT) return 'roof';
  return 'other';
}

/** Two drawings that can be the same accent (one of them drawn flatter or bolder). */
export function formsAgree(a: AccentForm, b: AccentForm): boolean {
  const stroke = (f: AccentForm) => f === 'rising' || f === 'falling';
  if (a === b) return true;
  // a flattened roof or stroke may read as "other"; a wave, a cup or a slant never turns into another
  return (a === 'other' && !stroke(b) && b !== 'wave' && b !== 'cup') || (b === 'other' && !stroke(a) && a !== 'wave' && a !== 'cup');
}

/** The Vietnamese accent of each form: the reading when no known accent looks like it. */
export const VIETNAMESE_ACCENT_OF_FORM: Readonly<Record<AccentForm, string>> = {
  wave: TILDE,
  cup: BREVE,
  roof: CIRCUMFLEX,
  rising: ACUTE,
  falling: GRAVE,
  other: HOOK_ABOVE,
};
