/**
 * One row per task across plans, for `kh-parse tasks`: the plan it is in, where, who, by when, what.
 * `taskRows` keeps the lists (JSON); `flatRow` joins them into cells (CSV, the terminal table).
 */
import type { Deadline, KhPlan, Task, TaskUnit } from '../../output/schema.js';

export interface TaskRow {
  /** the input path as given (null for stdin) */
  plan: string | null;
  /** the plan's number/symbol and title, as far as they are known: "68/KH-UBND Thực hiện công tác …" */
  planTitle: string | null;
  taskId: string;
  section: string | null;
  location: Task['location'];
  page: number | null;
  kind: Task['kind'];
  /** the lead units by name, each as the document names it (what a bare "Công ty" or "đơn vị nêu trên" stands for) */
  lead: string[];
  leadKeys: string[];
  support: string[];
  reportTo: string[];
  reportVia: string[];
  deadlines: Deadline[];
  text: string;
}

/** The columns of a flat row, in order. */
export const COLUMNS = ['plan', 'planTitle', 'section', 'page', 'kind', 'lead', 'support', 'reportTo', 'deadline', 'recurrence', 'deadlineText', 'text'] as const;
export type Column = (typeof COLUMNS)[number];
export type FlatRow = Record<Column, string>;

function planTitle(plan: KhPlan): string | null {
  const d = plan.document;
  const symbol = d.number && d.symbol ? `${d.number}/${d.symbol}` : d.number ?? (d.symbol ? `/${d.symbol}` : null);
  const parts = [symbol, d.title].filter((p): p is string => p !== null && p !== '');
  return parts.length > 0 ? parts.join(' ') : null;
}

/**
 * The units of a task in one role, by name: the unit each name stands for when the document names it
 * elsewhere ("Công ty" → "Công ty cổ phần Mông Sơn", "đơn vị nêu trên" → each unit listed before).
 */
export function namesOf(task: Task, role: TaskUnit['role']): string[] {
  return [...new Set(task.units.filter((u) => u.role === role).map((u) => u.standsFor ?? u.name))];
}

/** Every task of every plan, in plan order, then document order. */
export function taskRows(plans: readonly KhPlan[]): TaskRow[] {
  return plans.flatMap((plan) => {
    const title = planTitle(plan);
    return plan.tasks.map((t) => ({
      plan: plan.source.path,
      planTitle: title,
      taskId: t.id,
      section: t.sectionId,
      location: t.location,
      page: t.span.page,
      kind: t.kind,
      lead: namesOf(t, 'lead'),
      leadKeys: t.leadKeys,
      support: namesOf(t, 'support'),
      reportTo: namesOf(t, 'reportTo'),
      reportVia: namesOf(t, 'reportVia'),
      deadlines: t.deadlines,
      text: t.text,
    }));
  });
}

/** How a deadline recurs: its RRULE, else its ISO 8601 duration; "ongoing" for "Thường xuyên". */
export function recurrenceOf(d: Deadline): string | null {
  if (d.kind === 'ongoing') return 'ongoing';
  if (d.kind !== 'recurring') return null;
  return d.rrule ?? d.recurrence ?? 'recurring';
}

const LIST = '; ';

/** A row as cells: lists joined with "; ", dates as ISO. */
export function flatRow(row: TaskRow): FlatRow {
  const recipients = row.reportTo.length > 0 ? row.reportTo.join(LIST) + (row.reportVia.length > 0 ? ` (qua ${row.reportVia.join(LIST)})` : '') : '';
  return {
    plan: row.plan ?? '<stdin>',
    planTitle: row.planTitle ?? '',
    section: row.section ?? (row.location === 'appendix' ? 'phụ lục' : ''),
    page: row.page === null ? '' : String(row.page),
    kind: row.kind,
    lead: row.lead.join(LIST),
    support: row.support.join(LIST),
    reportTo: recipients,
    deadline: row.deadlines.flatMap((d) => (d.date ? [d.date] : [])).join(LIST),
    recurrence: [...new Set(row.deadlines.flatMap((d) => recurrenceOf(d) ?? []))].join(LIST),
    deadlineText: row.deadlines.map((d) => d.raw).join(LIST),
    text: row.text,
  };
}
