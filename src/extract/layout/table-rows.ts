/**
 * The text of a ruled table, row by row: every text item of the page that falls inside the table
 * goes to the cell under it, a cell's lines are joined into one text (a multi-line cell is one
 * text), and the cells are gathered into rows. A row is what lies between two borders drawn across
 * the whole table, so a number spanning the sub-rows of its task gives one row whose cells hold the
 * sub-rows' texts one after the other, and a header spanning sub-headers gives one header row.
 */
import type { PdfTextItem } from '../pdf-text-item.js';
import { fontSizeOf, fragmentsOf, type Fragment } from './line-fragments.js';
import type { Box, GridCell, TableGrid } from './table-grid.js';

export interface TableRow {
  /** one text per grid column; a cell spanning columns gives its text to its first column */
  cells: string[];
  /** baseline of the row's first line of text, and its size */
  y: number;
  fontSize: number;
}

export interface PageTable {
  box: Box;
  /** column boundaries, left to right */
  xs: number[];
  rows: TableRow[];
  /** index in the page's content stream of the table's first item */
  order: number;
}

const xOf = (item: PdfTextItem) => item.transform[4] ?? 0;
const yOf = (item: PdfTextItem) => item.transform[5] ?? 0;

function inside(box: Box, x: number, y: number, slack = 1): boolean {
  return x >= box.x0 - slack && x <= box.x1 + slack && y >= box.y0 - slack && y <= box.y1 + slack;
}

/** An item cut at `at` (x): its characters shared out in proportion to the width. */
function splitItem(item: PdfTextItem, at: number): [PdfTextItem, PdfTextItem] | null {
  const share = (at - xOf(item)) / item.width;
  let cut = Math.round(share * item.str.length);
  // cut at the nearest space, so no word is broken
  const before = item.str.lastIndexOf(' ', cut);
  const after = item.str.indexOf(' ', cut);
  cut = before < 0 ? after : after < 0 ? before : cut - before <= after - cut ? before : after;
  if (cut <= 0 || cut >= item.str.length) return null;
  const width = (item.width * cut) / item.str.length;
  const left = { ...item, str: item.str.slice(0, cut), width };
  const right = { ...item, str: item.str.slice(cut), width: item.width - width, transform: [...item.transform.slice(0, 4), xOf(item) + width, yOf(item)] };
  return [left, right];
}

/** Items crossing a column border (pdf.js joined the texts of two cells) are cut there. */
function cutAtColumns(item: PdfTextItem, xs: readonly number[]): PdfTextItem[] {
  const size = fontSizeOf(item);
  const border = xs.find((x) => xOf(item) < x - 0.5 * size && xOf(item) + item.width > x + 0.5 * size);
  if (border === undefined) return [item];
  const parts = splitItem(item, border);
  return parts ? [parts[0], ...cutAtColumns(parts[1], xs)] : [item];
}

/** Lines of a cell joined: a symbol cut at the line end ("31-" ⏎ "KH/TU") is joined without a space. */
export function joinCellLines(lines: readonly string[]): string {
  let text = '';
  for (const line of lines.map((l) => l.trim()).filter((l) => l !== '')) {
    const cut = /[\p{L}\p{N}][-/]$/u.test(text) && /^[\p{L}\p{N}]/u.test(line);
    text += text === '' || cut ? line : ` ${line}`;
  }
  return text;
}

/** A cell's fragments in reading order: top line first, left to right on a line. */
function cellText(fragments: Fragment[]): string {
  const sorted = [...fragments].sort((a, b) => (Math.abs(a.y - b.y) <= 0.5 * Math.min(a.fontSize, b.fontSize) ? a.x - b.x : b.y - a.y));
  const lines: string[] = [];
  let lastY = Number.NaN;
  for (const f of sorted) {
    if (lines.length > 0 && Math.abs(f.y - lastY) <= 0.5 * f.fontSize) lines[lines.length - 1] += ` ${f.text}`;
    else lines.push(f.text);
    lastY = f.y;
  }
  return joinCellLines(lines);
}

/** Grid rows bounded by borders drawn across the whole table: [first, last] row of each group. */
function rowGroups(grid: TableGrid): [number, number][] {
  const rows = grid.ys.length - 1;
  const groups: [number, number][] = [];
  let first = 0;
  for (let r = 1; r <= rows; r += 1) {
    const spanned = r < rows && grid.cells.some((c) => c.row < r && c.row + c.rowSpan > r);
    if (spanned) continue;
    groups.push([first, r - 1]);
    first = r;
  }
  return groups;
}

/**
 * The rows of `grid` from the page's items; returns the table and the indices of the items it
 * took (the others are the page's text outside the table).
 */
export function tableRows(grid: TableGrid, items: readonly PdfTextItem[]): { table: PageTable; taken: Set<number> } {
  const taken = new Set<number>();
  const byCell = new Map<GridCell, { item: PdfTextItem; index: number }[]>();
  items.forEach((item, index) => {
    if (item.str.trim() === '') return;
    const size = fontSizeOf(item);
    const middleY = yOf(item) + 0.3 * size;
    if (!inside(grid.box, xOf(item) + Math.min(item.width, size) / 2, middleY)) return;
    taken.add(index);
    for (const part of cutAtColumns(item, grid.xs)) {
      const x = xOf(part) + part.width / 2;
      const cell = grid.cells.find((c) => inside(c.box, x, middleY, 0)) ?? grid.cells.find((c) => inside(c.box, x, middleY, 2));
      if (!cell) continue;
      const list = byCell.get(cell) ?? [];
      list.push({ item: part, index });
      byCell.set(cell, list);
    }
  });
  const fragmentsByCell = new Map<GridCell, Fragment[]>();
  for (const [cell, list] of byCell) {
    fragmentsByCell.set(
      cell,
      fragmentsOf(
        list.map((l) => l.item),
        (i) => list[i]!.index,
      ),
    );
  }
  const columns = grid.xs.length - 1;
  const rows: TableRow[] = [];
  for (const [first, last] of rowGroups(grid)) {
    const cells = grid.cells.filter((c) => c.row >= first && c.row <= last);
    const texts = Array.from({ length: columns }, (_, col) =>
      joinCellLines(cells.filter((c) => c.col === col).map((c) => cellText(fragmentsByCell.get(c) ?? []))),
    );
    const fragments = cells.flatMap((c) => fragmentsByCell.get(c) ?? []);
    if (fragments.length === 0) continue;
    rows.push({ cells: texts, y: Math.max(...fragments.map((f) => f.y)), fontSize: Math.max(...fragments.map((f) => f.fontSize)) });
  }
  const order = Math.min(...taken, Number.POSITIVE_INFINITY);
  return { table: { box: grid.box, xs: grid.xs, rows, order }, taken };
}
