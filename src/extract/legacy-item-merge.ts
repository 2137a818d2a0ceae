/**
 * Puts rebuilt text items in the place of a page's items in some fonts, keeping the order of the
 * content stream that the line builder relies on (table cells come one after the other). The
 * page's items stay as they are (pdf.js's, or those glyph recovery rebuilt); each replaced item is
 * found among the glyphs by where it starts, which tells where in the stream it was, and the
 * rebuilt items drawn from there on take its place.
 */
import type { PdfTextItem } from './pdf-text-item.js';

/** A rebuilt item and the stream index of its first glyph. */
export interface IndexedItem {
  item: PdfTextItem;
  index: number;
}

/** A glyph of a replaced font: where it starts and its stream index. */
export interface GlyphAnchor {
  fontId: string;
  x: number;
  y: number;
  size: number;
  index: number;
}

/** The stream index of the glyph the item starts at, or -1 (searched from `from` on, then from the start). */
function anchorOf(item: PdfTextItem, glyphs: readonly GlyphAnchor[], from: number): number {
  const x = item.transform[4] ?? 0;
  const y = item.transform[5] ?? 0;
  const matches = (g: GlyphAnchor) => g.fontId === item.fontName && Math.abs(g.x - x) <= 0.02 * g.size + 0.1 && Math.abs(g.y - y) <= 0.02 * g.size + 0.1;
  for (let k = from; k < glyphs.length; k += 1) if (matches(glyphs[k]!)) return k;
  for (let k = 0; k < Math.min(from, glyphs.length); k += 1) if (matches(glyphs[k]!)) return k;
  return -1;
}

/**
 * The page's items with those in `fonts` replaced by `rebuilt` (in stream order). `glyphs`: the
 * glyphs of those fonts in stream order.
 */
export function replaceFontItems(
  items: readonly PdfTextItem[],
  fonts: ReadonlySet<string>,
  rebuilt: readonly IndexedItem[],
  glyphs: readonly GlyphAnchor[],
): PdfTextItem[] {
  // the replaced items, in page order, with the stream index they start at
  const replaced: { at: number; index: number }[] = [];
  let from = 0;
  items.forEach((item, at) => {
    if (!fonts.has(item.fontName)) return;
    const k = anchorOf(item, glyphs, from);
    if (k >= 0) from = k + 1;
    replaced.push({ at, index: k < 0 ? -1 : glyphs[k]!.index });
  });
  // each rebuilt item goes where the last replaced item that starts at or before it stands
  const placed = new Map<number, PdfTextItem[]>();
  const anchored = replaced.filter((r) => r.index >= 0);
  const fallback = replaced[0]?.at ?? items.length;
  let r = 0;
  for (const { item, index } of rebuilt) {
    while (r + 1 < anchored.length && anchored[r + 1]!.index <= index) r += 1;
    const at = anchored.length > 0 && anchored[r]!.index <= index ? anchored[r]!.at : (anchored[0]?.at ?? fallback);
    const list = placed.get(at);
    if (list) list.push(item);
    else placed.set(at, [item]);
  }
  const out: PdfTextItem[] = [];
  items.forEach((item, at) => {
    if (!fonts.has(item.fontName)) out.push(item);
    out.push(...(placed.get(at) ?? []));
  });
  // no item of the fonts at all (pdf.js dropped every one of their characters): at the end
  out.push(...(placed.get(items.length) ?? []));
  return out;
}
