/**
 * A table that goes on over a page break: the table at the foot of one page and the one at the top
 * of the next with the same columns are one table. The header row the word processor repeats at
 * the top of each page is dropped, and a row that the page break cut in two (its first cell, the
 * number, left on the first page) is joined back into one row.
 */
import type { PageTable, TableRow } from './table-rows.js';
import { joinCellLines } from './table-rows.js';

/** how far apart (user space units) column borders of the two parts may be */
const SLACK = 3;

/** Do two tables have the same columns (counted from their left edges)? */
export function sameColumns(a: PageTable, b: PageTable): boolean {
  if (a.xs.length !== b.xs.length) return false;
  return a.xs.every((x, i) => Math.abs(x - a.xs[0]! - (b.xs[i]! - b.xs[0]!)) <= SLACK);
}

const sameText = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((cell, i) => cell.replace(/\s+/gu, ' ') === b[i]!.replace(/\s+/gu, ' '));

export interface Continuation {
  /** the first part's last row, with the rest of its cells when the break cut it */
  last: TableRow | null;
  /** the rows of the second part still to read */
  rows: TableRow[];
}

/**
 * The second part of a table (`next`) read after its first part, whose last row is `last` and whose
 * header row (the table's first row) is `header`.
 */
export function continueTable(last: TableRow | null, next: readonly TableRow[], header: readonly string[] | null): Continuation {
  let rows = [...next];
  if (header && rows[0] && sameText(rows[0].cells, header)) rows = rows.slice(1);
  const first = rows[0];
  const cut = first && last && first.cells[0] === '' && first.cells.some((c) => c !== '') && !(header && sameText(last.cells, header));
  if (!cut) return { last, rows };
  const joined = { ...last, cells: last.cells.map((cell, i) => joinCellLines([cell, first.cells[i] ?? ''])) };
  return { last: joined, rows: rows.slice(1) };
}
