/**
 * Which accent an accent glyph is, from its shape and where composites put it. Fonts draw the same
 * accent several times (lower-case, capital, stacked over a circumflex); once one drawing is known
 * — from a letter whose character is known — the others are recognised by their outline. The
 * accents no known letter teaches (the hook above and the dot below of Vietnamese, the breve) are
 * found by position and by their form.
 */
import { accentForm, formsAgree, VIETNAMESE_ACCENT_OF_FORM } from './accent-form.js';
import { DOT_ABOVE, DOT_BELOW } from './combining-marks.js';
import { formSimilarity, translationKey, type Shape } from './glyph-shape.js';

export interface AccentGlyph {
  glyph: number;
  shape: Shape;
  /** placed under the baseline by the composites that use it */
  below: boolean;
}

export interface KnownAccent {
  shape: Shape;
  mark: string;
}

/** a drawing at least this similar to a known accent of the same form is that accent… */
const SAME_DRAWING = 0.5;
/** …when no other known accent comes this close to it */
const MARGIN = 0.05;

const DOTS = new Set([DOT_ABOVE, DOT_BELOW]);

function byDrawing(accent: AccentGlyph, known: readonly KnownAccent[]): string | null {
  const form = accentForm(accent.shape);
  const best = new Map<string, number>();
  for (const k of known) {
    if (DOTS.has(k.mark) || !formsAgree(form, accentForm(k.shape))) continue;
    best.set(k.mark, Math.max(best.get(k.mark) ?? 0, formSimilarity(accent.shape, k.shape)));
  }
  const [first, second] = [...best].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < SAME_DRAWING || (second && first[1] - second[1] < MARGIN)) return null;
  return first[0];
}

/** The accents that can be named from what is known: the same drawing, the position, a like drawing. */
export function recogniseAccents(unknown: readonly AccentGlyph[], known: readonly KnownAccent[]): Map<number, string> {
  const found = new Map<number, string>();
  const byKey = new Map<string, string>();
  for (const k of known) byKey.set(translationKey(k.shape), k.mark);
  for (const accent of unknown) {
    const same = byKey.get(translationKey(accent.shape));
    if (same !== undefined) found.set(accent.glyph, DOTS.has(same) ? (accent.below ? DOT_BELOW : DOT_ABOVE) : same);
    else if (accent.below) found.set(accent.glyph, DOT_BELOW);
    else {
      const mark = byDrawing(accent, known);
      if (mark !== null) found.set(accent.glyph, mark);
    }
  }
  return found;
}

/** The last resort for accents that look like no known accent: their form alone. */
export function accentsByForm(unknown: readonly AccentGlyph[]): Map<number, string> {
  return new Map(unknown.map((accent) => [accent.glyph, VIETNAMESE_ACCENT_OF_FORM[accentForm(accent.shape)]]));
}
