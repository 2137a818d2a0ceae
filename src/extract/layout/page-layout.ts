/**
 * The layout of a PDF's pages → source lines in reading order, each with its page and box.
 *
 *   1. per page: ruled tables read row by row (table-grid, table-rows); the rest of the text
 *      grouped into line fragments in content-stream order (line-fragments)
 *   2. page numbers and running headers and footers dropped (page-numbers, running-lines)
 *   3. a table cut by a page break joined: repeated header rows dropped, cut rows joined
 *      (table-continuation)
 *   4. footnotes found and linked to their marks (footnotes)
 *   5. two-column blocks read column by column, also over a page break (column-blocks)
 *
 * A table row becomes one line, its cells between "|" ("| 1 | Rà soát … | Văn phòng | … |"), the
 * form task tables have in text input, so text and PDF are read alike.
 */
import type { PdfTextItem } from '../pdf-text-item.js';
import type { LineBox, SourceLine } from '../source-line.js';
import { placeStampedText } from '../stamped-text.js';
import { bodyFontSize } from './body-font.js';
import { columnBlocks, type ColumnBlock, type PageBlocks, type Placed } from './column-blocks.js';
import { pageFootnotes } from './footnotes.js';
import { fragmentsOf, type Fragment } from './line-fragments.js';
import { isPageNumber } from './page-numbers.js';
import type { Segment } from './ruling-lines.js';
import { runningLines } from './running-lines.js';
import { continueTable, sameColumns } from './table-continuation.js';
import { tableGrids } from './table-grid.js';
import { tableRows, type PageTable, type TableRow } from './table-rows.js';

export interface PageInput {
  /** the page's text items in content-stream order */
  items: PdfTextItem[];
  width: number;
  height: number;
  /** ruling segments, when the page's operator list was read */
  segments: Segment[] | null;
}

/** A line fragment or a table, placed on its page. */
type Entry = (Placed & { kind: 'text'; fragment: Fragment; order: number }) | (Placed & { kind: 'table'; table: PageTable; order: number });

interface Page {
  number: number;
  width: number;
  height: number;
  fragments: Fragment[];
  tables: PageTable[];
}

/** smaller than this share of the body size is footnote-sized */
const SMALL = 0.85;

function readPage(input: PageInput, number: number): Page {
  const items = placeStampedText(input.items);
  const taken = new Set<number>();
  const tables: PageTable[] = [];
  for (const grid of tableGrids(input.segments ?? [])) {
    const { table, taken: used } = tableRows(grid, items);
    // a frame around a paragraph or a text box with one line is not a table
    if (table.rows.length === 0 || table.rows.every((r) => r.cells.filter((c) => c !== '').length < 2)) continue;
    for (const i of used) taken.add(i);
    tables.push(table);
  }
  const rest = items.map((item, index) => ({ item, index })).filter(({ index }) => !taken.has(index));
  const fragments = fragmentsOf(
    rest.map((r) => r.item),
    (i) => rest[i]!.index,
  );
  return { number, width: input.width, height: input.height, fragments, tables };
}

function tableEntry(table: PageTable): Entry {
  const fontSize = Math.max(...table.rows.map((r) => r.fontSize), 1);
  return { kind: 'table', table, order: table.order, x: table.box.x0, xEnd: table.box.x1, y: table.box.y1, fontSize };
}

function textEntry(fragment: Fragment): Entry {
  return { kind: 'text', fragment, order: fragment.order, x: fragment.x, xEnd: fragment.xEnd, y: fragment.y, fontSize: fragment.fontSize };
}

/** Joins each table at the top of a page to the table at the foot of the page before, when they have the same columns. */
function joinTablesOverPages(pages: Page[], bodySize: number): void {
  let header: string[] | null = null;
  for (let p = 0; p < pages.length; p += 1) {
    const page = pages[p]!;
    const first = page.tables[0];
    const previous = pages[p - 1];
    const last = previous?.tables[previous.tables.length - 1];
    const atTop = first && !page.fragments.some((f) => f.y > first.box.y1);
    const atFoot = last && previous && !previous.fragments.some((f) => f.y < last.box.y0 && f.fontSize > SMALL * bodySize);
    if (first && last && atTop && atFoot && sameColumns(last, first)) {
      const { last: joined, rows } = continueTable(last.rows[last.rows.length - 1] ?? null, first.rows, header);
      if (joined) last.rows[last.rows.length - 1] = joined;
      first.rows = rows;
    } else if (first) header = first.rows[0]?.cells ?? null;
    // a table that starts on this page (not at its top) is the header source of the next page
    const lastHere = page.tables[page.tables.length - 1];
    if (lastHere && lastHere !== first) header = lastHere.rows[0]?.cells ?? null;
  }
}

/** A table row as a line of cells between "|". */
function rowText(row: TableRow): string {
  return `| ${row.cells.map((c) => c.replace(/\|/gu, '\\|')).join(' | ')} |`;
}

/** The source lines of an entry: a fragment's line, or a table's rows. */
function linesOf(entry: Entry, page: Page, firstLine: number, texts: ReadonlyMap<Fragment, string>, role: SourceLine['role']): SourceLine[] {
  const box = (x: number, y: number, width: number, fontSize: number): LineBox => ({ x, y, width, fontSize, pageWidth: page.width, pageHeight: page.height });
  if (entry.kind === 'table') {
    const { box: b } = entry.table;
    return entry.table.rows.map((row, i) => ({ text: rowText(row), page: page.number, line: firstLine + i, box: box(b.x0, row.y, b.x1 - b.x0, row.fontSize), role }));
  }
  const f = entry.fragment;
  return [{ text: texts.get(f) ?? f.text, page: page.number, line: firstLine, box: box(f.x, f.y, f.xEnd - f.x, f.fontSize), role }];
}

/** A page read: its entries in reading order (blocks whole), its footnotes, and its texts with footnote labels and marks. */
interface PageReading {
  page: Page;
  order: (Entry | ColumnBlock<Entry>)[];
  footnotes: Entry[];
  texts: Map<Fragment, string>;
}

const entriesOf = (item: Entry | ColumnBlock<Entry>): Entry[] => ('left' in item ? [...item.left, ...item.right] : [item]);

/** A page's entries in reading order: stream order, each block read column by column where it starts. */
function readingOrder(entries: readonly Entry[], blocks: readonly ColumnBlock<Entry>[]): (Entry | ColumnBlock<Entry>)[] {
  const blockOf = new Map<Entry, ColumnBlock<Entry>>();
  for (const block of blocks) for (const e of entriesOf(block)) blockOf.set(e, block);
  const out: (Entry | ColumnBlock<Entry>)[] = [];
  const placed = new Set<ColumnBlock<Entry>>();
  for (const entry of [...entries].sort((a, b) => a.order - b.order)) {
    const block = blockOf.get(entry);
    if (!block) out.push(entry);
    else if (!placed.has(block)) {
      placed.add(block);
      out.push(block);
    }
  }
  return out;
}

/** Page numbers and running headers and footers out. */
function dropPageFurniture(pages: Page[]): void {
  for (const page of pages) page.fragments = page.fragments.filter((f) => !isPageNumber(f, page.height));
  const running = runningLines(pages);
  for (const page of pages) page.fragments = page.fragments.filter((f) => !running.has(f));
}

/**
 * Each page's footnotes and reading order; `continuation` maps a block open at a page's foot to
 * its part at the top of the next page.
 */
function readPages(pages: readonly Page[], bodySize: number): { readings: PageReading[]; continuation: Map<ColumnBlock<Entry>, ColumnBlock<Entry>> } {
  const continuation = new Map<ColumnBlock<Entry>, ColumnBlock<Entry>>();
  const readings: PageReading[] = [];
  let footnoteSize: number | null = null;
  let open: ColumnBlock<Entry> | null = null;
  for (const page of pages) {
    page.tables = page.tables.filter((t) => t.rows.length > 0);
    const lowestTable = Math.min(...page.tables.map((t) => t.box.y0), Number.POSITIVE_INFINITY);
    const found = pageFootnotes(page.fragments, bodySize, lowestTable, footnoteSize);
    footnoteSize = found.footnoteSize;
    const texts = new Map(page.fragments.map((f, i) => [f, found.texts[i]!]));
    const footnotes = page.fragments.filter((_, i) => found.inFootnotes[i]).sort((a, b) => b.y - a.y);
    const body = [...page.fragments.filter((_, i) => !found.inFootnotes[i]).map(textEntry), ...page.tables.map(tableEntry)];
    const blocks: PageBlocks<Entry> = columnBlocks(body, open);
    if (open && blocks.continued) continuation.set(open, blocks.continued);
    open = blocks.open;
    readings.push({ page, order: readingOrder(body, blocks.blocks), footnotes: footnotes.map(textEntry), texts });
  }
  return { readings, continuation };
}

/** The pages' text as source lines in reading order. */
export function layoutPages(inputs: readonly PageInput[]): SourceLine[] {
  const pages = inputs.map((input, i) => readPage(input, i + 1));
  const bodySize = bodyFontSize(pages.flatMap((p) => p.fragments));
  dropPageFurniture(pages);
  joinTablesOverPages(pages, bodySize);
  const { readings, continuation } = readPages(pages, bodySize);

  // line numbers: a page's lines in its own reading order, footnotes last
  const firstLine = new Map<Entry, number>();
  const readingOf = new Map<Entry, PageReading>();
  for (const reading of readings) {
    let n = 1;
    for (const e of [...reading.order.flatMap(entriesOf), ...reading.footnotes]) {
      firstLine.set(e, n);
      readingOf.set(e, reading);
      n += e.kind === 'table' ? e.table.rows.length : 1;
    }
  }
  const lines: SourceLine[] = [];
  const emit = (e: Entry, role: SourceLine['role'] = 'body') => {
    const reading = readingOf.get(e)!;
    lines.push(...linesOf(e, reading.page, firstLine.get(e)!, reading.texts, role));
  };
  const emitted = new Set<ColumnBlock<Entry>>();
  for (const reading of readings) {
    for (const item of reading.order) {
      if (!('left' in item)) emit(item);
      else if (!emitted.has(item)) {
        // a block and its parts on the next pages: every left column, then every right column
        const chain: ColumnBlock<Entry>[] = [item];
        for (let next = continuation.get(item); next; next = continuation.get(next)) chain.push(next);
        for (const block of chain) emitted.add(block);
        for (const side of ['left', 'right'] as const) for (const block of chain) block[side].forEach((e) => emit(e));
      }
    }
    for (const f of reading.footnotes) emit(f, 'footnote');
  }
  return lines;
}
