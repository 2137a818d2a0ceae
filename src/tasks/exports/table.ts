/**
 * The task list as a table for the terminal: plan, section, lead, deadline and the start of the
 * text, cut to the width of the terminal.
 */
import path from 'node:path';
import type { FlatRow } from './task-rows.js';

interface TableColumn {
  title: string;
  width: number;
  cell(row: FlatRow): string;
}

/** Display width: combining marks take no column. */
function widthOf(s: string): number {
  return [...s.normalize('NFC')].filter((ch) => !/\p{M}/u.test(ch)).length;
}

function fit(s: string, width: number): string {
  const one = s.replace(/\s+/gu, ' ');
  if (widthOf(one) <= width) return one + ' '.repeat(width - widthOf(one));
  const chars = [...one.normalize('NFC')];
  let out = '';
  for (const ch of chars) {
    if (widthOf(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…${' '.repeat(Math.max(0, width - 1 - widthOf(out)))}`;
}

/** The first date, "+n" for more; else how it recurs. */
function deadlineCell(row: FlatRow): string {
  const dates = row.deadline.split('; ').filter((d) => d !== '');
  if (dates.length > 0) return dates.length > 1 ? `${dates[0]!} +${dates.length - 1}` : dates[0]!;
  return row.recurrence.split('; ')[0] ?? '';
}

/** The rows as lines of at most `width` columns (at least 60), with a header. */
export function formatTable(rows: readonly FlatRow[], width: number): string {
  const total = Math.max(60, width);
  const columns: TableColumn[] = [
    { title: 'plan', width: 16, cell: (r) => path.basename(r.plan) },
    { title: 'section', width: 10, cell: (r) => r.section },
    { title: 'lead', width: 26, cell: (r) => r.lead },
    { title: 'deadline', width: 14, cell: deadlineCell },
  ];
  const gap = '  ';
  const used = columns.reduce((sum, c) => sum + c.width + gap.length, 0);
  columns.push({ title: 'task', width: Math.max(10, total - used), cell: (r) => (r.kind === 'report' ? `[báo cáo] ${r.text}` : r.text) });
  const line = (cells: string[]) => cells.join(gap).trimEnd();
  const header = line(columns.map((c) => fit(c.title, c.width)));
  const rule = line(columns.map((c) => '─'.repeat(c.width)));
  const body = rows.map((r) => line(columns.map((c) => fit(c.cell(r), c.width))));
  return [header, rule, ...body].join('\n') + '\n';
}
