import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlanContext, SectionKind, SectionView, TextBlock } from '../../src/document/blocks.js';
import { extractTargets, extractTasks, type TaskDraft } from '../../src/tasks/index.js';

// ---------------------------------------------------------------------------------------------
// TEST-ONLY HELPER: a minimal section builder for the fixture plans, so that the extractors can be
// checked on real documents without the rest of the pipeline. It joins hard-wrapped lines into
// paragraphs (a new paragraph starts after a line ending in . : ! ? when the next line starts
// with a capital letter), opens sections at "I." / "1." / "a)" / "-" / "+" markers, and attaches a
// paragraph without a marker that follows a bullet list to the item holding the list (as the
// real structure stage does). It writes its own normalized document, so ranges can be checked
// against it. It is not the pipeline's structure stage and handles only these three files.
// ---------------------------------------------------------------------------------------------

interface Built {
  doc: string;
  preamble: TextBlock[];
  sections: SectionView[];
}

const MARKERS: readonly { re: RegExp; kind: SectionKind; rank: number }[] = [
  { re: /^([IVX]+)\.\s+/u, kind: 'muc', rank: 1 },
  { re: /^(\d+)\.\s+/u, kind: 'khoan', rank: 2 },
  { re: /^([a-zđ])\)\s+/u, kind: 'diem', rank: 3 },
  { re: /^-\s*(?=[\p{Lu}*])/u, kind: 'bullet', rank: 4 },
  { re: /^\+\s*(?=[\p{Lu}*])/u, kind: 'subbullet', rank: 5 },
];

function buildFixture(source: string): Built {
  const lines = source.split('\n').map((l) => l.replace(/\s+/gu, ' ').trim());
  // paragraphs with their marker (if any)
  const paragraphs: { marker: string; kind: SectionKind | null; rank: number; value: string }[] = [];
  let previous = '';
  for (const line of lines) {
    if (line === '') continue;
    if (/^Nơi nhận/u.test(line)) break;
    const marker = MARKERS.map((m) => ({ m, hit: m.re.exec(line) })).find((x) => x.hit !== null);
    const last = paragraphs[paragraphs.length - 1];
    const endsSentence = /[.:!?]["”)*]*\s*$/u.test(previous) || previous === '';
    if (marker && marker.hit && (endsSentence || marker.m.rank !== 3)) {
      paragraphs.push({ marker: marker.hit[0].trim(), kind: marker.m.kind, rank: marker.m.rank, value: line.slice(marker.hit[0].length) });
    } else if (last && !(endsSentence && /^[\p{Lu}*“"]/u.test(line))) {
      last.value = `${last.value} ${line}`;
    } else {
      paragraphs.push({ marker: '', kind: null, rank: 9, value: line });
    }
    previous = line;
  }

  let doc = '';
  const preamble: TextBlock[] = [];
  const roots: SectionView[] = [];
  const stack: { view: SectionView; rank: number; bullets: number; used: Map<string, number> }[] = [];
  const rootUsed = new Map<string, number>();
  for (const p of paragraphs) {
    const prefix = p.marker ? `${p.marker} ` : '';
    const start = doc.length + prefix.length;
    doc += `${prefix}${p.value}\n`;
    if (p.kind === null) {
      while (stack.length > 1 && stack[stack.length - 1]!.rank >= 4) stack.pop();
      const open = stack[stack.length - 1];
      const block: TextBlock = { text: p.value, start, sectionId: open?.view.id ?? null, location: open ? 'body' : 'basis', isHeading: false };
      if (open) open.view.paragraphs.push(block);
      else preamble.push(block);
      continue;
    }
    while (stack.length > 0 && stack[stack.length - 1]!.rank >= p.rank) stack.pop();
    const parent = stack[stack.length - 1];
    let part = p.marker.replace(/[.)]$/u, '');
    if (p.kind === 'bullet' || p.kind === 'subbullet') {
      const n = parent ? ++parent.bullets : 1;
      part = `${p.kind === 'bullet' ? '-' : '+'}${n}`;
    }
    const base = parent ? `${parent.view.id}.${part}` : part;
    const used = parent ? parent.used : rootUsed;
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    const id = seen === 0 ? base : `${base}#${seen + 1}`;
    const view: SectionView = {
      id,
      label: p.marker,
      kind: p.kind,
      level: stack.length + 1,
      heading: { text: p.value, start, sectionId: id, location: 'body', isHeading: true },
      paragraphs: [],
      children: [],
    };
    if (parent) parent.view.children.push(view);
    else roots.push(view);
    stack.push({ view, rank: p.rank, bullets: 0, used: new Map() });
  }
  return { doc, preamble, sections: roots };
}
// ------------------------------------------------------------------------- end of test helper

function fixture(name: string, clean: (s: string) => string = (s) => s): Built {
  return buildFixture(clean(readFileSync(new URL(`../../fixtures/plans/${name}`, import.meta.url), 'utf8')));
}

function find(tasks: TaskDraft[], startsWith: string): TaskDraft {
  const hits = tasks.filter((t) => t.text.startsWith(startsWith));
  expect(hits, `one task starting with "${startsWith}"`).toHaveLength(1);
  return hits[0]!;
}

function summary(t: TaskDraft) {
  return { sectionId: t.sectionId, kind: t.kind, lead: t.lead, support: t.support, leadFrom: t.leadFrom };
}

const ONGOING = { kind: 'ongoing', raw: 'Thường xuyên', date: null, yearInferred: false, recurrence: null, rrule: null, reportingPeriod: null };

describe('fixture 000-sct-dan-van-2022 (Sở Công Thương, 2022)', () => {
  const built = fixture('000-sct-dan-van-2022.txt');
  const context: PlanContext = { date: null, periodYear: 2022 };
  const { tasks, warnings } = extractTasks(built.preamble, built.sections, context);

  it('finds the seven tasks of III. TỔ CHỨC THỰC HIỆN and nothing in the content sections', () => {
    expect(tasks).toHaveLength(7);
    expect(tasks.every((t) => t.sectionId?.startsWith('III.'))).toBe(true);
    expect(warnings).toEqual([]);
    for (const t of tasks) expect(built.doc.slice(t.range.start, t.range.end)).toBe(t.text);
  });

  it('III.1 Phân công đồng chí <name> – <title>', () => {
    const t = find(tasks, 'Phân công đồng chí Lê Văn Lộc');
    expect(summary(t)).toEqual({ sectionId: 'III.1', kind: 'assignment', lead: ['Lê Văn Lộc – Phó Giám đốc Sở'], support: [], leadFrom: 'text' });
    expect(t.text).toBe(
      'Phân công đồng chí Lê Văn Lộc – Phó Giám đốc Sở chỉ đạo các phòng, đơn vị nghiêm túc, triển khai thực hiện kịp thời, có hiệu quả Kế hoạch thực hiện công tác Dân vận chính quyền năm 2022 của Sở.',
    );
  });

  it('III.2 Giao Trưởng các phòng, các đơn vị thuộc Sở (one group), and "Căn cứ …, các đơn vị thuộc Sở xây dựng …"', () => {
    expect(summary(find(tasks, 'Giao Trưởng các phòng'))).toEqual({
      sectionId: 'III.2',
      kind: 'assignment',
      lead: ['Trưởng các phòng, các đơn vị thuộc Sở'],
      support: [],
      leadFrom: 'text',
    });
    const t = find(tasks, 'Căn cứ tình hình thực tế');
    expect(summary(t)).toEqual({ sectionId: 'III.2', kind: 'assignment', lead: ['các đơn vị thuộc Sở'], support: [], leadFrom: 'text' });
    // the sentence, not the paragraph it starts
    expect(t.text).toBe('Căn cứ tình hình thực tế và nhiệm vụ được giao, các đơn vị thuộc Sở xây dựng Kế hoạch thực hiện công tác dân vận chính quyền năm 2022 tại đơn vị.');
  });

  it('the second "2." (III.2#2) Giao Văn phòng Sở … định kỳ 6 tháng và cuối năm … báo cáo … cho UBND tỉnh', () => {
    const t = find(tasks, 'Giao Văn phòng Sở theo dõi');
    expect(summary(t)).toEqual({ sectionId: 'III.2#2', kind: 'report', lead: ['Văn phòng Sở'], support: [], leadFrom: 'text' });
    expect(t.deadlines).toEqual([
      { kind: 'recurring', raw: 'định kỳ 6 tháng', date: null, yearInferred: false, recurrence: 'P6M', rrule: 'FREQ=MONTHLY;INTERVAL=6', reportingPeriod: null },
      { kind: 'period', raw: 'cuối năm', date: '2022-12-31', yearInferred: true, recurrence: null, rrule: null, reportingPeriod: null },
    ]);
    expect([t.reportTo, t.reportVia]).toEqual([['UBND tỉnh'], []]);
  });

  it('III.3 Giao cho Thanh tra Sở …; Chủ trì, phối hợp với Văn phòng …', () => {
    expect(summary(find(tasks, 'Giao cho Thanh tra Sở'))).toEqual({
      sectionId: 'III.3',
      kind: 'assignment',
      lead: ['Thanh tra Sở'],
      support: ['Văn phòng'],
      leadFrom: 'text',
    });
  });

  it('the closing paragraph: units report to Văn phòng Sở; their reporting duty in the next sentence', () => {
    expect(summary(find(tasks, 'Trong quá trình thực hiện'))).toEqual({
      sectionId: 'III.3',
      kind: 'assignment',
      lead: ['các phòng, đơn vị thuộc Sở'],
      support: [],
      leadFrom: 'text',
    });
    const t = find(tasks, 'Định kỳ 06 tháng');
    // the subject is the previous sentence's: the units report to Sở Công Thương (what it does next is its own work)
    expect(summary(t)).toEqual({ sectionId: 'III.3', kind: 'report', lead: ['các phòng, đơn vị thuộc Sở'], support: [], leadFrom: 'text' });
    expect([t.reportTo, t.reportVia]).toEqual([['Sở Công Thương'], []]);
    // "Định kỳ 06 tháng (trước ngày …)" and "cuối năm (trước ngày …)": two deadlines, each closing its period
    expect(t.deadlines.map((d) => [d.kind, d.raw, d.date, d.reportingPeriod?.raw])).toEqual([
      ['date', 'trước ngày 01/6/2022', '2022-06-01', '06 tháng'],
      ['date', 'trước ngày 01/11/2022', '2022-11-01', 'cuối năm'],
    ]);
  });

  it('has no targets', () => {
    expect(extractTargets(built.sections)).toEqual([]);
  });
});

describe('fixture 001-skhdt-dan-van-2022 (Sở Kế hoạch và Đầu tư, 2022)', () => {
  // the footnote block that cuts II.2 in the text export is dropped here (the pipeline moves it)
  const built = fixture('001-skhdt-dan-van-2022.txt', (s) => s.replace(/\n\s*\(1\) Chỉ thị[\s\S]*?trong cơ quan, đơn vị\.\s*\n/u, '\n'));
  const context: PlanContext = { date: null, periodYear: 2022 };
  const { tasks, warnings } = extractTasks(built.preamble, built.sections, context);

  it('finds one label task per khoản of II. and two tasks in III.', () => {
    expect(tasks.map((t) => t.sectionId)).toEqual(['II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'III.-2', 'III.-3']);
    expect(warnings).toEqual([]);
    for (const t of tasks) expect(built.doc.slice(t.range.start, t.range.end)).toBe(t.text);
    // label lines are not tasks of their own
    expect(tasks.some((t) => /^(Đơn vị|Thời gian)/u.test(t.text))).toBe(false);
  });

  it.each<[string, string, string[], string[]]>([
    ['II.1', 'Tổ chức quán triệt sâu kỹ các văn bản chỉ đạo của Trung ương và của tỉnh về công tác dân vận.', ['Các phòng, đơn vị trực thuộc Sở'], []],
    ['II.2', 'Thực hiện tốt công tác dân vận trong việc thực hiện nhiệm vụ, công vụ.', ['Các phòng, đơn vị trực thuộc'], []],
    [
      'II.3',
      'Đẩy mạnh thực hiện cải cách hành chính; nâng cao hiệu lực hiệu quả quản lý hành chính Nhà nước trên các lĩnh vực.',
      ['Các phòng, đơn vị'],
      [],
    ],
    ['II.4', 'Tăng cường công tác tiếp công dân, đối thoại, giải quyết kiến nghị, đơn thư khiếu nại, tố cáo.', ['Thanh tra Sở'], []],
    [
      'II.5',
      'Thực hiện tốt công tác dân vận trong triển khai thực hiện các công trình, dự án đầu tư phát triển kinh tế - xã hội.',
      ['Phòng Tổng hợp, Quy hoạch, Kế hoạch'],
      ['các phòng đơn vị có liên quan'],
    ],
  ])('%s: the heading, with lead/support from "Đơn vị thực hiện" and deadline from "Thời gian thực hiện"', (sectionId, text, lead, support) => {
    const t = tasks.find((x) => x.sectionId === sectionId)!;
    expect(t.text).toBe(text);
    expect(summary(t)).toEqual({ sectionId, kind: 'assignment', lead, support, leadFrom: 'label' });
    expect(t.deadlines).toEqual([ONGOING]);
  });

  it('III: "… có trách nhiệm …" and "Giao Văn phòng Sở … báo cáo … định kỳ theo quy định"', () => {
    expect(summary(find(tasks, 'Thủ trưởng các phòng'))).toEqual({
      sectionId: 'III.-2',
      kind: 'assignment',
      lead: ['Thủ trưởng các phòng, đơn vị trực thuộc'],
      support: [],
      leadFrom: 'text',
    });
    const t = find(tasks, 'Giao Văn phòng Sở');
    expect(summary(t)).toEqual({ sectionId: 'III.-3', kind: 'report', lead: ['Văn phòng Sở'], support: [], leadFrom: 'text' });
    expect(t.deadlines).toEqual([{ kind: 'recurring', raw: 'định kỳ theo quy định', date: null, yearInferred: false, recurrence: null, rrule: null, reportingPeriod: null }]);
    expect(t.reportTo).toEqual([]);
  });

  it('has no targets', () => {
    expect(extractTargets(built.sections)).toEqual([]);
  });
});

describe('fixture 002-thanh-tra-dan-van-2025 (Thanh tra tỉnh, draft of 2025)', () => {
  const built = fixture('002-thanh-tra-dan-van-2025.txt');
  const context: PlanContext = { date: { year: 2025, month: 3, day: null }, periodYear: 2025 };
  const { tasks, warnings } = extractTasks(built.preamble, built.sections, context);

  it('finds the ten assignments and no warning (the bad date 25/10/20217 is a citation, not a deadline)', () => {
    expect(tasks.map((t) => t.sectionId)).toEqual(['III.1', 'III.2.-7', 'III.2.-8', 'III.2.-9', 'III.2.-10', 'III.3.-1', 'III.3.-2', 'IV.1', 'IV.1', 'IV.2']);
    expect(warnings).toEqual([]);
    for (const t of tasks) expect(built.doc.slice(t.range.start, t.range.end)).toBe(t.text);
  });

  it('III.1 Giao Văn phòng chủ trì, phối hợp Phòng Nghiệp vụ 4 tham mưu …', () => {
    const t = find(tasks, 'Giao Văn phòng chủ trì');
    expect(summary(t)).toEqual({ sectionId: 'III.1', kind: 'assignment', lead: ['Văn phòng'], support: ['Phòng Nghiệp vụ 4'], leadFrom: 'text' });
    expect(t.deadlines).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Giao Văn phòng tham mưu công tác cải cách hành chính', ['Văn phòng']],
    ['Giao Tổ Công vụ', ['Tổ Công vụ']],
    ['Giao Phòng Nghiệp vụ 4', ['Phòng Nghiệp vụ 4']],
    ['Giao Văn phòng, các Phòng Nghiệp vụ', ['Văn phòng', 'các Phòng Nghiệp vụ thuộc Thanh tra tỉnh']],
  ])('III.2 italic bullet "%s…" with "Thời gian thực hiện: Thường xuyên." of its khoản', (start, lead) => {
    const t = find(tasks, start);
    expect(summary(t)).toMatchObject({ kind: 'assignment', lead, support: [], leadFrom: 'text' });
    expect(t.text.endsWith('*')).toBe(false);
    expect(t.deadlines).toEqual([ONGOING]);
  });

  it('III.3 "X chủ trì, phối hợp với các Phòng nghiệp vụ 1, 2, 4" lists three units', () => {
    expect(summary(find(tasks, 'Phòng Nghiệp vụ 3 chủ trì'))).toEqual({
      sectionId: 'III.3.-1',
      kind: 'assignment',
      lead: ['Phòng Nghiệp vụ 3'],
      support: ['Phòng nghiệp vụ 1', 'Phòng nghiệp vụ 2', 'Phòng nghiệp vụ 4'],
      leadFrom: 'text',
    });
    expect(summary(find(tasks, 'Văn phòng chủ trì'))).toEqual({
      sectionId: 'III.3.-2',
      kind: 'assignment',
      lead: ['Văn phòng'],
      support: ['Phòng Nghiệp vụ 1', 'Phòng Nghiệp vụ 2', 'Phòng Nghiệp vụ 3'],
      leadFrom: 'text',
    });
  });

  it('IV.1 the units, then their reporting duty with three deadlines (lead from the sentence before)', () => {
    expect(summary(find(tasks, 'Chánh Văn phòng'))).toEqual({
      sectionId: 'IV.1',
      kind: 'assignment',
      lead: ['Chánh Văn phòng', 'các Trưởng Phòng Nghiệp vụ thuộc Thanh tra tỉnh'],
      support: [],
      leadFrom: 'text',
    });
    const report = find(tasks, 'Báo cáo kết quả thực hiện định kỳ');
    expect(summary(report)).toEqual({
      sectionId: 'IV.1',
      kind: 'report',
      lead: ['Chánh Văn phòng', 'các Trưởng Phòng Nghiệp vụ thuộc Thanh tra tỉnh'],
      support: [],
      leadFrom: 'text',
    });
    expect([report.reportTo, report.reportVia]).toEqual([['Văn phòng'], []]);
    const closes = (raw: string, end: string) => ({ raw, start: '2025-01-01', end });
    expect(report.deadlines).toEqual([
      { kind: 'date', raw: 'trước ngày 05/5', date: '2025-05-05', yearInferred: true, recurrence: null, rrule: null, reportingPeriod: closes('6 tháng', '2025-06-30') },
      { kind: 'date', raw: 'trước ngày 05/9', date: '2025-09-05', yearInferred: true, recurrence: null, rrule: null, reportingPeriod: closes('09 tháng', '2025-09-30') },
      { kind: 'date', raw: 'trước ngày 20/10/2025', date: '2025-10-20', yearInferred: false, recurrence: null, rrule: null, reportingPeriod: closes('năm', '2025-12-31') },
    ]);
  });

  it('IV.2 Giao Văn phòng … báo cáo định kỳ (…) gửi UBND tỉnh (thông qua Sở Nội vụ)', () => {
    const t = find(tasks, 'Giao Văn phòng tổng hợp');
    expect(summary(t)).toEqual({ sectionId: 'IV.2', kind: 'report', lead: ['Văn phòng'], support: [], leadFrom: 'text' });
    expect(t.deadlines.map((d) => d.date)).toEqual(['2025-05-15', '2025-09-15', '2025-11-01']);
    expect([t.reportTo, t.reportVia]).toEqual([['UBND tỉnh'], ['Sở Nội vụ']]);
  });

  it('II. MỘT SỐ CHỈ TIÊU TRỌNG TÂM: three targets "Trên 80% …"', () => {
    const targets = extractTargets(built.sections);
    expect(targets.map((t) => [t.sectionId, t.value, t.unit, t.comparator, t.subject])).toEqual([
      ['II.-1', 80, '%', '>', 'Phòng thuộc Thanh tra tỉnh'],
      ['II.-2', 80, '%', '>', 'Phòng thuộc Thanh tra tỉnh'],
      ['II.-3', 80, '%', '>', 'Phòng thuộc Thanh tra tỉnh'],
    ]);
    expect(targets[0]!.text).toBe('Trên 80% Phòng thuộc Thanh tra tỉnh đạt tiêu chí Dân vận khéo.');
    for (const t of targets) expect(built.doc.slice(t.range.start, t.range.end)).toBe(t.text);
  });
});
