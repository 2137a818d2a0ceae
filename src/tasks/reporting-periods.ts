/**
 * The reporting period a deadline closes, written just before it:
 *   "(6 tháng trước ngày 05/5, 09 tháng trước ngày 05/9 và năm trước ngày 20/10/2025)"
 *   "Định kỳ 06 tháng (trước ngày 01/6/2022) và cuối năm (trước ngày 01/11/2022)"
 *   "quý I (trước ngày 15/3)"
 * "6 tháng" and "09 tháng" count from the start of the year; "năm", "cả năm", "cuối năm" are the year.
 */
import type { Deadline } from '../output/schema.js';
import { endOfMonth, isoDate } from '../dates/vietnamese-date.js';

export type ReportingPeriod = NonNullable<Deadline['reportingPeriod']>;

interface PeriodWords {
  raw: string;
  firstMonth: number;
  lastMonth: number;
}

const ROMAN: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4 };

// the period words at the end of the text before a deadline ("… (6 tháng ", "… và cuối năm (");
// not global
const PERIOD_BEFORE =
  /(?:^|[\s(,;])(?:định kỳ\s+)?((\d{1,2})\s*tháng(?:\s+(đầu|cuối)\s+năm)?|cuối\s+năm|cả\s+năm|năm|quý\s+(IV|III|II|I|[1-4]))\s*\(?\s*$/iu;

function wordsBefore(leadIn: string): PeriodWords | null {
  const m = PERIOD_BEFORE.exec(leadIn);
  if (!m) return null;
  const raw = m[1]!;
  if (m[2] !== undefined) {
    const months = Number(m[2]);
    if (months < 1 || months > 12) return null;
    return m[3]?.toLowerCase() === 'cuối' ? { raw, firstMonth: 13 - months, lastMonth: 12 } : { raw, firstMonth: 1, lastMonth: months };
  }
  if (m[4] !== undefined) {
    const q = ROMAN[m[4].toUpperCase()] ?? Number(m[4]);
    return { raw, firstMonth: q * 3 - 2, lastMonth: q * 3 };
  }
  return { raw, firstMonth: 1, lastMonth: 12 };
}

/**
 * The reporting period named at the end of `leadIn` (the text between the previous deadline, or
 * a list separator, and this one), in `year` when it is known.
 */
export function reportingPeriodBefore(leadIn: string, year: number | null): ReportingPeriod | null {
  const words = wordsBefore(leadIn);
  if (!words) return null;
  return {
    raw: words.raw.replace(/\s+/gu, ' '),
    start: year === null ? null : isoDate(year, words.firstMonth, 1),
    end: year === null ? null : endOfMonth(year, words.lastMonth),
  };
}
