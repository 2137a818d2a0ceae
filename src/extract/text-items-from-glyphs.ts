/**
 * Placed glyphs → text items shaped like pdf.js's own (one per word; a run of spaces as one blank
 * item as wide as the run), so that the line builder treats rebuilt pages exactly like the others.
 */
import type { GlyphRun, PlacedGlyph } from './glyph-placement.js';
import type { PdfTextItem } from './pdf-text-item.js';

/** a jump (TJ adjustment) wider than this share of the font size ends a word */
const WORD_GAP = 0.15;

interface OpenItem {
  item: PdfTextItem;
  endX: number;
  endY: number;
}

function sizeOf(matrix: readonly number[]): number {
  return Math.hypot(matrix[2]!, matrix[3]!) || Math.hypot(matrix[0]!, matrix[1]!) || 1;
}

/** Where the glyph's advance ends, along its baseline. */
function endOf(g: PlacedGlyph): [number, number] {
  const [a, b, , , e, f] = g.matrix;
  const length = Math.hypot(a, b) || 1;
  return [e + (a / length) * g.advance, f + (b / length) * g.advance];
}

export function textItemsFromGlyphs(runs: readonly GlyphRun[], textOf: (g: PlacedGlyph) => string): PdfTextItem[] {
  const items: PdfTextItem[] = [];
  for (const run of runs) {
    let open: OpenItem | null = null;
    let blank: PdfTextItem | null = null;
    for (const g of run) {
      const text = textOf(g);
      if (text === '') continue;
      const size = sizeOf(g.matrix);
      const [x, y] = [g.matrix[4], g.matrix[5]];
      const [endX, endY] = endOf(g);
      if (/^\s+$/u.test(text)) {
        open = null;
        if (blank) {
          blank.width = Math.hypot(endX - blank.transform[4]!, endY - blank.transform[5]!);
        } else {
          blank = { str: ' ', transform: [...g.matrix], width: g.advance, height: size, fontName: g.fontId };
          items.push(blank);
        }
        continue;
      }
      blank = null;
      if (open && Math.hypot(x - open.endX, y - open.endY) <= WORD_GAP * size) {
        open.item.str += text;
        open.item.width = Math.hypot(endX - open.item.transform[4]!, endY - open.item.transform[5]!);
        open.endX = endX;
        open.endY = endY;
        continue;
      }
      open = { item: { str: text, transform: [...g.matrix], width: g.advance, height: size, fontName: g.fontId }, endX, endY };
      items.push(open.item);
    }
  }
  return items;
}
