/**
 * The exports of `kh-parse tasks` and `kh-parse calendar`, as pure functions on hand-made plans.
 * The .ics is read back with ical.js, a real RFC 5545 parser.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, firstOccurrence, flatRow, formatTable, taskRows, toCsv, COLUMNS } from '../../src/tasks/exports/index.js';
import { deadline, plan, task } from '../support/plan-builder.js';

const PLAN_002 = plan(
  'plans/002.txt',
  { number: null, symbol: 'KH-TT', title: 'Thực hiện công tác Dân vận chính quyền năm 2025', date: { raw: 'ngày tháng 3 năm 2025', iso: null, year: 2025, month: 3, day: null }, period: { year: 2025, quarter: null } },
  [
    task({
      sectionId: 'IV.2',
      kind: 'report',
      text: 'Giao Văn phòng tổng hợp, tham mưu Ban lãnh đạo báo cáo định kỳ (6 tháng trước ngày 15/5, 09 tháng trước ngày 15/9 và năm trước ngày 01/11/2025) gửi UBND tỉnh (thông qua Sở Nội vụ) theo quy định.',
      lead: ['Văn phòng'],
      reportTo: ['UBND tỉnh'],
      reportVia: ['Sở Nội vụ'],
      deadlines: [
        deadline({ kind: 'date', raw: 'trước ngày 15/5', date: '2025-05-15', yearInferred: true, reportingPeriod: { raw: '6 tháng', start: '2025-01-01', end: '2025-06-30' } }),
        deadline({ kind: 'date', raw: 'trước ngày 01/11/2025', date: '2025-11-01', reportingPeriod: { raw: 'năm', start: '2025-01-01', end: '2025-12-31' } }),
      ],
    }),
    task({ sectionId: 'III.2.-8', text: 'Giao Tổ Công vụ tham mưu kiểm tra kỷ luật, kỷ cương hành chính; "đột xuất" khi cần.', lead: ['Tổ Công vụ'], deadlines: [deadline({ kind: 'ongoing', raw: 'Thường xuyên' })] }),
    task({
      sectionId: 'III.3',
      kind: 'report',
      text: 'Các phòng báo cáo tình hình trước ngày 20 hằng tháng, định kỳ 6 tháng tổng hợp.',
      lead: ['Các phòng, đơn vị'],
      deadlines: [
        deadline({ kind: 'recurring', raw: 'trước ngày 20 hằng tháng', recurrence: 'P1M', rrule: 'FREQ=MONTHLY;BYMONTHDAY=20' }),
        deadline({ kind: 'recurring', raw: 'định kỳ 6 tháng', recurrence: 'P6M', rrule: 'FREQ=MONTHLY;INTERVAL=6' }),
      ],
    }),
    task({ sectionId: null, location: 'appendix', text: 'Rà soát thủ tục hành chính', lead: ['Văn phòng Sở'], deadlines: [deadline({ kind: 'period', raw: 'Quý II/2026', date: '2026-06-30' })] }),
    task({ sectionId: 'IV.3', text: '=SUM(A1) không phải công thức', lead: [], deadlines: [deadline({ kind: 'date', raw: 'trước ngày 05/5', date: null })] }),
  ],
);

const PLAN_OTHER = plan(
  'plans/other.md',
  { date: { raw: 'ngày 20 tháng 12 năm 2024', iso: '2024-12-20', year: 2024, month: 12, day: 20 } },
  [
    task({
      sectionId: 'II.1',
      text: 'Sở Tài chính báo cáo trước ngày 20/10 của năm.',
      lead: ['Sở Tài chính'],
      deadlines: [deadline({ kind: 'recurring', raw: 'trước ngày 20/10 của năm', date: '2025-10-20', yearInferred: true, recurrence: 'P1Y', rrule: 'FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=20' })],
    }),
  ],
  'b',
);

/** A notice of inspection results whose task asks "đơn vị nêu trên": the units listed before it. */
const LISTED = ['Công ty TNHH Hiệp Phú', 'Tổng công ty Xây dựng Trường Sơn'];
const NOTICE = plan('tb.pdf', { number: '1894', symbol: 'TB-SCT', title: 'Kết quả kiểm tra' }, [
  task({
    text: 'Khắc phục các tồn tại.',
    lead: ['đơn vị nêu trên'],
    leadKeys: LISTED.map((u) => u.toLowerCase()),
    units: LISTED.map((u) => ({ role: 'lead', name: 'đơn vị nêu trên', key: u.toLowerCase(), standsFor: u, person: null, title: null })),
    deadlines: [deadline({ kind: 'date', raw: 'trước ngày 30/6/2026', date: '2026-06-30' })],
  }),
]);

describe('task rows', () => {
  it('one row per task across plans, lists joined, dates and recurrences in their columns', () => {
    const rows = taskRows([PLAN_002, PLAN_OTHER]).map(flatRow);
    expect(rows.map((r) => [r.plan, r.section, r.kind, r.lead, r.reportTo, r.deadline, r.recurrence])).toEqual([
      ['plans/002.txt', 'IV.2', 'report', 'Văn phòng', 'UBND tỉnh (qua Sở Nội vụ)', '2025-05-15; 2025-11-01', ''],
      ['plans/002.txt', 'III.2.-8', 'assignment', 'Tổ Công vụ', '', '', 'ongoing'],
      ['plans/002.txt', 'III.3', 'report', 'Các phòng, đơn vị', '', '', 'FREQ=MONTHLY;BYMONTHDAY=20; FREQ=MONTHLY;INTERVAL=6'],
      ['plans/002.txt', 'phụ lục', 'assignment', 'Văn phòng Sở', '', '2026-06-30', ''],
      ['plans/002.txt', 'IV.3', 'assignment', '', '', '', ''],
      ['plans/other.md', 'II.1', 'assignment', 'Sở Tài chính', '', '2025-10-20', 'FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=20'],
    ]);
    expect(rows[0]!.planTitle).toBe('/KH-TT Thực hiện công tác Dân vận chính quyền năm 2025');
    expect(rows[0]!.deadlineText).toBe('trước ngày 15/5; trước ngày 01/11/2025');
    expect(Object.keys(rows[0]!)).toEqual([...COLUMNS]);
  });

  it('a name that stands for units the document names elsewhere gives those units ("đơn vị nêu trên" in a notice of inspection results)', () => {
    const [row] = taskRows([NOTICE]);
    expect([row!.lead, row!.leadKeys]).toEqual([LISTED, ['công ty tnhh hiệp phú', 'tổng công ty xây dựng trường sơn']]);
    expect(flatRow(row!).lead).toBe('Công ty TNHH Hiệp Phú; Tổng công ty Xây dựng Trường Sơn');
  });
});

/** RFC 4180 reader (test-only), to check what a spreadsheet would read back. */
function readCsv(text: string, separator = ','): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      record.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return records;
}

describe('CSV for Excel', () => {
  const rows = taskRows([PLAN_002, PLAN_OTHER]).map(flatRow);
  const csv = toCsv(COLUMNS, rows.map((r) => COLUMNS.map((c) => r[c])));

  it('starts with a UTF-8 byte order mark and ends every record with CRLF', () => {
    expect(csv.startsWith('\uFEFFplan,planTitle,section,page,kind,lead,support,reportTo,deadline,recurrence,deadlineText,text\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
  });

  it('quotes cells with separators and quotes, and reads back to the same cells', () => {
    const back = readCsv(csv.slice(1));
    expect(back).toHaveLength(rows.length + 1);
    expect(back[2]![11]).toBe('Giao Tổ Công vụ tham mưu kiểm tra kỷ luật, kỷ cương hành chính; "đột xuất" khi cần.');
    expect(csv).toContain('"Giao Tổ Công vụ tham mưu kiểm tra kỷ luật, kỷ cương hành chính; ""đột xuất"" khi cần."');
  });

  it('keeps Excel from reading a cell as a formula', () => {
    expect(readCsv(csv.slice(1))[5]![11]).toBe("'=SUM(A1) không phải công thức");
    // dates and numbers are left alone
    expect(readCsv(csv.slice(1))[1]![8]).toBe('2025-05-15; 2025-11-01');
  });

  it('takes another separator', () => {
    const semi = toCsv(['a', 'b'], [['x; y', 'z,w']], { separator: ';' });
    expect(semi).toBe('\uFEFFa;b\r\n"x; y";z,w\r\n');
  });
});

describe('terminal table', () => {
  it('fits the width, one line per task, long text cut with …', () => {
    const table = formatTable(taskRows([PLAN_002]).map(flatRow), 100);
    const lines = table.trimEnd().split('\n');
    expect(lines).toHaveLength(2 + PLAN_002.tasks.length);
    expect(lines[0]).toMatch(/^plan\s+section\s+lead\s+deadline\s+task$/u);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(100);
    expect(lines[2]).toContain('2025-05-15 +1');
    expect(lines[2]).toContain('[báo cáo] Giao Văn phòng');
    expect(lines[2]!.endsWith('…')).toBe(true);
    expect(lines[3]).toContain('ongoing');
  });
});

function parseIcs(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => ({ v, e: new ICAL.Event(v) })) };
}

describe('iCalendar', () => {
  const stamp = new Date('2026-11-21T08:30:00Z');
  const built = buildCalendar([PLAN_002, PLAN_OTHER], { stamp, version: '0.1.0', urlOf: (p, t) => `file:///plans/${encodeURIComponent(p.source.path ?? '')}#${encodeURIComponent(t.sectionId ?? '')}` });

  it('is valid RFC 5545 that a real parser reads: one all-day event per deadline with a day', () => {
    const { calendar, events } = parseIcs(built.ics);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//kh-parse//kh-parse 0.1.0//VI');
    expect(built.events).toBe(5);
    expect(events.map(({ e }) => [e.startDate.toString(), e.startDate.isDate, e.isRecurring()])).toEqual([
      ['2025-05-15', true, false],
      ['2025-11-01', true, false],
      // "trước ngày 20 hằng tháng" in a plan of March 2025: from the first 20th after the plan's start
      ['2025-03-20', true, true],
      ['2026-06-30', true, false],
      ['2025-10-20', true, true],
    ]);
    for (const { v } of events) {
      expect(v.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-21T08:30:00Z');
      expect(v.getFirstPropertyValue('dtend')?.toString()).toBeDefined();
    }
  });

  it('names the units a name stands for ("đơn vị nêu trên" → the companies listed before it)', () => {
    const { e } = parseIcs(buildCalendar([NOTICE], { stamp, version: '0.1.0' }).ics).events[0]!;
    expect(e.summary).toBe('Hạn: Công ty TNHH Hiệp Phú, Tổng công ty Xây dựng Trường Sơn – Khắc phục các tồn tại.');
    expect(e.description).toContain('Chủ trì: Công ty TNHH Hiệp Phú; Tổng công ty Xây dựng Trường Sơn');
  });

  it('leaves out deadlines without a day, and says which', () => {
    expect(built.skipped.map((s) => [s.taskId, s.raw, s.reason])).toEqual([
      ['task-2', 'Thường xuyên', 'ongoing'],
      ['task-3', 'định kỳ 6 tháng', 'no-day'],
      ['task-5', 'trước ngày 05/5', 'no-date'],
    ]);
  });

  it('recurring deadlines have an RRULE that expands to the right days', () => {
    const { events } = parseIcs(built.ics);
    const monthly = events[2]!.e;
    const it1 = monthly.iterator();
    expect([it1.next(), it1.next(), it1.next()].map((t) => t!.toString())).toEqual(['2025-03-20', '2025-04-20', '2025-05-20']);
    const yearly = events[4]!.e;
    const it2 = yearly.iterator();
    expect([it2.next(), it2.next()].map((t) => t!.toString())).toEqual(['2025-10-20', '2026-10-20']);
  });

  it('each event links back to its plan and section', () => {
    const { events } = parseIcs(built.ics);
    const { v, e } = events[0]!;
    expect(e.summary).toBe('Báo cáo 6 tháng: Văn phòng → UBND tỉnh');
    expect(e.description.split('\n')).toEqual([
      PLAN_002.tasks[0]!.text,
      'Chủ trì: Văn phòng',
      'Báo cáo về: UBND tỉnh (qua Sở Nội vụ)',
      'Thời hạn: trước ngày 15/5 (2025-05-15, năm suy ra từ kế hoạch)',
      'Kỳ báo cáo: 6 tháng (2025-01-01 – 2025-06-30)',
      'Kế hoạch: Kế hoạch /KH-TT Thực hiện công tác Dân vận chính quyền năm 2025',
      'Nguồn: plans/002.txt, mục IV.2, trang 2',
    ]);
    expect(v.getFirstPropertyValue('x-kh-parse-plan')).toBe('plans/002.txt');
    expect(v.getFirstPropertyValue('x-kh-parse-section')).toBe('IV.2');
    expect(v.getFirstPropertyValue('x-kh-parse-task')).toBe('task-1');
    expect(v.getFirstPropertyValue('url')).toBe('file:///plans/plans%2F002.txt#IV.2');
    expect(v.getFirstPropertyValue('categories')).toBe('Báo cáo');
  });

  it('escapes commas, semicolons and quotes, and folds lines at 75 octets with CRLF', () => {
    expect(built.ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const physical = built.ics.split('\r\n').slice(0, -1);
    for (const line of physical) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(built.ics.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
    // folded lines unfold to the escaped text, and the parser gives back the original
    const { events } = parseIcs(built.ics);
    expect(events[1]!.e.description.startsWith(PLAN_002.tasks[0]!.text)).toBe(true);
    expect(built.ics).toContain('tổng hợp\\, tham mưu');
  });

  it('has stable UIDs: the same plans give the same UIDs, different deadlines different ones', () => {
    const again = buildCalendar([PLAN_002, PLAN_OTHER], { stamp: new Date('2027-01-01T00:00:00Z'), version: '0.1.0' });
    const uids = (ics: string) => parseIcs(ics).events.map(({ e }) => e.uid);
    expect(uids(again.ics)).toEqual(uids(built.ics));
    expect(new Set(uids(built.ics)).size).toBe(built.events);
    // the same plan given twice gives its events once
    expect(buildCalendar([PLAN_002, PLAN_002], { stamp, version: '0.1.0' }).events).toBe(4);
  });
});

describe('firstOccurrence', () => {
  it.each<[string, string, string | null]>([
    ['FREQ=MONTHLY;BYMONTHDAY=20', '2025-03-01', '2025-03-20'],
    ['FREQ=MONTHLY;BYMONTHDAY=20', '2025-03-21', '2025-04-20'],
    ['FREQ=MONTHLY;BYMONTHDAY=31', '2025-04-01', '2025-05-31'],
    ['FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=20', '2025-11-01', '2026-10-20'],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', '2025-01-01', '2028-02-29'],
    ['FREQ=MONTHLY;INTERVAL=6', '2025-01-01', null],
  ])('%s from %s', (rule, start, first) => {
    expect(firstOccurrence(rule, start)).toBe(first);
  });
});
