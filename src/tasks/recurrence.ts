/**
 * Recurring deadlines as RFC 5545 recurrence rules (the value of RRULE), from the ISO 8601
 * duration the deadline scanner gives and the day (and month) written with it:
 *   "định kỳ 6 tháng"            P6M              → FREQ=MONTHLY;INTERVAL=6
 *   "hằng năm"                   P1Y              → FREQ=YEARLY
 *   "trước ngày 20 hằng tháng"   P1M, day 20      → FREQ=MONTHLY;BYMONTHDAY=20
 *   "trước ngày 20/10 của năm"   P1Y, 20 October  → FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=20
 * A rule without a day says how often, not when: a calendar needs a date to start it from.
 */

const DURATION = /^P(\d+)([YMWD])$/u;
const FREQ: Readonly<Record<string, string>> = { Y: 'YEARLY', M: 'MONTHLY', W: 'WEEKLY', D: 'DAILY' };

/** The RRULE value of a recurrence, or null when there is none (or it is not a simple duration). */
export function rruleOf(recurrence: string | null, month: number | null = null, day: number | null = null): string | null {
  if (recurrence === null) return null;
  const m = DURATION.exec(recurrence);
  if (!m) return null;
  const count = Number(m[1]);
  if (count < 1) return null;
  const unit = m[2]!;
  const parts = [`FREQ=${FREQ[unit]!}`];
  if (count > 1) parts.push(`INTERVAL=${count}`);
  if (unit === 'Y' && month !== null && day !== null) parts.push(`BYMONTH=${month}`, `BYMONTHDAY=${day}`);
  if (unit === 'M' && day !== null) parts.push(`BYMONTHDAY=${day}`);
  return parts.join(';');
}
