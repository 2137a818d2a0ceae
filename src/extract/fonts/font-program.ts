/**
 * A font program as pdf.js rewrote it: its outlines, and which glyph each of pdf.js's private
 * "font characters" draws (pdf.js keeps TrueType glyph ids, but replaces the cmap with its own).
 */
import { readCmap } from './cmap.js';
import { readGlyphTable, type GlyphTable } from './glyf.js';
import { readSfnt } from './sfnt.js';

export interface FontProgram {
  readonly glyphs: GlyphTable;
  /** the glyph id drawn for a font character, if the font has one */
  glyphOf(fontChar: string): number | undefined;
}

/** Null for fonts without TrueType outlines (CFF, Type 1, Type 3): they cannot be read here. */
export function readFontProgram(bytes: Uint8Array): FontProgram | null {
  const sfnt = readSfnt(bytes);
  const glyphs = sfnt && readGlyphTable(sfnt);
  if (!sfnt || !glyphs) return null;
  const cmap = readCmap(sfnt);
  return {
    glyphs,
    glyphOf: (fontChar) => {
      const code = fontChar.codePointAt(0);
      return code === undefined ? undefined : cmap.get(code);
    },
  };
}
