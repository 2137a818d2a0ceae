/**
 * The fonts of a document as glyph recovery sees them, and their siblings: other subsets of the
 * same font program in the file (same name without the subset tag, same glyph count and units),
 * which share its glyph ids — what one of them shows of a glyph holds for all of them.
 */
import type { FontProgram } from './fonts/font-program.js';
import type { GlyphOutline } from './fonts/glyf.js';
import type { OutlineSource } from './fonts/outline-geometry.js';
import { baseFontName, type PdfjsFont } from './pdfjs-operators.js';

/** A font of the document with everything the document shows in it. */
export interface FontUse {
  /** pdf.js's id of the font */
  id: string;
  font: PdfjsFont;
  program: FontProgram | null;
  /** its text, or a sibling's, looked like glyph codes */
  suspect: boolean;
  /** every code the document shows in this font: the glyph it draws and pdf.js's text for it */
  codes: Map<number, { glyph: number | undefined; unicode: string }>;
}

/** A font and its siblings, with their outlines pooled. */
export interface FontGroup {
  /** the family part of the font name: `TimesNewRomanPS` for `TimesNewRomanPS-BoldMT` */
  family: string;
  uses: FontUse[];
  source: OutlineSource;
  glyphCount: number;
  unitsPerEm: number;
}

/** What sibling subsets have in common; null for fonts that cannot be read. */
export function siblingKey(font: PdfjsFont, program: FontProgram | null): string | null {
  return program ? `${baseFontName(font)}|${program.glyphs.glyphCount}|${program.glyphs.unitsPerEm}` : null;
}

export function groupFonts(uses: readonly FontUse[]): FontGroup[] {
  const groups = new Map<string, FontUse[]>();
  for (const use of uses) {
    const key = siblingKey(use.font, use.program);
    if (key !== null) groups.set(key, [...(groups.get(key) ?? []), use]);
  }
  return [...groups.values()].map((members) => {
    const tables = members.map((u) => u.program!.glyphs);
    // subsets keep only the outlines they use: a glyph is looked up in every sibling
    const outline = (glyph: number): GlyphOutline => {
      for (const t of tables) {
        const o = t.outline(glyph);
        if (o.kind !== 'empty') return o;
      }
      return { kind: 'empty' };
    };
    const { unitsPerEm, glyphCount } = tables[0]!;
    const family = baseFontName(members[0]!.font).split(/[-,]/u)[0]!;
    return { family, uses: members, source: { unitsPerEm, outline }, glyphCount, unitsPerEm };
  });
}

