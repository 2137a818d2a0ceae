/**
 * Ruled tables from ruling segments: horizontal and vertical lines that cross each other form a
 * table; their positions are its grid (column and row boundaries), and a boundary drawn for only
 * part of the table marks merged cells (a group row spanning every column, a number spanning the
 * sub-rows of its task, a header spanning sub-headers).
 */
import type { Segment } from './ruling-lines.js';

export interface Box {
  x0: number;
  x1: number;
  /** bottom and top (PDF user space: y grows upwards) */
  y0: number;
  y1: number;
}

/** A cell: grid columns [col, col + colSpan), grid rows [row, row + rowSpan) counted from the top. */
export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  box: Box;
}

export interface TableGrid {
  box: Box;
  /** column boundaries, left to right (columns + 1 of them) */
  xs: number[];
  /** row boundaries, top to bottom (rows + 1 of them) */
  ys: number[];
  /** every grid position belongs to exactly one cell; cells in reading order (top row first) */
  cells: GridCell[];
}

/** how far apart (user space units) two positions may be and still be one line */
const SNAP = 2;
/** shorter lines are not table borders (underlines of a few letters, marks) */
const MIN_LENGTH = 6;

interface Line {
  /** position across the line (y of a horizontal, x of a vertical) */
  at: number;
  from: number;
  to: number;
}

/** Collinear pieces joined into lines (Word draws each cell's border as its own piece). */
function mergeLines(lines: Line[]): Line[] {
  const sorted = [...lines].sort((a, b) => a.at - b.at || a.from - b.from);
  const merged: Line[] = [];
  for (const line of sorted) {
    const same = merged.find((m) => Math.abs(m.at - line.at) <= SNAP && line.from <= m.to + SNAP && line.to >= m.from - SNAP);
    if (same) {
      same.from = Math.min(same.from, line.from);
      same.to = Math.max(same.to, line.to);
    } else merged.push({ ...line });
  }
  // a second pass: pieces merged late may now overlap others
  return merged.length === lines.length ? merged : mergeLines(merged);
}

function clusters(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (out.length === 0 || v - out[out.length - 1]! > SNAP) out.push(v);
  return out;
}

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

const crosses = (h: Line, v: Line) => v.at >= h.from - SNAP && v.at <= h.to + SNAP && h.at >= v.from - SNAP && h.at <= v.to + SNAP;

/** Is the stretch [from, to] of a boundary at `at` drawn (mostly) by one of `lines`? */
function drawn(lines: readonly Line[], at: number, from: number, to: number): boolean {
  const middle = (from + to) / 2;
  const reach = Math.max(0, (to - from) / 4);
  return lines.some((l) => Math.abs(l.at - at) <= SNAP && l.from <= middle - reach + SNAP && l.to >= middle + reach - SNAP);
}

function gridOf(horizontals: Line[], verticals: Line[]): TableGrid | null {
  const box: Box = {
    x0: Math.min(...horizontals.map((h) => h.from), ...verticals.map((v) => v.at)),
    x1: Math.max(...horizontals.map((h) => h.to), ...verticals.map((v) => v.at)),
    y0: Math.min(...verticals.map((v) => v.from), ...horizontals.map((h) => h.at)),
    y1: Math.max(...verticals.map((v) => v.to), ...horizontals.map((h) => h.at)),
  };
  const xs = clusters([box.x0, box.x1, ...verticals.map((v) => v.at)]);
  const ys = clusters([box.y0, box.y1, ...horizontals.map((h) => h.at)]).reverse();
  const columns = xs.length - 1;
  const rows = ys.length - 1;
  if (columns < 2 || rows < 1) return null;
  const unions = new UnionFind(rows * columns);
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < columns; c += 1) {
      if (c + 1 < columns && !drawn(verticals, xs[c + 1]!, ys[r + 1]!, ys[r]!)) unions.union(r * columns + c, r * columns + c + 1);
      if (r + 1 < rows && !drawn(horizontals, ys[r + 1]!, xs[c]!, xs[c + 1]!)) unions.union(r * columns + c, (r + 1) * columns + c);
    }
  }
  const groups = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < columns; c += 1) {
      const root = unions.find(r * columns + c);
      const g = groups.get(root);
      if (!g) groups.set(root, { r0: r, r1: r, c0: c, c1: c });
      else Object.assign(g, { r0: Math.min(g.r0, r), r1: Math.max(g.r1, r), c0: Math.min(g.c0, c), c1: Math.max(g.c1, c) });
    }
  }
  const cells = [...groups.values()]
    .map(({ r0, r1, c0, c1 }) => ({
      row: r0,
      col: c0,
      rowSpan: r1 - r0 + 1,
      colSpan: c1 - c0 + 1,
      box: { x0: xs[c0]!, x1: xs[c1 + 1]!, y0: ys[r1 + 1]!, y1: ys[r0]! },
    }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  return { box, xs, ys, cells };
}

/** The ruled tables among a page's ruling segments: at least two columns. */
export function tableGrids(segments: readonly Segment[]): TableGrid[] {
  const horizontals = mergeLines(segments.filter((s) => s.y0 === s.y1).map((s) => ({ at: s.y0, from: s.x0, to: s.x1 }))).filter((l) => l.to - l.from >= MIN_LENGTH);
  const verticals = mergeLines(segments.filter((s) => s.x0 === s.x1).map((s) => ({ at: s.x0, from: s.y0, to: s.y1 }))).filter((l) => l.to - l.from >= MIN_LENGTH);
  const all = [...horizontals, ...verticals];
  const unions = new UnionFind(all.length);
  horizontals.forEach((h, i) => verticals.forEach((v, j) => crosses(h, v) && unions.union(i, horizontals.length + j)));
  const components = new Map<number, { h: Line[]; v: Line[] }>();
  all.forEach((line, i) => {
    const root = unions.find(i);
    const component = components.get(root) ?? { h: [], v: [] };
    (i < horizontals.length ? component.h : component.v).push(line);
    components.set(root, component);
  });
  const grids: TableGrid[] = [];
  for (const { h, v } of components.values()) {
    if (h.length < 2 || v.length < 2) continue;
    const grid = gridOf(h, v);
    if (grid) grids.push(grid);
  }
  return grids.sort((a, b) => b.box.y1 - a.box.y1);
}
