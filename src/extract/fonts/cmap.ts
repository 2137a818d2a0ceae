/**
 * The `cmap` table: character code → glyph id. pdf.js rewrites the cmap of every font it loads so
 * that it maps its own private-use "font characters" to glyphs; reading that table is how a glyph
 * shown in an operator list (`glyph.fontChar`) is traced back to the glyph id it draws.
 */
import type { SfntFont } from './sfnt.js';

type CodeToGlyph = Map<number, number>;

function readFormat4(table: DataView, offset: number, into: CodeToGlyph): void {
  const segments = table.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  for (let s = 0; s < segments; s += 1) {
    const end = table.getUint16(ends + 2 * s);
    const start = table.getUint16(starts + 2 * s);
    const delta = table.getInt16(deltas + 2 * s);
    const rangeOffset = table.getUint16(rangeOffsets + 2 * s);
    for (let code = start; code <= end && code !== 0xffff; code += 1) {
      let glyph: number;
      if (rangeOffset === 0) {
        glyph = (code + delta) & 0xffff;
      } else {
        const at = rangeOffsets + 2 * s + rangeOffset + 2 * (code - start);
        if (at + 2 > table.byteLength) break;
        glyph = table.getUint16(at);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0 && !into.has(code)) into.set(code, glyph);
    }
  }
}

function readFormat12(table: DataView, offset: number, into: CodeToGlyph): void {
  const groups = table.getUint32(offset + 12);
  for (let g = 0; g < groups; g += 1) {
    const at = offset + 16 + 12 * g;
    if (at + 12 > table.byteLength) break;
    const start = table.getUint32(at);
    const end = Math.min(table.getUint32(at + 4), start + 0xffff);
    const first = table.getUint32(at + 8);
    for (let code = start; code <= end; code += 1) if (!into.has(code)) into.set(code, first + code - start);
  }
}

function readFormat6(table: DataView, offset: number, into: CodeToGlyph): void {
  const first = table.getUint16(offset + 6);
  const count = table.getUint16(offset + 8);
  for (let i = 0; i < count; i += 1) {
    const glyph = table.getUint16(offset + 10 + 2 * i);
    if (glyph !== 0 && !into.has(first + i)) into.set(first + i, glyph);
  }
}

function readFormat0(table: DataView, offset: number, into: CodeToGlyph): void {
  for (let code = 0; code < 256; code += 1) {
    const glyph = table.getUint8(offset + 6 + code);
    if (glyph !== 0 && !into.has(code)) into.set(code, glyph);
  }
}

/** Every code the font's cmap maps, over all its subtables (earlier subtables win). */
export function readCmap(font: SfntFont): CodeToGlyph {
  const table = font.tables.get('cmap');
  const map: CodeToGlyph = new Map();
  if (!table || table.byteLength < 4) return map;
  const count = table.getUint16(2);
  for (let i = 0; i < count && 4 + 8 * i + 8 <= table.byteLength; i += 1) {
    const offset = table.getUint32(4 + 8 * i + 4);
    if (offset + 4 > table.byteLength) continue;
    try {
      const format = table.getUint16(offset);
      if (format === 4) readFormat4(table, offset, map);
      else if (format === 12) readFormat12(table, offset, map);
      else if (format === 6) readFormat6(table, offset, map);
      else if (format === 0) readFormat0(table, offset, map);
    } catch (error) {
      // a truncated subtable keeps what was read before it
      if (!(error instanceof RangeError)) throw error;
    }
  }
  return map;
}
