/**
 * Units a document lists before it refers to them as a group (src/tasks/listed-units.ts). The first
 * line is thông báo 1894/TB-SCT's (shared corpus); the others are written in its style.
 */
import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../src/document/blocks.js';
import { listedUnitsFor, unitLists } from '../../src/tasks/listed-units.js';

const TB_1894 =
  '- Qua quá trình kiểm tra việc chấp hành quy định của pháp luật trong bảo quản, sử dụng vật liệu nổ công nghiệp của các đơn vị: Công ty cổ phần Xây dựng giao thông Yên Bái (Gói thầu số 13: Thi công công trình nối Quốc lộ 32 với cao tốc Nội Bài - Lào Cai (IC14) đoạn thi công từ Km0 - Km2+571 và khu tái định cư 1, phường Trung Tâm và xã Liên Sơn, tỉnh Lào Cai); Tổng công ty Xây dựng Trường Sơn (Gói thầu số 16 lý trình Km26+793÷ Km30+00 thuộc dự án công trình đường kết nối Mường La, Than Uyên, Tân Uyên, Mù Cang Chải, tỉnh Lào Cai); Công ty TNHH Hiệp Phú (Gói thầu số 15 thi công công trình đường kết nối Mường La, Than Uyên, Tân Uyên, Mù Cang Chải, tỉnh Lào Cai) cho thấy các đơn vị cơ bản đã chấp hành tương đối tốt các quy định của pháp luật.';

function blocks(...texts: string[]): TextBlock[] {
  let start = 0;
  return texts.map((text) => {
    const block: TextBlock = { text, start, sectionId: null, location: 'body', isHeading: false };
    start += text.length + 1;
    return block;
  });
}

describe('unitLists', () => {
  it.each<[string, string[], string[][]]>([
    ['units separated by ";", each with its works in brackets (brackets inside brackets too)', [TB_1894], [['Công ty cổ phần Xây dựng giao thông Yên Bái', 'Tổng công ty Xây dựng Trường Sơn', 'Công ty TNHH Hiệp Phú']]],
    ['units separated by "," and "và", up to the end of the sentence', ['Đoàn đã làm việc với các cơ quan sau: Sở Y tế, Sở Xây dựng và UBND huyện Bảo Thắng. Các cơ quan đã chuẩn bị đầy đủ hồ sơ.'], [['Sở Y tế', 'Sở Xây dựng', 'UBND huyện Bảo Thắng']]],
    ['one unit at the head of each paragraph after a colon that ends its own', ['Đoàn kiểm tra đã kiểm tra các doanh nghiệp sau:', '- Công ty TNHH Hiệp Phú (kho VLNCN tại xã Liên Sơn);', '- Công ty cổ phần Mông Sơn.', 'Kết quả kiểm tra như sau:'], [['Công ty TNHH Hiệp Phú', 'Công ty cổ phần Mông Sơn']]],
    ['"Các … được kiểm tra gồm:" at the start of a sentence', ['Các cơ sở được kiểm tra gồm: Công ty TNHH Hiệp Phú; Công ty cổ phần Mông Sơn.'], [['Công ty TNHH Hiệp Phú', 'Công ty cổ phần Mông Sơn']]],
    ['a colon before what is not a unit: no list', ['Yêu cầu các đơn vị: tăng cường công tác kiểm tra, giám sát.'], []],
    ['a colon before contents: no list', ['Sở Công Thương đề nghị các đơn vị thực hiện các nội dung sau:', '- Tăng cường rà soát, bổ sung biển báo.'], []],
    ['no group noun before the colon: no list', ['Nội dung làm việc: Công ty TNHH Hiệp Phú báo cáo kết quả.'], []],
    ['a letter to several, on one line', ['Kính gửi: Công ty TNHH Hiệp Phú; Công ty cổ phần Mông Sơn'], [['Công ty TNHH Hiệp Phú', 'Công ty cổ phần Mông Sơn']]],
    [
      'a letter to several, one a line, to the one that ends with a full stop',
      ['Kính gửi:', '- Công ty TNHH Hiệp Phú;', '- Tổng công ty Xây dựng Trường Sơn.', 'Sở Công Thương nhận được báo cáo của các Công ty.'],
      [['Công ty TNHH Hiệp Phú', 'Tổng công ty Xây dựng Trường Sơn']],
    ],
  ])('%s', (_, texts, expected) => {
    expect(unitLists(blocks(...texts)).map((l) => l.units)).toEqual(expected);
  });

  it('says where a list is written', () => {
    const [list] = unitLists(blocks('Mở đầu.', TB_1894));
    expect(list!.at).toBe('Mở đầu.'.length + 1 + TB_1894.indexOf('Công ty cổ phần'));
  });
});

describe('listedUnitsFor', () => {
  const lists = [
    { at: 10, units: ['Sở Y tế', 'Sở Xây dựng'] },
    { at: 100, units: ['Công ty TNHH Hiệp Phú', 'Tổng công ty Xây dựng Trường Sơn', 'UBND xã Liên Sơn'] },
  ];
  it.each<[string, number, string[] | null]>([
    ['đơn vị nêu trên', 200, ['Công ty TNHH Hiệp Phú', 'Tổng công ty Xây dựng Trường Sơn', 'UBND xã Liên Sơn']],
    ['các đơn vị trên', 50, ['Sở Y tế', 'Sở Xây dựng']],
    ['các doanh nghiệp được kiểm tra', 200, ['Công ty TNHH Hiệp Phú', 'Tổng công ty Xây dựng Trường Sơn', 'UBND xã Liên Sơn']],
    ['Công ty', 200, ['Công ty TNHH Hiệp Phú', 'Tổng công ty Xây dựng Trường Sơn']],
    ['các công ty nêu trên', 200, ['Công ty TNHH Hiệp Phú', 'Tổng công ty Xây dựng Trường Sơn']],
    ['Quý Công ty', 200, ['Công ty TNHH Hiệp Phú', 'Tổng công ty Xây dựng Trường Sơn']],
    ['Quý cơ quan', 50, ['Sở Y tế', 'Sở Xây dựng']],
    ['Công ty', 50, null],
    ['đơn vị nêu trên', 5, null],
    ['các đơn vị', 200, null],
    ['Sở Tài chính', 200, null],
  ])('%s at %i', (name, at, expected) => {
    expect(listedUnitsFor(name, at, lists)).toEqual(expected);
  });
});

describe('a text made of list introductions', () => {
  it('each list stops at its window: 4,000 characters of a sentence, 100 paragraphs', () => {
    const many = Array.from({ length: 2000 }, () => 'Đoàn đã làm việc với các đơn vị: Sở Y tế, Sở Xây dựng và UBND huyện Bảo Thắng cùng').join(' ');
    const lists = unitLists(blocks(many));
    expect(lists).toHaveLength(2000);
    expect(lists[0]!.units.slice(0, 2)).toEqual(['Sở Y tế', 'Sở Xây dựng']);
    const paragraphs = unitLists(blocks(...Array.from({ length: 3000 }, () => 'các đơn vị:')));
    expect(paragraphs.every((l) => l.units.length <= 100)).toBe(true);
  });
});
