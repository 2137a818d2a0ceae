/**
 * Which code page a simple (8-bit) font's codes are in. Word writes simple TrueType fonts in
 * Windows-1252 but, printed through Ghostscript, declares no encoding, and pdf.js then reads the
 * codes as Mac Roman (`ng‡y` for `ngày`). The glyphs settle it: the glyph drawn for 0xE0 is built
 * on `a`, so 0xE0 is `à` (Windows-1252), not `‡` (Mac Roman).
 */
import { splitLetter } from './fonts/combining-marks.js';
import { baseComponentOf } from './fonts/glyf.js';
import type { OutlineSource } from './fonts/outline-geometry.js';
import { winAnsiText } from './fonts/win-ansi.js';
import type { FontUse } from './font-siblings.js';

/** How a font's code reads: from the code and pdf.js's text for it. */
export type CodeReader = (code: number, unicode: string) => string;

/**
 * Reads a simple font's codes as pdf.js read them, or as Windows-1252 when more of its accented
 * glyphs are built on the letter Windows-1252 says than on the one pdf.js says. `letterOf` tells the
 * letters known so far, by glyph id.
 */
export function codePageReader(use: FontUse, source: OutlineSource, letterOf: (glyph: number) => string | undefined): CodeReader {
  let pdfjsScore = 0;
  let winAnsiScore = 0;
  for (const [code, { glyph, unicode }] of use.codes) {
    if (code < 0x80 || glyph === undefined) continue;
    const outline = source.outline(glyph);
    if (outline.kind !== 'composite') continue;
    const base = letterOf(baseComponentOf(outline.components).glyph);
    if (base === undefined) continue;
    const letter = splitLetter(base).base;
    if (splitLetter(unicode).base === letter) pdfjsScore += 1;
    if (splitLetter(winAnsiText(code) ?? '').base === letter) winAnsiScore += 1;
  }
  return winAnsiScore > pdfjsScore ? (code, unicode) => winAnsiText(code) ?? unicode : (_, unicode) => unicode;
}

