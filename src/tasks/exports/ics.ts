/**
 * An iCalendar (RFC 5545) file of the deadlines of plans: one all-day VEVENT per deadline with a
 * day, RRULE for recurring ones. Each event says what is due, who leads, and where it is written:
 * DESCRIPTION names the plan, section and page; X-KH-PARSE-PLAN / -SECTION / -TASK carry them for
 * programs, and URL links to the plan when the caller gives one. UIDs are stable: the same file gives
 * the same UIDs, so a re-import updates events instead of duplicating them.
 */
import type { KhPlan, Task } from '../../output/schema.js';
import { calendarEvents, type CalendarEvent, type SkippedDeadline } from './calendar-events.js';
import { contentLines, escapeText } from './ics-text.js';
import { namesOf } from './task-rows.js';

export interface CalendarOptions {
  /** when the calendar is made (DTSTAMP) */
  stamp: Date;
  /** kh-parse's version, for PRODID */
  version: string;
  /** the calendar's name */
  name?: string;
  /** a URL of the plan a task is in, or null */
  urlOf?: (plan: KhPlan, task: Task) => string | null;
}

function basicDate(iso: string): string {
  return iso.replace(/-/gu, '');
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function stampOf(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/gu, '')}Z`;
}

function short(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function summaryOf(e: CalendarEvent): string {
  const { task, deadline } = e;
  const leads = namesOf(task, 'lead');
  const lead = leads.length > 0 ? leads.join(', ') : 'chưa rõ đơn vị';
  if (task.kind === 'report') {
    const period = deadline.reportingPeriod ? ` ${deadline.reportingPeriod.raw}` : '';
    const reportTo = namesOf(task, 'reportTo');
    const to = reportTo.length > 0 ? ` → ${reportTo.join(', ')}` : '';
    return `Báo cáo${period}: ${lead}${to}`;
  }
  return `Hạn: ${lead} – ${short(task.text, 60)}`;
}

function planLabel(plan: KhPlan): string {
  const d = plan.document;
  const symbol = d.number && d.symbol ? `${d.number}/${d.symbol}` : d.symbol ? `/${d.symbol}` : null;
  return [d.type, symbol, d.title].filter((p) => p !== null && p !== '').join(' ') || (plan.source.path ?? '<stdin>');
}

function descriptionOf(e: CalendarEvent): string {
  const { plan, task, deadline } = e;
  const lines = [task.text];
  const lead = namesOf(task, 'lead');
  const support = namesOf(task, 'support');
  const reportTo = namesOf(task, 'reportTo');
  const reportVia = namesOf(task, 'reportVia');
  if (lead.length > 0) lines.push(`Chủ trì: ${lead.join('; ')}`);
  if (support.length > 0) lines.push(`Phối hợp: ${support.join('; ')}`);
  if (reportTo.length > 0) lines.push(`Báo cáo về: ${reportTo.join('; ')}${reportVia.length > 0 ? ` (qua ${reportVia.join('; ')})` : ''}`);
  const inferred = deadline.yearInferred ? ', năm suy ra từ kế hoạch' : '';
  lines.push(`Thời hạn: ${deadline.raw} (${deadline.date ?? e.date}${inferred})`);
  if (deadline.reportingPeriod) {
    const p = deadline.reportingPeriod;
    lines.push(`Kỳ báo cáo: ${p.raw}${p.start && p.end ? ` (${p.start} – ${p.end})` : ''}`);
  }
  lines.push(`Kế hoạch: ${planLabel(plan)}`);
  const where = [plan.source.path ?? '<stdin>', task.sectionId ? `mục ${task.sectionId}` : task.location === 'appendix' ? 'phụ lục' : null, task.span.page ? `trang ${task.span.page}` : null];
  lines.push(`Nguồn: ${where.filter((w) => w !== null).join(', ')}`);
  return lines.join('\n');
}

function eventLines(e: CalendarEvent, options: CalendarOptions, stamp: string): string[] {
  const url = options.urlOf?.(e.plan, e.task) ?? null;
  return [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${basicDate(e.date)}`,
    `DTEND;VALUE=DATE:${basicDate(nextDay(e.date))}`,
    ...(e.rrule ? [`RRULE:${e.rrule}`] : []),
    `SUMMARY:${escapeText(summaryOf(e))}`,
    `DESCRIPTION:${escapeText(descriptionOf(e))}`,
    `CATEGORIES:${e.task.kind === 'report' ? 'Báo cáo' : 'Nhiệm vụ'}`,
    ...(url ? [`URL:${url}`] : []),
    `X-KH-PARSE-PLAN:${escapeText(e.plan.source.path ?? '<stdin>')}`,
    ...(e.task.sectionId ? [`X-KH-PARSE-SECTION:${escapeText(e.task.sectionId)}`] : []),
    `X-KH-PARSE-TASK:${e.task.id}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The .ics text of the deadlines of `plans`, and what was left out. */
export function buildCalendar(plans: readonly KhPlan[], options: CalendarOptions): { ics: string; events: number; skipped: SkippedDeadline[] } {
  const { events, skipped } = calendarEvents(plans);
  const stamp = stampOf(options.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//kh-parse//kh-parse ${options.version}//VI`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name ?? 'kh-parse: thời hạn')}`,
    ...events.flatMap((e) => eventLines(e, options, stamp)),
    'END:VCALENDAR',
  ];
  return { ics: contentLines(lines), events: events.length, skipped };
}
