/**
 * Vietnamese calendar dates as written in administrative documents:
 * `26/11/2021`, `ngày 05 tháng 4 năm 2022`, `ngày10 /3/2026`, year-less `ngày 05/5`,
 * drafts with a blank day `ngày   tháng 3 năm 2025`.
 */
import type { PartialDate, TextRange } from '../document/blocks.js';

export interface DateMatch extends PartialDate {
  /** the date as written: worded dates ("ngày 05 tháng 4 năm 2022") include their "ngày", numeric ones ("26/11/2021") do not */
  raw: string;
  /** range of `raw` in the searched text */
  range: TextRange;
  /** YYYY-MM-DD when day, month and year are known and the date exists */
  iso: string | null;
  /** why the written date is not a real date (e.g. "year 20217 has five digits"), else null */
  problem: string | null;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Why y-m-d is not a calendar date, or null when it is. Missing parts are not checked. */
export function dateProblem(year: number | null, month: number | null, day: number | null): string | null {
  if (year !== null && (year < 1900 || year > 2100)) return `year ${year} is out of range`;
  if (month !== null && (month < 1 || month > 12)) return `month ${month} does not exist`;
  if (day !== null) {
    if (day < 1) return `day ${day} does not exist`;
    const max = month === null ? 31 : month === 2 && year !== null && !isLeapYear(year) ? 28 : DAYS_IN_MONTH[month - 1]!;
    if (day > max) return `day ${day} does not exist in month ${month ?? '?'}`;
  }
  return null;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Last day of a month, as ISO. */
export function endOfMonth(year: number, month: number): string {
  const last = month === 2 && !isLeapYear(year) ? 28 : DAYS_IN_MONTH[month - 1]!;
  return isoDate(year, month, last);
}

function toMatch(raw: string, start: number, y: string | undefined, m: string | undefined, d: string | undefined): DateMatch {
  const year = y ? Number(y) : null;
  const month = m ? Number(m) : null;
  const day = d ? Number(d) : null;
  let problem = y && y.length !== 4 ? `year "${y}" does not have four digits` : dateProblem(year, month, day);
  if (problem === null && year === null) problem = 'no year';
  const iso = problem === null && year !== null && month !== null && day !== null ? isoDate(year, month, day) : null;
  return { raw, range: { start, end: start + raw.length }, year, month, day, iso, problem };
}

// "ngày 05 tháng 4 năm 2022", "ngày   tháng 3 năm 2025", "ngày15 tháng 54 năm 2026" (noise kept, flagged)
const WORDED = /ngày[ \t]*(\d{1,2})?[ \t]*tháng[ \t]*(\d{1,2})?[ \t]*năm[ \t]*(\d{2,5})/giu;
// "26/11/2021", "18/05/2021", "10 /3/2026", "25/10/20217", also with '-' or '.' after "ngày"
const NUMERIC = /(?<![\d/])(\d{1,2})[ \t]*\/[ \t]*(\d{1,2})[ \t]*\/[ \t]*(\d{2,5})(?![\d/])/gu;
// (NUMERIC_DASHED and YEARLESS: the leading `(?=\d)` spares the lookbehind at most positions: measured faster)
const NUMERIC_DASHED = /(?=\d)(?<=ngày[ \t]*)(\d{1,2})[-.](\d{1,2})[-.](\d{4})(?!\d)/giu;
// year-less "ngày 05/5" (only after "ngày", so fractions and symbols are not read as dates)
const YEARLESS = /(?=\d)(?<=ngày[ \t]*)(\d{1,2})[ \t]*\/[ \t]*(\d{1,2})(?![\d/])/giu;

const DIGIT = /\d/u;
const NGAY = /ngày/iu;
const THANG = /tháng/iu;
// NUMERIC_DASHED and YEARLESS with their "ngày" matched instead of looked behind at: a text
// without a match has no such date (a quick test, far cheaper than the lookbehind at every digit)
const DASHED_AFTER_NGAY = /ngày[ \t]*\d{1,2}[-.]\d{1,2}[-.]\d{4}(?!\d)/iu;
const YEARLESS_AFTER_NGAY = /ngày[ \t]*\d{1,2}[ \t]*\/[ \t]*\d{1,2}(?![\d/])/iu;

/**
 * All dates in `text`, in order of position. Overlapping matches keep the first, longest form.
 * Numeric dates need no "ngày"; year-less and dashed dates do.
 */
export function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  // every form has a digit; each pattern is only run on a text that has its words or its slash
  if (!DIGIT.test(text)) return found;
  const ngay = NGAY.test(text);
  const slash = text.includes('/');
  if (ngay && THANG.test(text)) for (const m of text.matchAll(WORDED)) found.push(toMatch(m[0], m.index, m[3], m[2], m[1]));
  if (slash) for (const m of text.matchAll(NUMERIC)) found.push(toMatch(m[0], m.index, m[3], m[2], m[1]));
  if (ngay && DASHED_AFTER_NGAY.test(text)) for (const m of text.matchAll(NUMERIC_DASHED)) found.push(toMatch(m[0], m.index, m[3], m[2], m[1]));
  if (ngay && slash && YEARLESS_AFTER_NGAY.test(text)) for (const m of text.matchAll(YEARLESS)) found.push(toMatch(m[0], m.index, undefined, m[2], m[1]));
  found.sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
  const kept: DateMatch[] = [];
  for (const d of found) {
    const last = kept[kept.length - 1];
    if (last && d.range.start < last.range.end) continue;
    kept.push(d);
  }
  return kept;
}

/** The first date that starts at `from` (after optional spaces and an optional "ngày"), or null. */
export function dateAt(text: string, from: number): DateMatch | null {
  const lead = /^[ \t]*(?:ngày[ \t]*)?/iu.exec(text.slice(from))!;
  const begin = from + lead[0].length;
  for (const d of findDates(text.slice(from, from + 60))) {
    const absStart = from + d.range.start;
    if (absStart === begin || (absStart === from && /^ngày/iu.test(d.raw)) || absStart <= begin) {
      return { ...d, range: { start: absStart, end: from + d.range.end } };
    }
  }
  return null;
}
