/**
 * Calendar events of the deadlines of plans: one all-day event per deadline that has a day —
 * a date, the last day of a period, or the first day of a recurring deadline ("trước ngày 20 hằng
 * tháng" starts with the first 20th on or after the plan's start) with its RRULE. Deadlines without
 * a day ("Thường xuyên", "định kỳ 6 tháng", a date whose year is unknown) are listed as skipped.
 */
import { createHash } from 'node:crypto';
import type { Deadline, KhPlan, Task } from '../../output/schema.js';
import { endOfMonth, isoDate } from '../../dates/vietnamese-date.js';

export interface CalendarEvent {
  uid: string;
  /** ISO date of the (first) day */
  date: string;
  /** RRULE value, or null for a single day */
  rrule: string | null;
  plan: KhPlan;
  task: Task;
  deadline: Deadline;
}

export interface SkippedDeadline {
  plan: string | null;
  taskId: string;
  raw: string;
  reason: 'ongoing' | 'no-day' | 'no-date';
}

/** The first day a plan's deadlines can fall on: its date, else the start of its month or year. */
export function planStart(plan: KhPlan): string | null {
  const d = plan.document.date;
  if (d?.iso) return d.iso;
  if (d?.year && d.month) return isoDate(d.year, d.month, 1);
  const year = plan.document.period?.year ?? d?.year ?? null;
  return year === null ? null : isoDate(year, 1, 1);
}

function rulePart(rrule: string, name: string): number | null {
  const m = new RegExp(`(?:^|;)${name}=(\\d+)(?:;|$)`, 'u').exec(rrule);
  return m ? Number(m[1]) : null;
}

/** The first day on or after `start` that a monthly or yearly rule with BYMONTHDAY falls on. */
export function firstOccurrence(rrule: string, start: string): string | null {
  const day = rulePart(rrule, 'BYMONTHDAY');
  if (day === null) return null;
  const month = rulePart(rrule, 'BYMONTH');
  let year = Number(start.slice(0, 4));
  let m = month ?? Number(start.slice(5, 7));
  // at most two years ahead: a 31st shows up within two months, a 29 February within a few years
  for (let i = 0; i < 60; i++) {
    const fits = day <= Number(endOfMonth(year, m).slice(8, 10));
    const iso = fits ? isoDate(year, m, day) : null;
    if (iso !== null && iso >= start) return iso;
    if (month !== null) year += 1;
    else if (m === 12) {
      m = 1;
      year += 1;
    } else m += 1;
  }
  return null;
}

function uidOf(plan: KhPlan, task: Task, index: number, deadline: Deadline): string {
  const hash = createHash('sha256').update([plan.source.sha256, task.span.start, task.span.end, index, deadline.raw].join('\u0000')).digest('hex');
  return `${hash.slice(0, 32)}@kh-parse`;
}

/** The events of `plans`, in plan order then document order, and the deadlines left out. */
export function calendarEvents(plans: readonly KhPlan[]): { events: CalendarEvent[]; skipped: SkippedDeadline[] } {
  const events: CalendarEvent[] = [];
  const skipped: SkippedDeadline[] = [];
  const seen = new Set<string>();
  for (const plan of plans) {
    const start = planStart(plan);
    for (const task of plan.tasks) {
      task.deadlines.forEach((deadline, index) => {
        const skip = (reason: SkippedDeadline['reason']) => skipped.push({ plan: plan.source.path, taskId: task.id, raw: deadline.raw, reason });
        if (deadline.kind === 'ongoing') return skip('ongoing');
        const rrule = deadline.kind === 'recurring' ? deadline.rrule : null;
        const date = deadline.date ?? (rrule && start ? firstOccurrence(rrule, start) : null);
        if (date === null) return skip(deadline.kind === 'recurring' ? 'no-day' : 'no-date');
        const uid = uidOf(plan, task, index, deadline);
        if (seen.has(uid)) return; // the same file given twice
        seen.add(uid);
        events.push({ uid, date, rrule, plan, task, deadline });
      });
    }
  }
  return { events, skipped };
}
