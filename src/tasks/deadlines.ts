/**
 * Deadlines as plans write them (DOMAIN.md §4):
 *   dates      "trước ngày 25/10/2022", "chậm nhất đến ngày 01 tháng 7 năm 2028", year-less "trước ngày 05/5",
 *              lists "(6 tháng trước ngày 05/5, 09 tháng trước ngày 05/9 và năm trước ngày 20/10/2025)"
 *   periods    "quý IV năm 2026", "Quý I/2022", "trong năm 2026", "tháng 6/2022", "6 tháng đầu năm", "cuối năm"
 *   recurring  "định kỳ 6 tháng" (P6M), "hằng năm"/"hàng năm" (P1Y), "hằng tháng" (P1M), "hằng quý" (P3M),
 *              "trước ngày 20 hằng tháng", "trước ngày 15/12 hằng năm", "trước ngày 20/10 của năm"
 *   ongoing    "Thường xuyên"
 * "định kỳ theo quy định" is recurring with no interval (recurrence null).
 * A date in running text is a deadline only after a deadline word ("trước", "chậm nhất", "đến",
 * "hoàn thành" …): "Quyết định số 3225/QĐ-UBND ngày 12/9/2018" is a citation, not a deadline.
 */
import type { PlanContext, TextRange, WarningDraft } from '../document/blocks.js';
import type { Deadline } from '../output/schema.js';
import { dateProblem, endOfMonth, findDates, isoDate } from '../dates/vietnamese-date.js';
import { rruleOf } from './recurrence.js';
import { reportingPeriodBefore } from './reporting-periods.js';
import { LETTERS, NUMERALS } from '../normalize/letter-classes.js';

export interface DeadlineHit {
  deadline: Deadline;
  /** range of `deadline.raw` in the scanned text */
  range: TextRange;
}

export interface DeadlineScan {
  hits: DeadlineHit[];
  /** ranges local to the scanned text */
  warnings: WarningDraft[];
}

export interface ScanOptions {
  /**
   * The text is the value of a "Thời gian thực hiện:" label: dates and "năm 2026" count
   * without a deadline word.
   */
  bare: boolean;
}

const EVERY: Readonly<Record<string, string>> = { năm: 'P1Y', tháng: 'P1M', quý: 'P3M', tuần: 'P1W', ngày: 'P1D' };

const ROMAN: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4 };

interface DayCandidate {
  type: 'day';
  start: number;
  end: number;
  day: number | null;
  month: number | null;
  /** the year as written, null when the text gives none */
  year: number | null;
  /** why the written date is not a date (from findDates) */
  problem: string | null;
  recurrence: string | null;
}

interface PeriodCandidate {
  type: 'period';
  start: number;
  end: number;
  /** the period ends with this month */
  endMonth: number;
  year: number | null;
}

interface RecurringCandidate {
  type: 'recurring';
  start: number;
  end: number;
  recurrence: string | null;
}

interface OngoingCandidate {
  type: 'ongoing';
  start: number;
  end: number;
}

type Candidate = DayCandidate | PeriodCandidate | RecurringCandidate | OngoingCandidate;

interface FoundDate {
  start: number;
  end: number;
  day: number | null;
  month: number | null;
  year: number | null;
  problem: string | null;
  /** a bare "20/12" without "ngày" */
  bare: boolean;
}

// The regexes below are global but only ever used through matchAll(), which works on a copy.
const NOT_AFTER_LETTER = `(?<![${LETTERS}${NUMERALS}])`;
// a pattern whose first word is optional starts with a lookahead on its first letters, so the scan skips
// other positions before the lookbehind runs (the others are found faster without one)
// year-less "ngày 15 tháng 6" (findDates needs a year for the worded form)
const WORDED_YEARLESS = /ngày[ \t]*(\d{1,2})[ \t]*tháng[ \t]*(\d{1,2})(?![ \t]*năm)(?!\d)/giu;
// bare "20/12": only continues a list ("trước ngày 20/6 và 20/12") or fills a time label
const BARE_DAY_MONTH = /(?<![\d/])(\d{1,2})[ \t]*\/[ \t]*(\d{1,2})(?![\d/])/gu;
const DAY_MONTHLY = new RegExp(
  `(?=[tcvđ])${NOT_AFTER_LETTER}(?:trước|chậm nhất(?:\\s+là)?|vào|đến)\\s+ngày\\s*(\\d{1,2})\\s+(?:hằng|hàng|mỗi)\\s+tháng(?![${LETTERS}])`,
  'giu',
);
const QUARTER = new RegExp(
  `${NOT_AFTER_LETTER}(?:(?:trong|cuối|hết|vào|đến)\\s+)?quý\\s+(IV|III|II|I|[1-4])(?![${LETTERS}${NUMERALS}])(?:\\s*(?:\\/|năm|-)\\s*(\\d{4})(?!\\d))?`,
  'giu',
);
const MONTH = new RegExp(`(?=[tchvđ])${NOT_AFTER_LETTER}(?:(?:trong|cuối|hết|vào|đến)\\s+)?tháng\\s+(\\d{1,2})\\s*(?:\\/\\s*|năm\\s+)(\\d{4})(?!\\d)`, 'giu');
const MONTH_YEARLESS = new RegExp(`${NOT_AFTER_LETTER}(?:trong|cuối|hết)\\s+tháng\\s+(\\d{1,2})(?![\\d/])(?!\\s*năm)`, 'giu');
const YEAR = new RegExp(`${NOT_AFTER_LETTER}(?:trong|cuối|hết)\\s+năm\\s+(\\d{4})(?!\\d)`, 'giu');
const YEAR_BARE = new RegExp(`(?=[n\\d])${NOT_AFTER_LETTER}(?:năm\\s+)?(\\d{4})(?![\\d/])`, 'giu');
const PART_OF_YEAR = new RegExp(`${NOT_AFTER_LETTER}(\\d{1,2})\\s+tháng\\s+(đầu|cuối)\\s+năm(?:\\s+(\\d{4})(?!\\d))?`, 'giu');
const YEAR_END = new RegExp(`${NOT_AFTER_LETTER}cuối\\s+năm(?!\\s*\\d)`, 'giu');
const STAGE = new RegExp(`${NOT_AFTER_LETTER}giai đoạn\\s+(\\d{4})\\s*[-–]\\s*(\\d{4})(?!\\d)`, 'giu');
const PERIODIC = new RegExp(
  `${NOT_AFTER_LETTER}định kỳ\\s+(?:(\\d{1,2})\\s+tháng|(?:hằng|hàng|mỗi)\\s+(năm|tháng|quý|tuần|ngày))(?:\\s*\\/\\s*lần)?(?![${LETTERS}])`,
  'giu',
);
// "báo cáo định kỳ theo quy định", "chế độ báo cáo định kỳ, đột xuất theo quy định": periodic, at
// intervals the plan does not give
const AS_REQUIRED = String.raw`định kỳ(?:\s*(?:,|và|hoặc)\s*đột xuất)?\s+theo\s+quy định`;
const PERIODIC_AS_REQUIRED = new RegExp(`${NOT_AFTER_LETTER}${AS_REQUIRED}(?![${LETTERS}])`, 'giu');
const EVERY_RE = new RegExp(`${NOT_AFTER_LETTER}(?:hằng|hàng)\\s+(năm|tháng|quý|tuần|ngày)(?![${LETTERS}])`, 'giu');
const ONGOING = new RegExp(`${NOT_AFTER_LETTER}thường xuyên(?:\\s*,\\s*liên tục)?(?![${LETTERS}])`, 'giu');

// not global: quick tests of the words a pattern needs
const NGAY = /ngày/iu;
const THANG = /tháng/iu;
const NAM = /năm/iu;
const QUY = /quý/iu;
const CUOI = /cuối/iu;
const DOAN = /đoạn/iu;
const KY = /kỳ/iu;
const HANG = /hằng|hàng/iu;
const XUYEN = /xuyên/iu;
const DIGIT = /\d/u;
const EVERY_MONTH = /(?:hằng|hàng|mỗi)\s+tháng/iu;
// MONTH without the words before "tháng": a quick test, where MONTH's lookbehind runs at most letters
const MONTH_AND_YEAR = /tháng\s+\d{1,2}\s*(?:\/\s*|năm\s+)\d{4}(?!\d)/iu;
// likewise PART_OF_YEAR, PERIODIC and PERIODIC_AS_REQUIRED without their lookbehind
const PART_OF_YEAR_WORDS = /\d\s+tháng\s+(?:đầu|cuối)\s+năm/iu;
const PERIODIC_WORDS = /định kỳ\s+(?:\d|hằng|hàng|mỗi)/iu;
const AS_REQUIRED_WORDS = new RegExp(AS_REQUIRED, 'iu');
// every pattern above needs a digit or one of these words: a text without any has no deadline
const MAY_HOLD_DEADLINE = /\d|quý|cuối|kỳ|hằng|hàng|xuyên/iu;
// a deadline word right before a date ("… trước ngày ", "chậm nhất đến "); not global
const CUE_BEFORE =
  new RegExp(String.raw`(?<![${LETTERS}])(?:trước|chậm nhất(?:\s+(?:là|vào|đến|trước))?|muộn nhất(?:\s+(?:là|vào))?|hạn chót|hạn cuối|(?<!tính\s+)đến(?:\s+hết)?|hoàn thành(?:\s+(?:trước|trong|vào))?|kết thúc(?:\s+vào)?)\s*:?\s*(?:ngày\s*)?$`, 'iu');
// what joins the dates of a list: "trước ngày 20/6 và 20/12", "ngày 15/5, ngày 15/11"
const LIST_JOIN = /^\s*(?:,|và|hoặc)\s*(?:(?:trước\s+)?ngày\s*)?$/iu;
// "… hằng năm", "… của năm" after a date
const RECUR_AFTER = new RegExp(String.raw`^\s*(?:(?:của\s+)?(?:hằng|hàng|mỗi)\s+(năm|tháng|quý)|của\s+(năm)(?!\s*\d))(?![${LETTERS}])`, 'iu');

/** Whether [s, e) overlaps one of `ranges` (sorted by start, not overlapping each other). */
function overlapsAny(ranges: readonly { start: number; end: number }[], s: number, e: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.end <= s) lo = mid + 1;
    else hi = mid;
  }
  const r = ranges[lo];
  return r !== undefined && r.start < e;
}

function allDates(text: string): FoundDate[] {
  const found: FoundDate[] = findDates(text).map((d) => ({
    start: d.range.start,
    end: d.range.end,
    day: d.day,
    month: d.month,
    year: d.year,
    // findDates flags a year-less date ("no year"); here the year comes from the plan
    problem: d.year === null ? dateProblem(null, d.month, d.day) : d.problem,
    bare: false,
  }));
  const worded: FoundDate[] = [];
  // (each pattern below is only run on a text that has its words or its slash: see findDates)
  for (const m of NGAY.test(text) && THANG.test(text) ? text.matchAll(WORDED_YEARLESS) : []) {
    const s = m.index;
    const e = s + m[0].length;
    if (overlapsAny(found, s, e)) continue;
    const day = Number(m[1]);
    const month = Number(m[2]);
    worded.push({ start: s, end: e, day, month, year: null, problem: dateProblem(null, month, day), bare: false });
  }
  const bare: FoundDate[] = [];
  for (const m of text.includes('/') ? text.matchAll(BARE_DAY_MONTH) : []) {
    const s = m.index;
    const e = s + m[0].length;
    if (overlapsAny(found, s, e) || overlapsAny(worded, s, e)) continue;
    const day = Number(m[1]);
    const month = Number(m[2]);
    bare.push({ start: s, end: e, day, month, year: null, problem: dateProblem(null, month, day), bare: true });
  }
  return [...found, ...worded, ...bare].sort((a, b) => a.start - b.start);
}

function dayCandidates(text: string, dates: readonly FoundDate[], bare: boolean): DayCandidate[] {
  const out: DayCandidate[] = [];
  let chain: DayCandidate[] = [];
  let chainEnd = -1;
  for (const d of dates) {
    const before = text.slice(Math.max(0, d.start - 40), d.start);
    const cue = CUE_BEFORE.exec(before);
    const chained = chain.length > 0 && LIST_JOIN.test(text.slice(chainEnd, d.start));
    let start: number;
    if (cue) start = d.start - before.length + cue.index;
    else if (chained) start = d.start;
    else if (bare) {
      const ngay = /ngày\s*$/iu.exec(before);
      start = ngay ? d.start - before.length + ngay.index : d.start;
    } else continue;
    if (d.bare && !chained && !bare) continue;
    if (!chained) chain = [];
    const candidate: DayCandidate = {
      type: 'day',
      start,
      end: d.end,
      day: d.day,
      month: d.month,
      year: d.year,
      problem: d.problem,
      recurrence: null,
    };
    const recur = RECUR_AFTER.exec(text.slice(d.end));
    if (recur) {
      candidate.end = d.end + recur[0].length;
      candidate.recurrence = EVERY[(recur[1] ?? recur[2]!).toLowerCase()] ?? null;
      for (const earlier of chain) earlier.recurrence ??= candidate.recurrence;
    }
    chain.push(candidate);
    chainEnd = d.end;
    out.push(candidate);
  }
  return out;
}

function otherCandidates(text: string, bare: boolean, digit: boolean): Candidate[] {
  const out: Candidate[] = [];
  const period = (m: RegExpMatchArray, endMonth: number, year: number | null): PeriodCandidate => ({ type: 'period', start: m.index!, end: m.index! + m[0].length, endMonth, year });
  // each pattern is only run on a text that has its words (and its digits: all but the quarters,
  // "cuối năm" and the recurring ones need one)
  const month = digit && THANG.test(text);
  const year = NAM.test(text);
  if (month && NGAY.test(text) && EVERY_MONTH.test(text)) {
    for (const m of text.matchAll(DAY_MONTHLY)) {
      out.push({ type: 'day', start: m.index, end: m.index + m[0].length, day: Number(m[1]), month: null, year: null, problem: null, recurrence: 'P1M' });
    }
  }
  if (QUY.test(text)) {
    for (const m of text.matchAll(QUARTER)) {
      const q = ROMAN[m[1]!.toUpperCase()] ?? Number(m[1]);
      out.push(period(m, q * 3, m[2] ? Number(m[2]) : null));
    }
  }
  if (month) {
    if (MONTH_AND_YEAR.test(text)) for (const m of text.matchAll(MONTH)) out.push(period(m, Number(m[1]), Number(m[2])));
    for (const m of text.matchAll(MONTH_YEARLESS)) out.push(period(m, Number(m[1]), null));
  }
  if (digit && year) for (const m of text.matchAll(YEAR)) out.push(period(m, 12, Number(m[1])));
  if (digit && bare) for (const m of text.matchAll(YEAR_BARE)) out.push(period(m, 12, Number(m[1])));
  if (month && year && PART_OF_YEAR_WORDS.test(text)) {
    for (const m of text.matchAll(PART_OF_YEAR)) out.push(period(m, m[2]!.toLowerCase() === 'đầu' ? Number(m[1]) : 12, m[3] ? Number(m[3]) : null));
  }
  if (year && CUOI.test(text)) for (const m of text.matchAll(YEAR_END)) out.push(period(m, 12, null));
  if (digit && DOAN.test(text)) for (const m of text.matchAll(STAGE)) out.push(period(m, 12, Number(m[2])));
  if (KY.test(text)) {
    for (const m of PERIODIC_WORDS.test(text) ? text.matchAll(PERIODIC) : []) {
      const recurrence = m[1] ? (Number(m[1]) > 0 ? `P${Number(m[1])}M` : null) : (EVERY[m[2]!.toLowerCase()] ?? null);
      if (recurrence) out.push({ type: 'recurring', start: m.index, end: m.index + m[0].length, recurrence });
    }
    for (const m of AS_REQUIRED_WORDS.test(text) ? text.matchAll(PERIODIC_AS_REQUIRED) : []) out.push({ type: 'recurring', start: m.index, end: m.index + m[0].length, recurrence: null });
  }
  if (HANG.test(text)) {
    for (const m of text.matchAll(EVERY_RE)) out.push({ type: 'recurring', start: m.index, end: m.index + m[0].length, recurrence: EVERY[m[1]!.toLowerCase()] ?? null });
  }
  if (XUYEN.test(text)) for (const m of text.matchAll(ONGOING)) out.push({ type: 'ongoing', start: m.index, end: m.index + m[0].length });
  return out;
}

/** Earlier first, longer first; a candidate overlapping one already kept is dropped. */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) continue;
    kept.push(c);
  }
  return kept;
}

/**
 * "cuối năm (trước ngày 01/11/2022)", "Định kỳ 06 tháng (trước ngày 01/6/2022)": the parenthesis
 * gives the real deadline of the period or recurrence, so that is dropped; it names the reporting
 * period of the date instead (see reporting-periods.ts). A recurrence explained by a date without
 * a year ("định kỳ hằng năm (trước ngày 15/12)") makes the date recur.
 */
function dropExplained(text: string, kept: Candidate[]): Candidate[] {
  const dropped = new Set<Candidate>();
  kept.forEach((c, index) => {
    if (c.type !== 'period' && c.type !== 'recurring') return;
    const open = /^\s*\(/u.exec(text.slice(c.end, c.end + 10));
    if (!open) return;
    const from = c.end + open[0].length;
    const close = text.slice(from, from + 200).indexOf(')');
    const to = close < 0 ? from + 200 : from + close;
    const inside = kept.slice(index + 1).filter((k) => k.start < to);
    const first = inside.find((k): k is DayCandidate => k.type === 'day');
    if (!first) return;
    dropped.add(c);
    if (c.type === 'recurring' && first.year === null && first.recurrence === null) first.recurrence = c.recurrence;
  });
  return kept.filter((c) => !dropped.has(c));
}

function writtenYear(c: Candidate): number | null {
  return c.type === 'day' || c.type === 'period' ? c.year : null;
}

/**
 * Years written in the same phrase, for year-less candidates when the plan gives no year: the
 * nearest written year after the candidate ("… 05/9 và năm trước ngày 20/10/2025"), else before
 * it, without crossing a "." or ";".
 */
function phraseYears(text: string, kept: readonly Candidate[]): (number | null)[] {
  const stops: number[] = [];
  for (const m of text.matchAll(/[.;]/gu)) if (!overlapsAny(kept, m.index, m.index + 1)) stops.push(m.index);
  const phraseOf = (offset: number) => {
    let lo = 0;
    let hi = stops.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (stops[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const phrases = kept.map((c) => phraseOf(c.start));
  const years: (number | null)[] = kept.map(() => null);
  let next: { phrase: number; year: number } | null = null;
  for (let i = kept.length - 1; i >= 0; i--) {
    if (next && next.phrase === phrases[i]) years[i] = next.year;
    const y = writtenYear(kept[i]!);
    if (y !== null) next = { phrase: phrases[i]!, year: y };
  }
  let previous: { phrase: number; year: number } | null = null;
  for (let i = 0; i < kept.length; i++) {
    if (years[i] === null && previous && previous.phrase === phrases[i]) years[i] = previous.year;
    const y = writtenYear(kept[i]!);
    if (y !== null) previous = { phrase: phrases[i]!, year: y };
  }
  return years;
}

function invalid(raw: string, why: string, range: TextRange): WarningDraft {
  return { code: 'tasks/invalid-date', message: `deadline "${raw}" is not a real date: ${why}`, range };
}

function yearUnknown(raw: string, range: TextRange): WarningDraft {
  return {
    code: 'tasks/year-unknown',
    message: `deadline "${raw}" has no year and the plan gives neither its date nor the year it covers`,
    range,
  };
}

function yearAmbiguous(raw: string, iso: string, range: TextRange): WarningDraft {
  return {
    code: 'tasks/year-ambiguous',
    message: `deadline "${raw}" has no year, and read in the plan's year (${iso}) it falls before the plan was issued: it may mean the next year`,
    range,
  };
}

/** The first day of the plan's month (or its day), when the plan's date gives year and month. */
function planStart(context: PlanContext): string | null {
  const d = context.date;
  return d && d.year !== null && d.month !== null ? isoDate(d.year, d.month, d.day ?? 1) : null;
}

/** The deadline at `index` with the reporting period written before it. */
function periodOf(text: string, kept: readonly Candidate[], index: number, year: number | null): Deadline['reportingPeriod'] {
  const c = kept[index]!;
  const from = Math.max(index > 0 ? kept[index - 1]!.end : 0, c.start - 40);
  return reportingPeriodBefore(text.slice(from, c.start), year);
}

/** A day candidate as a deadline: its date in the written or inferred year, or a warning. */
function dayDeadline(c: DayCandidate, raw: string, range: TextRange, inferred: number | null, start: string | null, warnings: WarningDraft[]): Deadline {
  const deadline: Deadline = { raw, date: null, yearInferred: false, recurrence: c.recurrence, kind: c.recurrence ? 'recurring' : 'date', rrule: rruleOf(c.recurrence, c.month, c.day), reportingPeriod: null };
  if (c.problem !== null) {
    warnings.push(invalid(raw, c.problem, range));
    return deadline;
  }
  if (c.day === null || c.month === null) return deadline; // "trước ngày 20 hằng tháng": no single date
  let year = c.year ?? inferred;
  if (year === null) {
    if (c.recurrence === null) warnings.push(yearUnknown(raw, range));
    return deadline;
  }
  // a yearly deadline read in the plan's year that falls before the plan starts is the next one
  if (c.year === null && c.recurrence === 'P1Y' && start !== null && isoDate(year, c.month, c.day) < start) year += 1;
  const problem = dateProblem(year, c.month, c.day);
  if (problem !== null) {
    warnings.push(invalid(raw, problem, range));
    return deadline;
  }
  const iso = isoDate(year, c.month, c.day);
  if (c.year === null && start !== null && iso < start) {
    warnings.push(yearAmbiguous(raw, iso, range));
    return deadline;
  }
  deadline.date = iso;
  deadline.yearInferred = c.year === null;
  return deadline;
}

/** A period (or a date whose day is blank) as a deadline: the last day of the period. */
function periodDeadline(c: PeriodCandidate | DayCandidate, raw: string, range: TextRange, inferred: number | null, start: string | null, warnings: WarningDraft[]): Deadline {
  const endMonth = c.type === 'period' ? c.endMonth : (c.month ?? 12);
  const deadline: Deadline = { raw, date: null, yearInferred: false, recurrence: null, kind: 'period', rrule: null, reportingPeriod: null };
  const year = c.year ?? inferred;
  const problem = dateProblem(year, endMonth, null);
  if (problem !== null) warnings.push(invalid(raw, problem, range));
  else if (year === null) warnings.push(yearUnknown(raw, range));
  else {
    const iso = endOfMonth(year, endMonth);
    if (c.year === null && start !== null && iso < start) warnings.push(yearAmbiguous(raw, iso, range));
    else {
      deadline.date = iso;
      deadline.yearInferred = c.year === null;
    }
  }
  return deadline;
}

/** Deadlines in `text`, in order, with warnings for dates that cannot be resolved. */
export function scanDeadlines(text: string, context: PlanContext, options: ScanOptions): DeadlineScan {
  if (!MAY_HOLD_DEADLINE.test(text)) return { hits: [], warnings: [] };
  // (every date has a digit)
  const digit = DIGIT.test(text);
  const dates = digit ? allDates(text) : [];
  const blocked = (c: Candidate) => c.type === 'period' && overlapsAny(dates, c.start, c.end);
  const candidates = [...dayCandidates(text, dates, options.bare), ...otherCandidates(text, options.bare, digit).filter((c) => !blocked(c))];
  if (candidates.length === 0) return { hits: [], warnings: [] };
  const kept = dropExplained(text, resolveOverlaps(candidates));
  // the plan's period year, else the plan's year, else a year written in the same phrase
  const planYear = context.periodYear ?? context.date?.year ?? null;
  const years = planYear === null ? phraseYears(text, kept) : kept.map(() => planYear);
  const start = planStart(context);
  const hits: DeadlineHit[] = [];
  const warnings: WarningDraft[] = [];
  kept.forEach((c, index) => {
    const range = { start: c.start, end: c.end };
    const raw = text.slice(c.start, c.end);
    const base = { raw, date: null, yearInferred: false, recurrence: null, rrule: null, reportingPeriod: null };
    if (c.type === 'ongoing') {
      hits.push({ deadline: { ...base, kind: 'ongoing' }, range });
      return;
    }
    if (c.type === 'recurring') {
      hits.push({ deadline: { ...base, kind: 'recurring', recurrence: c.recurrence, rrule: rruleOf(c.recurrence) }, range });
      return;
    }
    const inferred = years[index] ?? null;
    // a draft's blank day ("trước ngày   tháng 3 năm 2025") leaves a period
    const blankDay = c.type === 'day' && c.day === null && c.recurrence === null && (c.month !== null || c.year !== null);
    const deadline = c.type === 'period' || blankDay ? periodDeadline(c, raw, range, inferred, start, warnings) : dayDeadline(c, raw, range, inferred, start, warnings);
    if (c.type === 'day') deadline.reportingPeriod = periodOf(text, kept, index, deadline.date ? Number(deadline.date.slice(0, 4)) : inferred);
    hits.push({ deadline, range });
  });
  return { hits, warnings };
}

/** Deadlines written in `text`; warnings' ranges are local to `text`. */
export function extractDeadlines(text: string, context: PlanContext): { deadlines: Deadline[]; warnings: WarningDraft[] } {
  const { hits, warnings } = scanDeadlines(text, context, { bare: false });
  return { deadlines: hits.map((h) => h.deadline), warnings };
}
