/**
 * Task tables (usually in an appendix, "PHỤ LỤC … DANH MỤC NHIỆM VỤ"): one task per row, with
 * columns found by their header:
 *   | STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Sản phẩm |
 * Tables are read when their rows come as lines of cells between "|": markdown, text exported that
 * way, and the ruled tables of a PDF, which extraction writes in this form (one line per row, a
 * multi-line cell as one text, a row cut by a page break joined, the repeated header row dropped).
 *
 * A table with a task column but neither a lead nor a time column is a task table too when the
 * title of its appendix names who carries the tasks out ("DANH MỤC NHIỆM VỤ … ỦY QUYỀN CHO GIÁM ĐỐC
 * SỞ CÔNG THƯƠNG THỰC HIỆN"): that unit leads every row.
 */
import type { TextBlock } from '../document/blocks.js';
import { foldKey } from '../normalize/match-keys.js';
import { appendixLabel } from '../structure/appendices.js';
import { leadValue, supportValue } from './labels.js';

export interface TableRow {
  /** the block holding the row */
  block: TextBlock;
  task: { text: string; start: number } | null;
  /** the lead cell's text, or the unit the appendix title names (`leadFromTitle`) */
  lead: { text: string } | null;
  leadFromTitle: boolean;
  support: { text: string; start: number } | null;
  time: { text: string; start: number } | null;
}

type Column = 'number' | 'task' | 'lead' | 'support' | 'time';

// matched on the fold key of a header cell, in this order
const HEADERS: readonly (readonly [RegExp, Column])[] = [
  [/^(?:stt|tt|so thu tu)$/u, 'number'],
  [/phoi hop/u, 'support'],
  [/thoi gian|thoi han|tien do|hoan thanh/u, 'time'],
  [/nhiem vu|noi dung|cong viec|hoat dong/u, 'task'],
  [/chu tri|thuc hien|trach nhiem|dau moi/u, 'lead'],
];

interface Cell {
  text: string;
  start: number;
}

/** The cells of a "| a | b |" line, trimmed, with their offsets in the line. */
function cells(line: string): Cell[] | null {
  const trimmed = line.trimEnd();
  if (!/^\s*\|/u.test(trimmed)) return null;
  const out: Cell[] = [];
  let from = trimmed.indexOf('|') + 1;
  for (let i = from; i <= trimmed.length; i++) {
    if (i < trimmed.length && (trimmed[i] !== '|' || trimmed[i - 1] === '\\')) continue;
    const raw = trimmed.slice(from, i);
    const lead = raw.length - raw.trimStart().length;
    out.push({ text: raw.trim(), start: from + lead });
    from = i + 1;
  }
  // a line ending with "|" leaves an empty last cell
  if (trimmed.endsWith('|') && out.length > 0 && out[out.length - 1]!.text === '') out.pop();
  return out;
}

/** True for a line of the table's cells: it starts with "|". */
export function isTableLine(text: string): boolean {
  return /^\s*\|.*\|/u.test(text);
}

function isSeparator(row: Cell[]): boolean {
  return row.every((c) => /^:?-{2,}:?$/u.test(c.text));
}

/** the lines of an appendix's heading and title read for who carries out its tasks, at most */
const MAX_TITLE_LINES = 8;
/** "giao cho X thực hiện", "ủy quyền cho X thực hiện", "… cho X chủ trì" in an appendix title (any case) */
const NAMES_WHO_DOES = /(?:giao|ủy quyền|uỷ quyền)\s+cho\s+(\S.*?)\s+(?:thực hiện|chủ trì)(?=$|[\s,;.:)])/iu;

/** The unit an appendix title names as the one who carries out its tasks; `lines` are the title's lines. */
function doerInTitle(lines: readonly string[]): string | null {
  return NAMES_WHO_DOES.exec(lines.join(' '))?.[1] ?? null;
}

function columnsOf(header: Cell[], hasDoer: boolean): Map<Column, number> | null {
  const columns = new Map<Column, number>();
  header.forEach((cell, index) => {
    const key = foldKey(cell.text);
    for (const [re, column] of HEADERS) {
      if (!re.test(key)) continue;
      if (!columns.has(column)) columns.set(column, index);
      return;
    }
  });
  return columns.has('task') && (columns.has('lead') || columns.has('time') || hasDoer) ? columns : null;
}

/** The rows of the task tables in `blocks` (consecutive "|" lines, the first being the header). */
export function taskTableRows(blocks: readonly TextBlock[]): TableRow[] {
  const rows: TableRow[] = [];
  let columns: Map<Column, number> | null | undefined;
  // the lines of the current appendix before its first table (its title), and who they name
  let titleLines: string[] = [];
  let doer: string | null = null;
  let tableSeen = false;
  for (const block of blocks) {
    const row = isTableLine(block.text) ? cells(block.text) : null;
    if (!row) {
      columns = undefined;
      if (block.location !== 'appendix') {
        titleLines = [];
        doer = null;
      } else if (appendixLabel(block.text) !== null) {
        titleLines = [block.text];
        doer = doerInTitle(titleLines);
        tableSeen = false;
      } else if (titleLines.length > 0 && titleLines.length < MAX_TITLE_LINES && doer === null && !tableSeen) {
        titleLines.push(block.text);
        doer = doerInTitle(titleLines);
      }
      continue;
    }
    tableSeen = true;
    if (columns === undefined) {
      columns = columnsOf(row, doer !== null);
      continue;
    }
    if (columns === null || isSeparator(row)) continue;
    const at = (column: Column) => {
      const index = columns!.get(column);
      const cell = index === undefined ? undefined : row[index];
      return cell && cell.text !== '' ? { text: cell.text, start: block.start + cell.start } : null;
    };
    const number = at('number');
    // group rows ("I. Lĩnh vực …") carry a Roman numeral and no lead or time
    if (number && /^[IVX]+\.?$/u.test(number.text) && !at('lead') && !at('time')) continue;
    const task = at('task');
    if (!task) continue;
    const leadCell = at('lead');
    rows.push({ block, task, lead: leadCell ?? (doer === null ? null : { text: doer }), leadFromTitle: leadCell === null && doer !== null, support: at('support'), time: at('time') });
  }
  return rows;
}

/** The parts of a cell listing several units: "Văn phòng; Phòng Nghiệp vụ 1". */
const listed = (text: string) => text.split(/\s*;\s*/u).filter((part) => part !== '');

/** Lead and support of a row: "Văn phòng Sở chủ trì, phối hợp Thanh tra Sở" in the lead cell works too. */
export function rowUnits(row: TableRow): { lead: string[]; support: string[] } {
  const leads = listed(row.lead?.text ?? '').map(leadValue);
  const support = listed(row.support?.text ?? '').flatMap(supportValue);
  return { lead: [...new Set(leads.flatMap((l) => l.lead))], support: [...new Set([...leads.flatMap((l) => l.support), ...support])] };
}
