import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/tasks/index.js';
import { isTargetHeading } from '../../src/tasks/targets.js';
import { layOut, type Spec } from '../support/section-specs.js';

function targetsOf(specs: Spec[]) {
  const { doc, sections } = layOut(specs);
  const targets = extractTargets(sections);
  for (const t of targets) expect(doc.slice(t.range.start, t.range.end)).toBe(t.text);
  return targets;
}

const bullets = (id: string, texts: string[]): Spec[] => texts.map((heading, i) => ({ id: `${id}.-${i + 1}`, kind: 'bullet', heading }));

describe('isTargetHeading', () => {
  it.each([
    ['MỘT SỐ CHỈ TIÊU TRỌNG TÂM', true],
    ['MỤC TIÊU, NHIỆM VỤ', true],
    ['MUC TIEU', true],
    ['Mục tiêu cụ thể', true],
    ['Các chỉ tiêu chủ yếu:', true],
    ['**CHỈ TIÊU**', true],
    ['MỤC ĐÍCH, YÊU CẦU', false],
    ['NỘI DUNG VÀ PHƯƠNG PHÁP THỰC HIỆN', false],
    // a sentence that mentions targets is not a target heading
    ['Tập trung thực hiện đạt và vượt nhiệm vụ chủ yếu được cấp trên giao; các mục tiêu, chỉ tiêu phát triển kinh tế - xã hội', false],
  ])('%s → %s', (heading, expected) => {
    expect(isTargetHeading(heading)).toBe(expected);
  });
});

describe('items of a CHỈ TIÊU section (002 II)', () => {
  it('are targets, with value, unit and comparator', () => {
    const targets = targetsOf([
      {
        id: 'II',
        kind: 'muc',
        heading: 'MỘT SỐ CHỈ TIÊU TRỌNG TÂM',
        children: bullets('II', [
          'Trên 80% Phòng thuộc Thanh tra tỉnh đạt tiêu chí Dân vận khéo.',
          'Trên 80% Phòng thuộc Thanh tra tỉnh thực hiện tốt quy chế dân chủ ở cơ sở.',
          'Tiếp tục thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XI).',
          'Tổ chức 02 hội nghị quán triệt trong năm 2025.',
        ]),
      },
    ]);
    expect(targets.map(({ range: _range, ...t }) => t)).toEqual([
      { sectionId: 'II.-1', text: 'Trên 80% Phòng thuộc Thanh tra tỉnh đạt tiêu chí Dân vận khéo.', value: 80, unit: '%', comparator: '>', subject: 'Phòng thuộc Thanh tra tỉnh' },
      { sectionId: 'II.-2', text: 'Trên 80% Phòng thuộc Thanh tra tỉnh thực hiện tốt quy chế dân chủ ở cơ sở.', value: 80, unit: '%', comparator: '>', subject: 'Phòng thuộc Thanh tra tỉnh' },
      // an item without a number is still a target
      { sectionId: 'II.-3', text: 'Tiếp tục thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XI).', value: null, unit: null, comparator: null, subject: null },
      // a count: the thing counted
      { sectionId: 'II.-4', text: 'Tổ chức 02 hội nghị quán triệt trong năm 2025.', value: 2, unit: 'hội nghị', comparator: '=', subject: 'hội nghị quán triệt' },
    ]);
  });

  it('takes paragraphs and nested items, not group headings', () => {
    const targets = targetsOf([
      {
        id: 'I',
        kind: 'muc',
        heading: 'MỤC ĐÍCH, YÊU CẦU',
        children: [
          { id: 'I.1', kind: 'khoan', heading: 'Mục tiêu chung', paragraphs: ['Nâng cao nhận thức và trách nhiệm của người đứng đầu về công tác dân vận.'] },
          {
            id: 'I.2',
            kind: 'khoan',
            heading: 'Mục tiêu cụ thể',
            children: [{ id: 'I.2.a', kind: 'diem', heading: 'Về cải cách hành chính:', children: bullets('I.2.a', ['100% thủ tục hành chính được công khai.']) }],
          },
        ],
      },
    ]);
    expect(targets.map((t) => [t.sectionId, t.text, t.value])).toEqual([
      ['I.1', 'Nâng cao nhận thức và trách nhiệm của người đứng đầu về công tác dân vận.', null],
      ['I.2.a.-1', '100% thủ tục hành chính được công khai.', 100],
    ]);
  });
});

describe('numeric promises anywhere', () => {
  it.each<[string, number, string, string, string | null]>([
    ['Trên 80% Phòng thuộc Thanh tra tỉnh thực hiện tốt công tác dân vận chính quyền.', 80, '%', '>', 'Phòng thuộc Thanh tra tỉnh'],
    ['100% công chức, người lao động được quán triệt Kế hoạch.', 100, '%', '=', 'công chức, người lao động'],
    ['Ít nhất 30% doanh nghiệp được hỗ trợ chuyển đổi số.', 30, '%', '≥', 'doanh nghiệp'],
    ['Phát triển khoảng trên 500ha diện tích trồng rừng.', 500, 'ha', '≈', 'diện tích trồng rừng'],
    ['Phấn đấu tỷ lệ hồ sơ trễ hạn dưới 5% tổng số hồ sơ.', 5, '%', '<', 'tỷ lệ hồ sơ trễ hạn'],
    ['Tỷ lệ hồ sơ giải quyết trễ hạn không quá 2% tổng số hồ sơ.', 2, '%', '≤', 'Tỷ lệ hồ sơ giải quyết trễ hạn'],
    ['Mức độ hài lòng của người dân đạt từ 90% trở lên.', 90, '%', '≥', 'Mức độ hài lòng của người dân'],
    ['Tỷ lệ hài lòng đạt 97,5% trở lên.', 97.5, '%', '≥', 'Tỷ lệ hài lòng'],
    ['Trồng mới 1.500 ha rừng.', 1500, 'ha', '=', 'rừng'],
    ['Giảm tối đa 10% chi phí.', 10, '%', '≤', 'chi phí'],
    // a change with nothing named: no subject
    ['Tăng hơn 15% so với năm 2024.', 15, '%', '>', null],
  ])('%s', (sentence, value, unit, comparator, subject) => {
    const targets = targetsOf([{ id: 'III', kind: 'muc', heading: 'NỘI DUNG', children: [{ id: 'III.1', kind: 'khoan', heading: 'Cải cách hành chính', paragraphs: [`Tiếp tục thực hiện tốt. ${sentence}`] }] }]);
    expect(targets.map(({ range: _range, ...t }) => t)).toEqual([{ sectionId: 'III.1', text: sentence, value, unit, comparator, subject }]);
  });

  it.each([
    'Sơ kết 05 năm thực hiện Chỉ thị số 14-CT/TW ngày 19/7/2017 Ban Bí thư (khóa XII) về tiếp tục tăng cường sự lãnh đạo của Đảng đối với người có công với cách mạng.',
    'Tăng cường ứng dụng dịch vụ công trực tuyến mức độ 3 và 4 trong giải quyết hồ sơ hành chính.',
    'Phòng Nghiệp vụ 3 chủ trì, phối hợp với các Phòng nghiệp vụ 1, 2, 4 thực hiện công tác thanh tra.',
    'Tổ chức 02 hội nghị quán triệt trong năm 2025.',
  ])('no target outside a target section: %s', (sentence) => {
    expect(targetsOf([{ id: 'III', kind: 'muc', heading: 'NỘI DUNG', children: [{ id: 'III.1', kind: 'khoan', heading: sentence }] }])).toEqual([]);
  });
});
