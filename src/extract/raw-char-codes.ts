/**
 * The raw character codes a page shows in some fonts, line by line: the glyphs of the operator
 * list (each with its `originalCharCode`, the byte in the content stream, and its place), cut into
 * lines where the font changes or the baseline moves. pdf.js's own strings cannot be used for
 * legacy 8-bit fonts: it reads their codes through Windows-1252 and drops or changes some
 * (0xAD soft hyphen, the undefined 0x81 0x8D 0x8F 0x90 0x9D shown as bullets, µ made μ).
 */
import type { GlyphRun, PlacedGlyph } from './glyph-placement.js';

/** Glyphs of one font on one baseline, in content-stream order. */
export interface FontLine {
  fontId: string;
  glyphs: PlacedGlyph[];
}

function sizeOf(g: PlacedGlyph): number {
  return Math.hypot(g.matrix[2], g.matrix[3]) || Math.hypot(g.matrix[0], g.matrix[1]) || 1;
}

/** Does `g` continue the line whose last glyph is `last`: same baseline, not back at the left? */
function continuesLine(last: PlacedGlyph, g: PlacedGlyph): boolean {
  const size = Math.max(sizeOf(last), sizeOf(g));
  const dy = Math.abs(g.matrix[5] - last.matrix[5]);
  const dx = g.matrix[4] - (last.matrix[4] + last.advance);
  return dy <= 0.5 * size && dx >= -2 * size;
}

/** The lines of the glyphs drawn in `fonts` (other fonts end a line). */
export function fontLines(runs: readonly GlyphRun[], fonts: ReadonlySet<string>): FontLine[] {
  const lines: FontLine[] = [];
  let current: FontLine | null = null;
  for (const run of runs) {
    for (const g of run) {
      if (!fonts.has(g.fontId)) {
        current = null;
        continue;
      }
      const last = current?.glyphs[current.glyphs.length - 1];
      if (current && last && current.fontId === g.fontId && continuesLine(last, g)) {
        current.glyphs.push(g);
        continue;
      }
      current = { fontId: g.fontId, glyphs: [g] };
      lines.push(current);
    }
  }
  return lines;
}

/** The raw codes of a line's glyphs. */
export function codesOf(line: FontLine): number[] {
  return line.glyphs.map((g) => g.glyph.originalCharCode);
}
