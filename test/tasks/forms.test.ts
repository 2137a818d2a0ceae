/**
 * Assignment forms of issue 6 beyond the sentence cues: "X: …", "Uỷ quyền cho X …", a semicolon
 * list of units sharing one verb, "X có trách nhiệm:" as a paragraph before its items, and task
 * tables. Lines are from the bundled documents where they have them (QĐ 1696), else written in
 * the same style.
 */
import { describe, expect, it } from 'vitest';
import type { PlanContext } from '../../src/document/blocks.js';
import { extractTasks } from '../../src/tasks/index.js';
import { layOut, type Spec } from '../support/section-specs.js';

const PLAN_2026: PlanContext = { date: { year: 2026, month: 1, day: 10 }, periodYear: 2026 };

function run(specs: Spec[], appendix: string[] = []) {
  const built = layOut(specs, { appendix });
  const result = extractTasks([], built.sections, PLAN_2026, { outside: built.appendix });
  for (const t of result.tasks) expect(built.doc.slice(t.range.start, t.range.end)).toBe(t.text);
  return result;
}

const inKhoan = (...paragraphs: string[]): Spec[] => [
  { id: 'III', kind: 'muc', heading: 'TỔ CHỨC THỰC HIỆN', children: [{ id: 'III.1', kind: 'khoan', heading: 'Trách nhiệm thực hiện', paragraphs }] },
];

describe('"X: <action>"', () => {
  it.each<[string, string[], string[]]>([
    ['Sở Tài chính: bố trí kinh phí thực hiện Kế hoạch theo quy định.', ['Sở Tài chính'], []],
    ['Văn phòng Sở: Chủ trì, phối hợp với Thanh tra Sở tham mưu tổ chức sơ kết, tổng kết.', ['Văn phòng Sở'], ['Thanh tra Sở']],
    ['Các phòng, đơn vị thuộc Sở: xây dựng kế hoạch thực hiện tại đơn vị.', ['Các phòng, đơn vị thuộc Sở'], []],
  ])('%s', (paragraph, lead, support) => {
    const { tasks } = run(inKhoan(paragraph));
    expect(tasks.map((t) => [t.text, t.lead, t.support, t.leadFrom])).toEqual([[paragraph, lead, support, 'text']]);
  });

  it.each(['Văn phòng: 0251.3822.456 (trong giờ hành chính).', 'Tổ Công tác: gồm 05 thành viên.', 'Văn phòng Sở: số 2, đường Nguyễn Văn Trị.'])('not an assignment: %s', (paragraph) => {
    // a phone number, the members of a team, an address
    expect(run(inKhoan(paragraph)).tasks).toEqual([]);
  });

  it('as a heading: "a) Sở Tài chính: …" is the task of the unit it names', () => {
    const { tasks } = run([
      {
        id: 'III',
        kind: 'muc',
        heading: 'TỔ CHỨC THỰC HIỆN',
        children: [{ id: 'III.a', kind: 'diem', heading: 'Sở Tài chính: tham mưu bố trí kinh phí thực hiện Kế hoạch trong quý I/2026.' }],
      },
    ]);
    expect(tasks.map((t) => [t.sectionId, t.lead, t.deadlines.map((d) => d.date)])).toEqual([['III.a', ['Sở Tài chính'], ['2026-03-31']]]);
  });
});

describe('QĐ 1696 forms', () => {
  it('Điều 1 "Uỷ quyền cho Giám đốc Sở Công Thương thực hiện …"', () => {
    const text =
      'Uỷ quyền cho Giám đốc Sở Công Thương thực hiện một số nhiệm vụ, quyền hạn của Uỷ ban nhân dân tỉnh tỉnh trong lĩnh vực an toàn vệ sinh lao động và vận chuyển hàng hóa nguy hiểm trên địa bàn tỉnh Lào Cai.';
    const { tasks } = run([{ id: 'Điều 1', kind: 'dieu', heading: 'Nội dung, phạm vi ủy quyền', paragraphs: [text, '(Chi tiết tại Phụ lục kèm theo)'] }]);
    expect(tasks.map((t) => [t.text, t.lead])).toEqual([[text, ['Giám đốc Sở Công Thương']]]);
  });

  it('Điều 4: units separated by semicolons share the verb of the last one', () => {
    const text =
      'Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Công Thương; Giám đốc Trung tâm phục vụ Hành chính công tỉnh; Thủ trưởng các sở, ban, ngành, đơn vị cấp tỉnh; Chủ tịch Uỷ ban nhân dân các xã, phường; Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.';
    const { tasks } = run([{ id: 'Điều 4', kind: 'dieu', heading: 'Quyết định này có hiệu lực thi hành kể từ ký.', paragraphs: [text] }]);
    expect(tasks.map((t) => [t.text, t.lead])).toEqual([
      [
        text,
        [
          'Chánh Văn phòng Ủy ban nhân dân tỉnh',
          'Giám đốc Sở Công Thương',
          'Giám đốc Trung tâm phục vụ Hành chính công tỉnh',
          'Thủ trưởng các sở, ban, ngành, đơn vị cấp tỉnh',
          'Chủ tịch Uỷ ban nhân dân các xã, phường',
          'Thủ trưởng các cơ quan, đơn vị có liên quan',
        ],
      ],
    ]);
  });

  it('a clause that is not a unit breaks the list', () => {
    const { tasks } = run(inKhoan('Tăng cường kiểm tra; Thanh tra Sở chịu trách nhiệm tổng hợp kết quả.'));
    expect(tasks.map((t) => [t.text, t.lead])).toEqual([['Thanh tra Sở chịu trách nhiệm tổng hợp kết quả.', ['Thanh tra Sở']]]);
  });
});

describe('"X có trách nhiệm:" as a paragraph before its items', () => {
  it('the items after it are its tasks, until another unit paragraph', () => {
    const { tasks } = run([
      {
        id: 'III',
        kind: 'muc',
        heading: 'TỔ CHỨC THỰC HIỆN',
        paragraphs: ['Các phòng, đơn vị thuộc Sở có trách nhiệm:'],
        children: [
          { id: 'III.-1', kind: 'bullet', heading: 'Xây dựng kế hoạch thực hiện tại đơn vị.' },
          { id: 'III.-2', kind: 'bullet', heading: 'Báo cáo kết quả thực hiện về Văn phòng Sở trước ngày 15/6/2026.' },
        ],
      },
    ]);
    expect(tasks.map((t) => [t.sectionId, t.lead, t.leadFrom, t.kind, t.reportTo, t.deadlines.map((d) => d.date)])).toEqual([
      ['III.-1', ['Các phòng, đơn vị thuộc Sở'], 'heading', 'assignment', [], []],
      ['III.-2', ['Các phòng, đơn vị thuộc Sở'], 'heading', 'report', ['Văn phòng Sở'], ['2026-06-15']],
    ]);
  });

  it('paragraphs after it, in the same section, are its tasks too', () => {
    const { tasks } = run(inKhoan('Văn phòng Sở có trách nhiệm:', 'Theo dõi, đôn đốc việc triển khai Kế hoạch.', 'Thanh tra Sở có trách nhiệm:', 'Kiểm tra việc thực hiện tại các đơn vị.'));
    expect(tasks.map((t) => [t.text, t.lead, t.leadFrom])).toEqual([
      ['Theo dõi, đôn đốc việc triển khai Kế hoạch.', ['Văn phòng Sở'], 'heading'],
      ['Kiểm tra việc thực hiện tại các đơn vị.', ['Thanh tra Sở'], 'heading'],
    ]);
  });
});

describe('a sentence that names a lead and ends with a colon, before its items', () => {
  // a notice of inspection results (TB 1894/TB-SCT, shared corpus), the third item added
  const specs = (paragraph: string): Spec[] => [
    {
      id: '2',
      kind: 'khoan',
      heading: 'Kiến nghị',
      paragraphs: [paragraph],
      children: [
        { id: '2.-1', kind: 'bullet', heading: 'Đề nghị Công ty tiếp tục tăng cường công tác quản lý, kiểm tra, giám sát đảm bảo thực hiện nổ mìn đúng thiết kế.' },
        { id: '2.-2', kind: 'bullet', heading: 'Tiếp tục thực hiện giám sát việc lập hộ chiếu nổ mìn khoa học, cẩn thận và đầy đủ các nội dung theo quy định.' },
        { id: '2.-3', kind: 'bullet', heading: 'Giao Văn phòng Sở theo dõi, đôn đốc việc thực hiện.' },
      ],
    },
  ];

  it('the items are its lead’s tasks (an item naming its own lead keeps it); the sentence itself is not one', () => {
    const { tasks } = run(specs('Để việc chấp hành quy định của pháp luật về quản lý và sử dụng VLNCN được tốt hơn, Sở Công Thương yêu cầu đơn vị nêu trên thực hiện một số nội dung sau:'));
    expect(tasks.map((t) => [t.sectionId, t.lead, t.leadFrom])).toEqual([
      ['2.-1', ['Công ty'], 'text'],
      ['2.-2', ['đơn vị nêu trên'], 'heading'],
      ['2.-3', ['Văn phòng Sở'], 'text'],
    ]);
  });

  it('a sentence that names no lead gives the items none', () => {
    const { tasks } = run(specs('Để việc chấp hành quy định của pháp luật về quản lý và sử dụng VLNCN được tốt hơn, cần thực hiện một số nội dung sau:'));
    expect(tasks.map((t) => [t.sectionId, t.lead, t.leadFrom])).toEqual([
      ['2.-1', ['Công ty'], 'text'],
      ['2.-3', ['Văn phòng Sở'], 'text'],
    ]);
  });
});

describe('a letter’s request that ends with a colon, before its numbered points (công văn 4378/SCT-CN)', () => {
  const points: Spec[] = [
    {
      id: '1',
      kind: 'khoan',
      heading: 'Hiệu chỉnh Phương án nổ mìn số 01/PANM-MS ngày 14/7/2026 thống nhất với thiết kế được duyệt',
      paragraphs: ['Theo điểm c khoản 1 Điều 39 Luật số 42/2024/QH15, thiết kế khai thác mỏ do chủ đầu tư phê duyệt phải bảo đảm điều kiện về an toàn theo tiêu chuẩn, quy chuẩn kỹ thuật.'],
    },
    { id: '2', kind: 'khoan', heading: 'Rà soát, sửa lỗi số liệu trong Phương án nổ mìn' },
    { id: '3', kind: 'khoan', heading: 'Sở Tài chính', paragraphs: ['Hướng dẫn Công ty nộp phí thẩm định theo quy định.'] },
  ];
  const withPreamble = (preamble: string[]) => {
    const built = layOut(points, { preamble });
    return extractTasks(built.preamble, built.sections, PLAN_2026).tasks;
  };

  it('the points are the tasks of the one asked; a point under a unit of its own keeps it; the request is no task itself', () => {
    const tasks = withPreamble([
      'Kính gửi: Công ty cổ phần Mông Sơn',
      'Qua thẩm định, hồ sơ chưa đủ điều kiện để trình cấp Giấy phép. Sở Công Thương trả lại hồ sơ (gửi kèm theo Công văn này) và đề nghị Công ty hoàn thiện các nội dung sau:',
    ]);
    expect(tasks.map((t) => [t.sectionId, t.lead, t.leadFrom])).toEqual([
      ['1', ['Công ty'], 'heading'],
      ['2', ['Công ty'], 'heading'],
      ['3', ['Sở Tài chính'], 'heading'],
    ]);
  });

  it('a plan’s preamble that ends "… xây dựng Kế hoạch như sau:" asks no one: its sections are not the issuer’s tasks', () => {
    const tasks = withPreamble(['Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2026 của UBND tỉnh, Sở Công Thương xây dựng Kế hoạch thực hiện như sau:']);
    expect(tasks.map((t) => [t.sectionId, t.lead, t.leadFrom])).toEqual([['3', ['Sở Tài chính'], 'heading']]);
  });
});

describe('task tables', () => {
  const TABLE = [
    '| STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Sản phẩm |',
    '|---|---|---|---|---|---|',
    '| I | Cải cách thủ tục hành chính | | | | |',
    '| 1 | Rà soát thủ tục hành chính | Văn phòng Sở | Thanh tra Sở, Phòng Tổ chức cán bộ | Quý II/2026 | Báo cáo |',
    '| 2 | Khảo sát mức độ hài lòng | Phòng Cải cách hành chính chủ trì, phối hợp Văn phòng Sở | | Trước ngày 30/11/2026 | Báo cáo kết quả |',
    '| 3 | Báo cáo tình hình thực hiện | Văn phòng Sở | | Trước ngày 20 hằng tháng | Báo cáo |',
  ];

  it('in an appendix: one task per row, lead and support from their columns, deadlines from the time column', () => {
    const { tasks, warnings } = run([], ['PHỤ LỤC', 'DANH MỤC NHIỆM VỤ', ...TABLE]);
    expect(warnings).toEqual([]);
    expect(tasks.map((t) => [t.sectionId, t.location, t.text, t.lead, t.support, t.leadFrom, t.kind, t.deadlines.map((d) => d.date ?? d.rrule)])).toEqual([
      [null, 'appendix', 'Rà soát thủ tục hành chính', ['Văn phòng Sở'], ['Thanh tra Sở', 'Phòng Tổ chức cán bộ'], 'label', 'assignment', ['2026-06-30']],
      [null, 'appendix', 'Khảo sát mức độ hài lòng', ['Phòng Cải cách hành chính'], ['Văn phòng Sở'], 'label', 'assignment', ['2026-11-30']],
      [null, 'appendix', 'Báo cáo tình hình thực hiện', ['Văn phòng Sở'], [], 'label', 'report', ['FREQ=MONTHLY;BYMONTHDAY=20']],
    ]);
  });

  it('in a section: the rows are tasks of that section, not sentences', () => {
    const { tasks } = run([{ id: 'III', kind: 'muc', heading: 'NHIỆM VỤ CỤ THỂ', paragraphs: TABLE }]);
    expect(tasks.map((t) => [t.sectionId, t.location, t.text])).toEqual([
      ['III', 'body', 'Rà soát thủ tục hành chính'],
      ['III', 'body', 'Khảo sát mức độ hài lòng'],
      ['III', 'body', 'Báo cáo tình hình thực hiện'],
    ]);
  });

  it('a table without a task column is not a task table', () => {
    const { tasks } = run([], ['| STT | Tên đơn vị | Số lượng |', '|---|---|---|', '| 1 | Văn phòng Sở | 12 |']);
    expect(tasks).toEqual([]);
  });
});
