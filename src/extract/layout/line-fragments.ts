/**
 * pdf.js text items → line fragments, in content-stream order (Word and LibreOffice write table
 * cells, such as the "Nơi nhận | signature" block, one cell after the other).
 *
 * Items on one baseline and close together join one fragment; a wide gap or a wide blank item (a
 * tab stop, a table gap) starts a new one, so "Số: 45/KH-SCT        Đồng Nai, ngày …" becomes two
 * fragments. Smaller items sitting above the baseline (superscripts: footnote marks) join the line
 * they sit on and are remembered as `raised` ranges of its text.
 */
import type { PdfTextItem } from '../pdf-text-item.js';

/** A half-open range of a fragment's text. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface Fragment {
  text: string;
  /** left edge, right edge and baseline (of the largest text), in PDF user space */
  x: number;
  xEnd: number;
  y: number;
  fontSize: number;
  /** superscript parts of `text` (smaller and raised): footnote marks, "m2" … */
  raised: TextSpan[];
  /** index of the fragment's first item in the page's content stream */
  order: number;
}

/** Font size of an item: the length of its text matrix's larger axis. */
export function fontSizeOf(item: PdfTextItem): number {
  const [a = 0, b = 0, c = 0, d = 0] = item.transform;
  return Math.max(Math.hypot(c, d), Math.hypot(a, b)) || item.height || 1;
}

/** share of the line's size an item must be at most, and be raised by at least, to be a superscript */
const SUPERSCRIPT_SIZE = 0.8;
const SUPERSCRIPT_RISE = 0.15;

interface Piece {
  start: number;
  end: number;
  y: number;
  fontSize: number;
}

/** The superscript pieces of a fragment (a line of one piece, or of one size, has none). */
function raisedSpans(fragment: Fragment, pieces: readonly Piece[]): TextSpan[] {
  const raised: TextSpan[] = [];
  for (const p of pieces) {
    if (p.fontSize <= SUPERSCRIPT_SIZE * fragment.fontSize && p.y - fragment.y >= SUPERSCRIPT_RISE * fragment.fontSize) raised.push({ start: p.start, end: p.end });
  }
  return raised;
}

/**
 * Group a page's items into line fragments, in stream order. `orderOf` gives an item's index in
 * the page's stream when `items` is a part of it (the items of one table cell).
 */
export function fragmentsOf(items: readonly PdfTextItem[], orderOf: (index: number) => number = (i) => i): Fragment[] {
  const fragments: Fragment[] = [];
  // the items of each fragment, while it is built: for finding its superscripts
  const pieces: Piece[][] = [];
  let current: Fragment | null = null;
  let pendingSpace = false;
  items.forEach((item, index) => {
    const fontSize = fontSizeOf(item);
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    if (item.str.trim() === '') {
      if (current && item.width > 2 * current.fontSize) current = null; // a tab stop or table gap
      else if (item.str.length > 0) pendingSpace = true;
      return;
    }
    if (current) {
      const size = Math.max(current.fontSize, fontSize);
      const dy = y - current.y;
      const gap = x - current.xEnd;
      const sameLine = Math.abs(dy) <= 0.6 * size && gap >= -0.5 * size && gap <= 2 * size;
      if (sameLine) {
        const needsSpace = pendingSpace || gap > 0.2 * Math.min(current.fontSize, fontSize);
        const joiner = needsSpace && !current.text.endsWith(' ') && !item.str.startsWith(' ') ? ' ' : '';
        const start = current.text.length + joiner.length;
        current.text += joiner + item.str;
        pieces[pieces.length - 1]!.push({ start, end: current.text.length, y, fontSize });
        current.xEnd = Math.max(current.xEnd, x + item.width);
        if (fontSize > current.fontSize) {
          // the line's baseline and size are those of its largest text, not of a raised mark
          current.y = y;
          current.fontSize = fontSize;
        }
        pendingSpace = false;
        return;
      }
    }
    current = { text: item.str, x, xEnd: x + item.width, y, fontSize, raised: [], order: orderOf(index) };
    fragments.push(current);
    pieces.push([{ start: 0, end: item.str.length, y, fontSize }]);
    pendingSpace = false;
  });
  fragments.forEach((f, i) => {
    if (pieces[i]!.length > 1) f.raised = raisedSpans(f, pieces[i]!);
  });
  return fragments;
}
