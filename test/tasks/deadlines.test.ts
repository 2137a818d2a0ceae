import { describe, expect, it } from 'vitest';
import type { PlanContext } from '../../src/document/blocks.js';
import type { Deadline } from '../../src/output/schema.js';
import { extractDeadlines } from '../../src/tasks/index.js';

const PLAN_2025: PlanContext = { date: { year: 2025, month: 3, day: null }, periodYear: 2025 };
const PLAN_2022_NO_DATE: PlanContext = { date: null, periodYear: 2022 };
const DATE_ONLY: PlanContext = { date: { year: 2024, month: 12, day: 20 }, periodYear: null };
const NO_YEAR: PlanContext = { date: null, periodYear: null };

type Period = Deadline['reportingPeriod'];
const date = (raw: string, iso: string | null, yearInferred = false, reportingPeriod: Period = null): Deadline => ({
  kind: 'date',
  raw,
  date: iso,
  yearInferred,
  recurrence: null,
  rrule: null,
  reportingPeriod,
});
const period = (raw: string, iso: string | null, yearInferred = false): Deadline => ({ kind: 'period', raw, date: iso, yearInferred, recurrence: null, rrule: null, reportingPeriod: null });
const every = (raw: string, recurrence: string | null, rrule: string | null, iso: string | null = null, yearInferred = false, reportingPeriod: Period = null): Deadline => ({
  kind: 'recurring',
  raw,
  date: iso,
  yearInferred,
  recurrence,
  rrule,
  reportingPeriod,
});
const ongoing = (raw: string): Deadline => ({ kind: 'ongoing', raw, date: null, yearInferred: false, recurrence: null, rrule: null, reportingPeriod: null });
const closes = (raw: string, start: string | null, end: string | null): Period => ({ raw, start, end });

describe('extractDeadlines: dates', () => {
  it.each<[string, PlanContext, Deadline[]]>([
    ['hoàn thành trước ngày 25/10/2022', NO_YEAR, [date('hoàn thành trước ngày 25/10/2022', '2022-10-25')]],
    ['chậm nhất đến ngày 01 tháng 7 năm 2028', NO_YEAR, [date('chậm nhất đến ngày 01 tháng 7 năm 2028', '2028-07-01')]],
    // 002: year-less dates take the plan's period year
    [
      'Báo cáo kết quả thực hiện định kỳ (6 tháng trước ngày 05/5, 09 tháng trước ngày 05/9 và năm trước ngày 20/10/2025) về Văn phòng để tổng hợp, tham mưu Ban Lãnh đạo báo cáo theo quy định.',
      PLAN_2025,
      // each deadline closes the reporting period written before it
      [
        date('trước ngày 05/5', '2025-05-05', true, closes('6 tháng', '2025-01-01', '2025-06-30')),
        date('trước ngày 05/9', '2025-09-05', true, closes('09 tháng', '2025-01-01', '2025-09-30')),
        date('trước ngày 20/10/2025', '2025-10-20', false, closes('năm', '2025-01-01', '2025-12-31')),
      ],
    ],
    // the same phrase in a plan without date or period year: the last date's year is used
    [
      'báo cáo định kỳ (6 tháng trước ngày 15/5, 09 tháng trước ngày 15/9 và năm trước ngày 01/11/2025) gửi UBND tỉnh (thông qua Sở Nội vụ) theo quy định.',
      NO_YEAR,
      [
        date('trước ngày 15/5', '2025-05-15', true, closes('6 tháng', '2025-01-01', '2025-06-30')),
        date('trước ngày 15/9', '2025-09-15', true, closes('09 tháng', '2025-01-01', '2025-09-30')),
        date('trước ngày 01/11/2025', '2025-11-01', false, closes('năm', '2025-01-01', '2025-12-31')),
      ],
    ],
    // no period year: the plan's own year (the date is after the plan's)
    ['Báo cáo trước ngày 25/12', DATE_ONLY, [date('trước ngày 25/12', '2024-12-25', true)]],
    // 000: the dates in parentheses are the deadlines of the recurrence and of the year's end, and close those periods
    [
      'Định kỳ 06 tháng (trước ngày 01/6/2022) và cuối năm (trước ngày 01/11/2022) tổ chức kiểm điểm đánh giá, báo cáo kết quả thực hiện về Sở Công Thương',
      PLAN_2022_NO_DATE,
      [date('trước ngày 01/6/2022', '2022-06-01', false, closes('06 tháng', '2022-01-01', '2022-06-30')), date('trước ngày 01/11/2022', '2022-11-01', false, closes('cuối năm', '2022-01-01', '2022-12-31'))],
    ],
    // QĐ 1696 Điều 2: "đến hết ngày"
    ['Từ ngày quyết định này có hiệu lực đến hết ngày 28 tháng 02 năm 2027', NO_YEAR, [date('đến hết ngày 28 tháng 02 năm 2027', '2027-02-28')]],
    ['từ ngày 01/01/2022 đến ngày 31/12/2022', NO_YEAR, [date('đến ngày 31/12/2022', '2022-12-31')]],
    ['trước ngày 15 tháng 6 và ngày 15 tháng 12', PLAN_2025, [date('trước ngày 15 tháng 6', '2025-06-15', true), date('ngày 15 tháng 12', '2025-12-15', true)]],
  ])('%s', (text, context, expected) => {
    const { deadlines, warnings } = extractDeadlines(text, context);
    expect(deadlines).toEqual(expected);
    expect(warnings).toEqual([]);
  });
});

describe('extractDeadlines: periods', () => {
  it.each<[string, PlanContext, Deadline[]]>([
    ['hoàn thành trong quý IV năm 2026', NO_YEAR, [period('trong quý IV năm 2026', '2026-12-31')]],
    ['Quý I/2022', NO_YEAR, [period('Quý I/2022', '2022-03-31')]],
    ['trong quý 3', PLAN_2025, [period('trong quý 3', '2025-09-30', true)]],
    ['trong năm 2026', NO_YEAR, [period('trong năm 2026', '2026-12-31')]],
    ['tháng 6/2022', NO_YEAR, [period('tháng 6/2022', '2022-06-30')]],
    ['tháng 2 năm 2024', NO_YEAR, [period('tháng 2 năm 2024', '2024-02-29')]],
    ['báo cáo 6 tháng đầu năm', PLAN_2025, [period('6 tháng đầu năm', '2025-06-30', true)]],
    ['sơ kết 6 tháng đầu năm 2022', NO_YEAR, [period('6 tháng đầu năm 2022', '2022-06-30')]],
    ['tổng kết cuối năm', PLAN_2022_NO_DATE, [period('cuối năm', '2022-12-31', true)]],
    ['giai đoạn 2021-2025', NO_YEAR, [period('giai đoạn 2021-2025', '2025-12-31')]],
    // a draft's blank day leaves the month
    ['trước ngày   tháng 3 năm 2025', NO_YEAR, [period('trước ngày   tháng 3 năm 2025', '2025-03-31')]],
  ])('%s', (text, context, expected) => {
    const { deadlines, warnings } = extractDeadlines(text, context);
    expect(deadlines).toEqual(expected);
    expect(warnings).toEqual([]);
  });
});

describe('extractDeadlines: recurring and ongoing', () => {
  it.each<[string, PlanContext, Deadline[]]>([
    // 000 III.2
    [
      'định kỳ 6 tháng và cuối năm tổng hợp báo cáo kết quả thực hiện cho UBND tỉnh theo quy định',
      PLAN_2022_NO_DATE,
      [every('định kỳ 6 tháng', 'P6M', 'FREQ=MONTHLY;INTERVAL=6'), period('cuối năm', '2022-12-31', true)],
    ],
    ['tổ chức các hoạt động kỷ niệm thiết thực, hiệu quả, tiết kiệm nhằm hưởng ứng “Ngày vì dân” hàng năm.', NO_YEAR, [every('hàng năm', 'P1Y', 'FREQ=YEARLY')]],
    ['hằng năm', NO_YEAR, [every('hằng năm', 'P1Y', 'FREQ=YEARLY')]],
    ['hằng tháng', NO_YEAR, [every('hằng tháng', 'P1M', 'FREQ=MONTHLY')]],
    ['hằng quý', NO_YEAR, [every('hằng quý', 'P3M', 'FREQ=MONTHLY;INTERVAL=3')]],
    ['định kỳ hằng năm', NO_YEAR, [every('định kỳ hằng năm', 'P1Y', 'FREQ=YEARLY')]],
    ['định kỳ 6 tháng, hằng năm', NO_YEAR, [every('định kỳ 6 tháng', 'P6M', 'FREQ=MONTHLY;INTERVAL=6'), every('hằng năm', 'P1Y', 'FREQ=YEARLY')]],
    ['trước ngày 20 hằng tháng', NO_YEAR, [every('trước ngày 20 hằng tháng', 'P1M', 'FREQ=MONTHLY;BYMONTHDAY=20')]],
    ['trước ngày 15/12 hằng năm', PLAN_2025, [every('trước ngày 15/12 hằng năm', 'P1Y', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15', '2025-12-15', true)]],
    // a yearly deadline read in the plan's year that would fall before the plan is the next year's
    ['trước ngày 15/12 hằng năm', DATE_ONLY, [every('trước ngày 15/12 hằng năm', 'P1Y', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15', '2025-12-15', true)]],
    ['trước ngày 20/10 của năm', NO_YEAR, [every('trước ngày 20/10 của năm', 'P1Y', 'FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=20')]],
    ['trước ngày 20/10 của năm', PLAN_2025, [every('trước ngày 20/10 của năm', 'P1Y', 'FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=20', '2025-10-20', true)]],
    [
      'trước ngày 20/6 và 20/12 hằng năm',
      PLAN_2025,
      [
        every('trước ngày 20/6', 'P1Y', 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=20', '2025-06-20', true),
        every('20/12 hằng năm', 'P1Y', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20', '2025-12-20', true),
      ],
    ],
    // a recurrence explained by a date without a year: the date recurs
    ['định kỳ hằng năm (trước ngày 15/12)', PLAN_2025, [every('trước ngày 15/12', 'P1Y', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15', '2025-12-15', true, closes('năm', '2025-01-01', '2025-12-31'))]],
    // 001 III
    ['Giao Văn phòng Sở theo dõi, đôn đốc triển khai và báo cáo kết quả thực hiện định kỳ theo quy định./.', NO_YEAR, [every('định kỳ theo quy định', null, null)]],
    // periodic and when asked, at intervals a regulation gives (the UBND's công văn on VLNCN, 6.k)
    ['Thực hiện nghiêm chế độ báo cáo định kỳ, đột xuất theo quy định tại Điều 17 Thông tư số 23/2024/TT-BCT.', NO_YEAR, [every('định kỳ, đột xuất theo quy định', null, null)]],
    ['Báo cáo định kỳ và đột xuất theo quy định.', NO_YEAR, [every('định kỳ và đột xuất theo quy định', null, null)]],
    ['Thường xuyên.', NO_YEAR, [ongoing('Thường xuyên')]],
    ['Thường xuyên và theo thời gian quy định của cấp trên.', NO_YEAR, [ongoing('Thường xuyên')]],
  ])('%s', (text, context, expected) => {
    const { deadlines, warnings } = extractDeadlines(text, context);
    expect(deadlines).toEqual(expected);
    expect(warnings).toEqual([]);
  });
});

describe('extractDeadlines: no deadline', () => {
  it.each([
    // citations carry dates that are not deadlines
    'theo Quyết định số 3225/QĐ-UBND ngày 12/9/2018 của UBND tỉnh về tổ chức đánh giá, xếp loại công tác dân vận',
    'Giao Văn phòng tham mưu công tác cải cách hành chính; tuyên truyền thực hiện sắp xếp, tinh gọn tổ chức bộ máy của cơ quan theo Nghị quyết số 18-NQ/TW ngày 25/10/20217',
    'Kế hoạch thực hiện công tác Dân vận chính quyền năm 2022 của Sở.',
    'Sơ kết 05 năm thực hiện Chỉ thị số 14-CT/TW ngày 19/7/2017 Ban Bí thư (khóa XII)',
    'số liệu tính đến ngày 15/11/2022',
    'Kế hoạch số 31-KH/TU ngày 19/3/2021 của Ban Thường vụ Tỉnh ủy về thực hiện nghị quyết đại hội lần thứ XI Đảng bộ tỉnh, nhiệm kỳ 2020-2025',
    // "6 tháng" inside "định kỳ (6 tháng trước …)" is not an interval of its own
    'định kỳ (',
  ])('%s', (text) => {
    expect(extractDeadlines(text, PLAN_2025)).toEqual({ deadlines: [], warnings: [] });
  });
});

describe('extractDeadlines: warnings', () => {
  it.each<[string, PlanContext, Deadline[], string, string]>([
    ['trước ngày 25/10/20217', PLAN_2025, [date('trước ngày 25/10/20217', null)], 'tasks/invalid-date', 'trước ngày 25/10/20217'],
    ['trước ngày 31/4/2022', PLAN_2025, [date('trước ngày 31/4/2022', null)], 'tasks/invalid-date', 'trước ngày 31/4/2022'],
    // 29 February does not exist in the inferred year
    ['trước ngày 29/2', PLAN_2025, [date('trước ngày 29/2', null)], 'tasks/invalid-date', 'trước ngày 29/2'],
    ['trong quý IV', NO_YEAR, [period('trong quý IV', null)], 'tasks/year-unknown', 'trong quý IV'],
    // no period year, and in the plan's own year the date would be before the plan: the year is not guessed
    ['Báo cáo trước ngày 05/5', DATE_ONLY, [date('trước ngày 05/5', null)], 'tasks/year-ambiguous', 'trước ngày 05/5'],
    ['hoàn thành trong quý I', DATE_ONLY, [period('trong quý I', null)], 'tasks/year-ambiguous', 'trong quý I'],
    ['Báo cáo kết quả trước ngày 05/5 về Văn phòng', NO_YEAR, [date('trước ngày 05/5', null)], 'tasks/year-unknown', 'trước ngày 05/5'],
    ['tháng 13/2022', NO_YEAR, [period('tháng 13/2022', null)], 'tasks/invalid-date', 'tháng 13/2022'],
  ])('%s', (text, context, expected, code, at) => {
    const { deadlines, warnings } = extractDeadlines(text, context);
    expect(deadlines).toEqual(expected);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.code).toBe(code);
    const range = warnings[0]!.range!;
    expect(text.slice(range.start, range.end)).toBe(at);
  });
  it('a valid leap day is kept', () => {
    expect(extractDeadlines('trước ngày 29/2', { date: null, periodYear: 2024 }).deadlines).toEqual([date('trước ngày 29/2', '2024-02-29', true)]);
  });
});

// a guard against catastrophic backtracking: a hang fails by the test's time limit (speed is measured in the bench)
describe('extractDeadlines: long adversarial text', () => {
  it('finishes', () => {
    const unit = 'trước ngày 05/5, 09 tháng trước ngày 05/9 và năm cuối năm (trong quý IV hằng năm định kỳ 6 tháng thường xuyên ';
    const text = unit.repeat(2_000) + '1'.repeat(20_000) + ' ngày '.repeat(5_000);
    const { deadlines } = extractDeadlines(text, NO_YEAR);
    expect(deadlines.length).toBeGreaterThan(10_000);
  }, 10_000);
});
