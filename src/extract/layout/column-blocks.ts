/**
 * Two-column blocks: the header (issuing body, number | Quốc hiệu, motto, place and date) and the
 * closing (Nơi nhận and its list | the signer's titles and name) sit side by side in borderless
 * table cells. Such a block is read column by column: the left column top to bottom, then the right
 * one. A block is a run of lines (top to bottom) none of which crosses one vertical gutter, with at
 * least one line that has text on both sides of it. Lines whose two sides share their baselines and
 * sizes all through (a tabbed list: "Ông A ⇥ Trưởng đoàn") are rows, not columns, and keep their
 * order. A block that reaches the foot of a page goes on at the top of the next page as long as the
 * lines there keep to its gutter, so a signer's name that fell on the next page follows the titles.
 */

/** What the block finder needs of a line fragment (or a table, which crosses any gutter). */
export interface Placed {
  x: number;
  xEnd: number;
  /** baseline */
  y: number;
  fontSize: number;
}

export interface ColumnBlock<T> {
  /** the block's left column, then its right column, each top to bottom */
  left: T[];
  right: T[];
  /** where the gutter may lie: [lo, hi] */
  gutter: [number, number];
}

export interface PageBlocks<T> {
  blocks: ColumnBlock<T>[];
  /** the block that the page's last line belongs to, which may go on at the top of the next page */
  open: ColumnBlock<T> | null;
  /** the block at the top of the page that goes on from the previous page's open block */
  continued: ColumnBlock<T> | null;
}

/** a gap this wide (in font sizes) between two texts of one line can be a gutter */
const GUTTER = 1.5;
/**
 * a line on one side only, this far (in font sizes) from the nearest line of its column, is not in
 * the block — unless the other column has lines beside the gap (the space left for a signature)
 */
const DETACHED = 2.2;

interface Row<T> {
  members: T[];
}

function rowsOf<T extends Placed>(entries: readonly T[]): Row<T>[] {
  const sorted = [...entries].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row<T>[] = [];
  let last: T | null = null;
  for (const entry of sorted) {
    const row = rows[rows.length - 1];
    if (row && last && last.y - entry.y <= 0.5 * Math.min(last.fontSize, entry.fontSize)) row.members.push(entry);
    else rows.push({ members: [entry] });
    last = entry;
  }
  for (const row of rows) row.members.sort((a, b) => a.x - b.x);
  return rows;
}

/** The widest gap of a row wide enough to be a gutter, or null. */
function gapOf<T extends Placed>(row: Row<T>): [number, number] | null {
  let best: [number, number] | null = null;
  for (let i = 1; i < row.members.length; i += 1) {
    const [a, b] = [row.members[i - 1]!, row.members[i]!];
    const left = Math.max(...row.members.slice(0, i).map((m) => m.xEnd));
    if (b.x - left >= GUTTER * Math.min(a.fontSize, b.fontSize) && (!best || b.x - left > best[1] - best[0])) best = [left, b.x];
  }
  return best;
}

interface Building<T> {
  left: T[];
  right: T[];
  lo: number;
  hi: number;
  paired: boolean;
  /** a line with one side only, or two sides on different baselines or sizes */
  independent: boolean;
  /** a block going on from the previous page: where its columns were there, [left edge, right edge] */
  within?: { left: [number, number] | null; right: [number, number] | null };
}

const extent = (entries: readonly Placed[]): [number, number] | null =>
  entries.length === 0 ? null : [Math.min(...entries.map((e) => e.x)), Math.max(...entries.map((e) => e.xEnd))];

/** Does a line keep to where its column was on the previous page (a centred title does not)? */
function keepsTo(m: Placed, column: [number, number] | null | undefined): boolean {
  return !column || (m.x >= column[0] - m.fontSize && m.xEnd <= column[1] + m.fontSize);
}

/**
 * Is a one-sided line (`members`) far from its column (`column`), with nothing of the other column
 * (`other`) beside the gap? ("Kính gửi:" below a header block's left column, after a blank.)
 */
function detached<T extends Placed>(members: readonly T[], column: readonly T[], other: readonly T[]): boolean {
  if (column.length === 0) return false;
  return members.some((m) => {
    const nearest = column.reduce((a, b) => (Math.abs(b.y - m.y) < Math.abs(a.y - m.y) ? b : a));
    const gap = Math.abs(nearest.y - m.y);
    if (gap <= DETACHED * Math.max(m.fontSize, nearest.fontSize)) return false;
    // beside the gap: inside it by half a line at least
    const [low, high] = [Math.min(m.y, nearest.y) + 0.5 * m.fontSize, Math.max(m.y, nearest.y) - 0.5 * nearest.fontSize];
    return !other.some((o) => o.y > low && o.y < high);
  });
}

/** Adds a row to the block if all of it keeps to one side of a gutter in [lo, hi]; false if not. */
function place<T extends Placed>(block: Building<T>, row: Row<T>): boolean {
  let { lo, hi } = block;
  const left: T[] = [];
  const right: T[] = [];
  for (const m of row.members) {
    const canLeft = m.xEnd <= hi;
    const canRight = m.x >= lo;
    if (canLeft && (!canRight || (m.x + m.xEnd) / 2 < (lo + hi) / 2)) {
      left.push(m);
      lo = Math.max(lo, m.xEnd);
    } else if (canRight) {
      right.push(m);
      hi = Math.min(hi, m.x);
    } else return false;
  }
  if (lo > hi) return false;
  if (block.within && !(left.every((m) => keepsTo(m, block.within!.left)) && right.every((m) => keepsTo(m, block.within!.right)))) return false;
  if (left.length === 0 && detached(right, block.right, block.left)) return false;
  if (right.length === 0 && detached(left, block.left, block.right)) return false;
  Object.assign(block, { lo, hi });
  block.left.push(...left);
  block.right.push(...right);
  const both = left.length > 0 && right.length > 0;
  block.paired ||= both;
  const aligned = both && left.every((l) => right.every((r) => Math.abs(l.y - r.y) < 0.5 && Math.abs(l.fontSize - r.fontSize) < 0.5));
  block.independent ||= !aligned;
  return true;
}

const topDown = <T extends Placed>(entries: T[]) => [...entries].sort((a, b) => b.y - a.y || a.x - b.x);

function finish<T extends Placed>(block: Building<T>): ColumnBlock<T> {
  return { left: topDown(block.left), right: topDown(block.right), gutter: [block.lo, block.hi] };
}

const copyOf = <T>(block: Building<T>): Building<T> => ({ ...block, left: [...block.left], right: [...block.right] });

/**
 * The two-column blocks of a page's lines (footnotes left out). `openAbove` is the previous page's
 * open block: lines at the top of this page that keep to its gutter and columns continue it.
 */
export function columnBlocks<T extends Placed>(entries: readonly T[], openAbove: ColumnBlock<Placed> | null): PageBlocks<T> {
  const rows = rowsOf(entries);
  const blocks: ColumnBlock<T>[] = [];
  let continued: ColumnBlock<T> | null = null;
  let current: Building<T> | null = openAbove
    ? { left: [], right: [], lo: openAbove.gutter[0], hi: openAbove.gutter[1], paired: true, independent: true, within: { left: extent(openAbove.left), right: extent(openAbove.right) } }
    : null;
  let isContinuation = current !== null;
  let pending: Row<T>[] = [];
  const close = () => {
    if (current && current.paired && current.independent && current.left.length + current.right.length > 0) {
      const block = finish(current);
      blocks.push(block);
      if (isContinuation) continued = block;
    }
    current = null;
    isContinuation = false;
  };
  for (const row of rows) {
    if (current && place(current, row)) continue;
    close();
    const gap = gapOf(row);
    const fresh: Building<T> | null = gap ? { left: [], right: [], lo: gap[0], hi: gap[1], paired: false, independent: false } : null;
    if (!fresh || !place(fresh, row)) {
      pending.push(row);
      continue;
    }
    let block: Building<T> = fresh;
    // lines just above that keep to the gutter belong to the block (a "Nơi nhận:" on a line of its own)
    for (let i = pending.length - 1; i >= 0; i -= 1) {
      const trial: Building<T> = copyOf(block);
      if (!place(trial, pending[i]!)) break;
      block = trial;
    }
    current = block;
    pending = [];
  }
  const last = current as Building<T> | null;
  const openBuilding = last && last.paired && last.independent ? last : null;
  close();
  const open = openBuilding ? (blocks[blocks.length - 1] ?? null) : null;
  return { blocks, open, continued };
}
