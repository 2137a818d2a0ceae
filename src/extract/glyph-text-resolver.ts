/**
 * Decides the text of every glyph shown in suspect fonts. Fonts are grouped with their siblings
 * (font-siblings.ts), and each group's known characters are pooled as anchors: the text of healthy
 * siblings, the entries of partial ToUnicode maps, the codes of simple fonts read in the code page
 * their glyphs confirm, and — when these agree with it — the standard glyph order of ASCII.
 * `identifyGlyphs` works out the rest from the outlines.
 */
import { baseComponentOf } from './fonts/glyf.js';
import { identifyGlyphs } from './fonts/glyph-identity.js';
import { sameGlyphOrder } from './fonts/glyph-order-match.js';
import { followsStandardOrder, standardOrderEntries, standardOrderText } from './fonts/standard-glyph-order.js';
import { groupFonts, type FontGroup, type FontUse } from './font-siblings.js';
import type { PlacedGlyph } from './glyph-placement.js';
import { codePageReader, type CodeReader } from './simple-font-code-page.js';

/** The text of a shown glyph. */
export type GlyphText = (g: PlacedGlyph) => string;

export const UNKNOWN_GLYPH = '\ufffd';

/** pdf.js text worth believing: one visible character (or a ligature's letters), no control codes. */
function isReadable(text: string): boolean {
  return text.length > 0 && text.length <= 4 && !/[\p{Cc}\ufffd]/u.test(text);
}

/** pdf.js gives an Identity-H font without ToUnicode the code itself as text. */
function isMapped(code: number, unicode: string): boolean {
  return unicode !== String.fromCodePoint(code) && isReadable(unicode);
}

/** share of a composite font's codes with a ToUnicode entry from which the map counts as usable */
const USABLE_TO_UNICODE = 0.5;
/** anchors that must confirm the standard glyph order before it is trusted */
const MIN_STANDARD_ORDER_ANCHORS = 3;
/** fonts with fewer glyphs than the standard order names were renumbered by their subsetter */
const STANDARD_ORDER_GLYPHS = 258;
/** glyphs two fonts must both have to share what they know: fewer for styles of one family */
const SHARED_GLYPHS = { sameFamily: 3, otherFamily: 10 };

function addAnchor(anchors: Map<number, string>, glyph: number | undefined, text: string): void {
  if (glyph !== undefined && isReadable(text) && !anchors.has(glyph)) anchors.set(glyph, text);
}

/**
 * With nothing known to check it against, the standard order is assumed for a font that was not
 * renumbered (it has all its glyphs' ids) when its accented letters are built on what the order
 * calls letters.
 */
function mayFollowStandardOrder(group: FontGroup, glyphs: Iterable<number>): boolean {
  if (group.glyphCount < STANDARD_ORDER_GLYPHS) return false;
  for (const glyph of glyphs) {
    const outline = group.source.outline(glyph);
    if (outline.kind !== 'composite') continue;
    const base = standardOrderText(baseComponentOf(outline.components).glyph);
    if (base !== null && !/\p{L}/u.test(base)) return false;
  }
  return true;
}

interface GroupReading {
  /** per suspect simple font: how to read a code */
  readers: Map<string, CodeReader>;
  /** per glyph id: the known or recovered text */
  recovered: Map<number, string>;
  /** glyphs shown in fonts to recover */
  wanted: number[];
  /** suspect composite fonts whose ToUnicode map turned out usable */
  usableToUnicode: Set<string>;
}

/** `borrowed`: what a font numbering its glyphs the same way knows, used where the group knows nothing. */
function readGroup(group: FontGroup, borrowed: ReadonlyMap<number, string>): GroupReading {
  const anchors = new Map<number, string>();
  const readers = new Map<string, CodeReader>();
  const usableToUnicode = new Set<string>();
  const suspects = group.uses.filter((u) => u.suspect);
  for (const use of group.uses) {
    if (!use.suspect) for (const { glyph, unicode } of use.codes.values()) addAnchor(anchors, glyph, unicode);
  }
  // printable ASCII reads the same in every code page a simple font may be in
  for (const use of suspects) {
    if (use.font.composite) continue;
    for (const [code, { glyph, unicode }] of use.codes) if (code > 0x20 && code < 0x7f && unicode === String.fromCharCode(code)) addAnchor(anchors, glyph, unicode);
  }
  const standardOrder = followsStandardOrder(anchors, MIN_STANDARD_ORDER_ANCHORS);
  const letterOf = (glyph: number) => anchors.get(glyph) ?? (standardOrder ? (standardOrderText(glyph) ?? undefined) : undefined);
  for (const use of suspects) {
    if (use.font.composite) continue;
    const read = codePageReader(use, group.source, letterOf);
    readers.set(use.id, read);
    for (const [code, { glyph, unicode }] of use.codes) addAnchor(anchors, glyph, read(code, unicode));
  }
  for (const use of suspects) {
    if (!use.font.composite) continue;
    const mapped = [...use.codes].filter(([code, { unicode }]) => isMapped(code, unicode));
    if (mapped.length >= USABLE_TO_UNICODE * use.codes.size) usableToUnicode.add(use.id);
    for (const [, { glyph, unicode }] of mapped) addAnchor(anchors, glyph, unicode);
  }
  const wanted = new Set<number>();
  for (const use of group.uses) {
    if (!use.suspect || usableToUnicode.has(use.id)) continue;
    for (const { glyph } of use.codes.values()) if (glyph !== undefined) wanted.add(glyph);
  }
  if (standardOrder || (anchors.size === 0 && mayFollowStandardOrder(group, wanted))) {
    for (const [glyph, text] of standardOrderEntries()) addAnchor(anchors, glyph, text);
  }
  for (const [glyph, text] of borrowed) addAnchor(anchors, glyph, text);
  return { readers, recovered: identifyGlyphs(group.source, anchors, [...wanted]), wanted: [...wanted], usableToUnicode };
}

/**
 * Reads every group, then reads again those left with unknown glyphs, borrowing what the groups
 * that number their glyphs the same way know (a bold `Đ` whose plain `D` is in no subset of the
 * bold font is the glyph id the regular font's `Đ` has).
 */
function readGroups(groups: readonly FontGroup[]): GroupReading[] {
  const readings = groups.map((g) => readGroup(g, new Map()));
  return readings.map((reading, i) => {
    if (reading.wanted.every((glyph) => reading.recovered.has(glyph))) return reading;
    const borrowed = new Map<number, string>();
    readings.forEach((other, j) => {
      if (j === i || groups[j]!.glyphCount !== groups[i]!.glyphCount || groups[j]!.unitsPerEm !== groups[i]!.unitsPerEm) return;
      const minShared = groups[j]!.family === groups[i]!.family ? SHARED_GLYPHS.sameFamily : SHARED_GLYPHS.otherFamily;
      if (!sameGlyphOrder(groups[i]!.source, groups[j]!.source, [...reading.recovered.keys(), ...other.recovered.keys()], minShared)) return;
      for (const [glyph, text] of other.recovered) if (!borrowed.has(glyph)) borrowed.set(glyph, text);
    });
    return borrowed.size === 0 ? reading : readGroup(groups[i]!, borrowed);
  });
}

/** The text of each glyph: pdf.js's where it can be believed, recovered from the fonts elsewhere. */
export function resolveGlyphTexts(uses: readonly FontUse[]): GlyphText {
  const byId = new Map(uses.map((u) => [u.id, u]));
  const readings = new Map<string, GroupReading>();
  const groups = groupFonts(uses);
  readGroups(groups).forEach((reading, i) => {
    for (const use of groups[i]!.uses) readings.set(use.id, reading);
  });
  return (g) => {
    const { originalCharCode: code, unicode } = g.glyph;
    const use = byId.get(g.fontId);
    const reading = readings.get(g.fontId);
    if (!use?.suspect || !reading || reading.usableToUnicode.has(use.id)) return unicode;
    const read = reading.readers.get(use.id);
    if (read) return read(code, unicode);
    if (isMapped(code, unicode)) return unicode;
    const glyph = use.program?.glyphOf(g.glyph.fontChar);
    return (glyph === undefined ? undefined : reading.recovered.get(glyph)) ?? UNKNOWN_GLYPH;
  };
}
