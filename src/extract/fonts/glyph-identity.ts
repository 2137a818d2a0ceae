/**
 * Recovers the characters of glyphs from one font's outlines and the few characters known for
 * sure (anchors: sibling fonts with an encoding, partial ToUnicode maps). Three kinds of reasoning,
 * repeated until nothing more is learned:
 *
 *   - composites: a glyph drawn as base + accents is the base letter with those accents; a known
 *     composite whose base is known teaches what its accent glyph is (`à` = `a` + glyph 67 → 67 is
 *     the grave);
 *   - accent shapes: an accent glyph drawn like a known accent is that accent; one under the
 *     baseline is the dot below; one like no known accent (the hook above, which no Latin-1
 *     letter teaches) is read by its form;
 *   - letter shapes: a glyph drawn exactly like a known one is that character; a glyph holding all
 *     of `o` and a little more is `ơ` (likewise ư, đ, Đ; and `ı` is an `i` without its dot); a
 *     glyph with no outline is a space.
 */
import { accentsByForm, recogniseAccents, type AccentGlyph, type KnownAccent } from './accent-glyphs.js';
import { attachedPartLetter, isPlainPartLetter, type KnownLetter } from './attached-part-letters.js';
import { accentOf, composeLetter, marksBeyond, splitLetter, withoutMarks } from './combining-marks.js';
import { baseComponentOf } from './glyf.js';
import { shapeOf, translationKey, type Shape } from './glyph-shape.js';
import { glyphPolygons, type OutlineSource } from './outline-geometry.js';

interface PlacedAccent {
  glyph: number;
  below: boolean;
}

interface Composite {
  glyph: number;
  base: number;
  accents: PlacedAccent[];
}

const MAX_ROUNDS = 12;
const LETTER = /^\p{L}$/u;

/** The state of one recovery: what each glyph is (text) and what each accent glyph means (marks). */
class GlyphKnowledge {
  readonly texts: Map<number, string>;
  readonly accents = new Map<number, string>();
  /** glyphs compared with the plain letters, and how many of those were known then */
  readonly comparedWithLetters = new Map<number, number>();
  private readonly shapes = new Map<number, Shape | null>();

  constructor(
    readonly source: OutlineSource,
    anchors: ReadonlyMap<number, string>,
  ) {
    this.texts = new Map(anchors);
  }

  shape(glyph: number): Shape | null {
    if (!this.shapes.has(glyph)) this.shapes.set(glyph, shapeOf(glyphPolygons(this.source, glyph)));
    return this.shapes.get(glyph)!;
  }

  accent(a: PlacedAccent): string | null {
    const learned = this.accents.get(a.glyph);
    if (learned !== undefined) return learned;
    const text = this.texts.get(a.glyph);
    return text === undefined ? null : accentOf(text, a.below);
  }
}

/** The composites among the glyphs and among everything they are made of. */
function collectComposites(source: OutlineSource, roots: Iterable<number>, knowledge: GlyphKnowledge): Composite[] {
  const composites: Composite[] = [];
  const seen = new Set<number>();
  const queue = [...roots];
  while (queue.length > 0) {
    const glyph = queue.pop()!;
    if (seen.has(glyph)) continue;
    seen.add(glyph);
    const outline = source.outline(glyph);
    if (outline.kind !== 'composite') continue;
    const base = baseComponentOf(outline.components);
    const accents: PlacedAccent[] = [];
    for (const c of outline.components) {
      queue.push(c.glyph);
      if (c === base) continue;
      const shape = knowledge.shape(c.glyph);
      // the accent's top under the baseline: it hangs below the letter
      accents.push({ glyph: c.glyph, below: shape !== null && shape.box.yMax + c.dy <= 0 });
    }
    composites.push({ glyph, base: base.glyph, accents });
  }
  return composites;
}

/**
 * One composite: its text from its parts, or, when its text is known, its one unknown part from
 * the text. True when something was learned.
 */
function reasonOver(c: Composite, k: GlyphKnowledge): boolean {
  const baseText = k.texts.get(c.base);
  const marks = c.accents.map((a) => k.accent(a));
  const known = marks.filter((m): m is string => m !== null);
  const text = k.texts.get(c.glyph);
  if (text === undefined) {
    if (baseText === undefined || !LETTER.test(splitLetter(baseText).base) || known.length < marks.length) return false;
    k.texts.set(c.glyph, composeLetter(baseText, known));
    return true;
  }
  const unknown = c.accents.filter((_, i) => marks[i] === null);
  if (baseText !== undefined && unknown.length === 1) {
    // `ấ` = `a` + circumflex + glyph 1139: the accent left over is the acute
    const beyond = marksBeyond(text, baseText);
    const rest = beyond ? withoutMarks(beyond, known) : [];
    if (rest.length === 0) return false;
    k.accents.set(unknown[0]!.glyph, rest.join(''));
    return true;
  }
  if (baseText === undefined && unknown.length === 0 && k.source.outline(c.base).kind === 'simple') {
    const { base, marks: all } = splitLetter(text);
    if (!LETTER.test(base)) return false;
    k.texts.set(c.base, composeLetter(base, withoutMarks(all, known)));
    return true;
  }
  return false;
}

/** Composite reasoning until it learns nothing more. */
function reasonOverComposites(composites: readonly Composite[], k: GlyphKnowledge): void {
  for (let learned = true; learned; ) {
    learned = false;
    for (const c of composites) if (reasonOver(c, k)) learned = true;
  }
}

function knownAccents(composites: readonly Composite[], k: GlyphKnowledge): KnownAccent[] {
  const known: KnownAccent[] = [];
  const seen = new Set<number>();
  const add = (glyph: number, mark: string | null) => {
    const shape = k.shape(glyph);
    if (mark === null || shape === null || seen.has(glyph)) return;
    seen.add(glyph);
    known.push({ shape, mark });
  };
  for (const c of composites) for (const a of c.accents) add(a.glyph, k.accent(a));
  // spacing accents known from an encoding teach their shape even when no composite uses them
  for (const [glyph, text] of k.texts) add(glyph, accentOf(text, false));
  return known;
}

function unknownAccents(composites: readonly Composite[], k: GlyphKnowledge): AccentGlyph[] {
  const byGlyph = new Map<number, AccentGlyph>();
  for (const c of composites) {
    for (const a of c.accents) {
      const shape = k.shape(a.glyph);
      if (k.accent(a) === null && shape && !byGlyph.has(a.glyph)) byGlyph.set(a.glyph, { glyph: a.glyph, shape, below: a.below });
    }
  }
  return [...byGlyph.values()];
}

/** Glyphs still unknown that are letters on their own: shown, or the base of a composite. */
function identifyLetterShapes(wanted: readonly number[], composites: readonly Composite[], k: GlyphKnowledge): boolean {
  const candidates = new Set([...wanted, ...composites.map((c) => c.base)].filter((g) => !k.texts.has(g) && k.source.outline(g).kind === 'simple'));
  if (candidates.size === 0) return false;
  const letters: KnownLetter[] = [];
  const byKey = new Map<string, string | null>();
  for (const [glyph, text] of k.texts) {
    const shape = k.shape(glyph);
    if (!shape) continue;
    if (isPlainPartLetter(text)) letters.push({ text, shape });
    const key = translationKey(shape);
    // two characters drawn alike (l and I in some fonts) name neither
    byKey.set(key, byKey.has(key) && byKey.get(key) !== text ? null : text);
  }
  let learned = false;
  for (const glyph of candidates) {
    const shape = k.shape(glyph);
    // compared before with the same letters: the answer would be the same
    if (!shape || k.comparedWithLetters.get(glyph) === letters.length) continue;
    k.comparedWithLetters.set(glyph, letters.length);
    const text = byKey.get(translationKey(shape)) ?? attachedPartLetter(shape, letters, k.source.unitsPerEm);
    if (text) {
      k.texts.set(glyph, text);
      learned = true;
    }
  }
  return learned;
}

/**
 * What the glyphs are: glyph id → text, for the anchors (kept as they are), every glyph of `wanted`
 * that could be identified, and whatever was learned on the way.
 */
export function identifyGlyphs(source: OutlineSource, anchors: ReadonlyMap<number, string>, wanted: readonly number[]): Map<number, string> {
  const k = new GlyphKnowledge(source, anchors);
  for (const glyph of wanted) if (!k.texts.has(glyph) && source.outline(glyph).kind === 'empty') k.texts.set(glyph, ' ');
  const composites = collectComposites(source, [...wanted, ...anchors.keys()], k);
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    reasonOverComposites(composites, k);
    if (identifyLetterShapes(wanted, composites, k)) continue;
    const unknown = unknownAccents(composites, k);
    if (unknown.length === 0) break;
    // what is known first; only when that names nothing, the forms (an accent recognised now may
    // be the drawing the next one is recognised by)
    const recognised = recogniseAccents(unknown, knownAccents(composites, k));
    const found = recognised.size > 0 ? recognised : accentsByForm(unknown);
    for (const [glyph, mark] of found) k.accents.set(glyph, mark);
  }
  return k.texts;
}
