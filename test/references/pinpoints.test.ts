/**
 * Structural pinpoints (điểm / khoản / Điều) attached to the citation they point into. Sentences
 * from fixtures/pdf-fonts/QD-1050…truth.txt (lines joined) and the appendix table of
 * fixtures/documents/qd-1696… (`kh-parse text`, one table line per paragraph, as the pipeline gives
 * it); those marked ISSUE are quoted from issue 5, as no fixture has them.
 */
import { describe, expect, it } from 'vitest';
import { extract, extractOne } from './helpers.js';

function pinpointOf(sentence: string, canonical: string) {
  const { references, text } = extractOne(sentence);
  const ref = references.find((r) => r.canonical === canonical);
  expect(ref, `${canonical} in "${sentence}"`).toBeDefined();
  const mention = ref!.mentions[0]!;
  expect(text.slice(mention.range.start, mention.range.end)).toBe(mention.text);
  return mention.pinpoint;
}

describe('a pinpoint before a citation', () => {
  it.each([
    [
      'Thời hạn kiểm tra không quá 10 ngày làm việc theo quy định tại điểm b Khoản 2 Điều 13 Nghị định số 217/2025/NĐ-CP (Không bao gồm ngày nghỉ, ngày lễ).',
      '217/2025/NĐ-CP',
      { text: 'điểm b Khoản 2 Điều 13', articles: ['13'], clauses: ['2'], points: ['b'] },
    ],
    [
      'Đoàn kiểm tra thực hiện nhiệm vụ và quyền hạn theo quy định tại Điều 8 Nghị định số 217/2025/NĐ-CP ngày 05 tháng 8 năm 2025 của Chính phủ, trong đó tập trung:',
      '217/2025/NĐ-CP',
      { text: 'Điều 8', articles: ['8'], clauses: [], points: [] },
    ],
    // ISSUE
    ['theo khoản 16 Điều I Luật số 146/2025/QH15', '146/2025/QH15', { text: 'khoản 16 Điều I', articles: ['I'], clauses: ['16'], points: [] }],
    ['quy định tại Điều 52 Luật Bảo vệ môi trường', 'Luật Bảo vệ môi trường', { text: 'Điều 52', articles: ['52'], clauses: [], points: [] }],
    [
      'theo điểm a khoản 2 Điều 3 của Nghị định số 35/2022/NĐ-CP',
      '35/2022/NĐ-CP',
      { text: 'điểm a khoản 2 Điều 3', articles: ['3'], clauses: ['2'], points: ['a'] },
    ],
    // lists within a part
    ['tại điểm a, b và c khoản 1, 2 Điều 5 Thông tư số 23/2024/TT-BCT', '23/2024/TT-BCT', { text: 'điểm a, b và c khoản 1, 2 Điều 5', articles: ['5'], clauses: ['1', '2'], points: ['a', 'b', 'c'] }],
  ])('%s', (sentence, canonical, pinpoint) => {
    expect(pinpointOf(sentence, canonical)).toEqual(pinpoint);
  });

  it.each([
    // the document's own articles, and citations without a pinpoint
    ['Chánh Văn phòng Sở, các ông/bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.', null],
    ['Căn cứ Nghị định số 217/2025/NĐ-CP ngày 05/8/2025 của Chính phủ Quy định về hoạt động kiểm tra chuyên ngành;', '217/2025/NĐ-CP'],
    // something between the pinpoint and the citation: not its pinpoint
    ['thực hiện Điều 3 Quyết định này và Nghị định số 217/2025/NĐ-CP', '217/2025/NĐ-CP'],
  ])('none: %s', (sentence, canonical) => {
    const { references } = extractOne(sentence);
    if (canonical === null) expect(references).toEqual([]);
    else expect(references.find((r) => r.canonical === canonical)!.mentions[0]!.pinpoint).toBeNull();
  });
});

describe('in an appendix table (qd-1696): cells wrap over lines', () => {
  const basis: [string, 'basis', null][] = [
    ['Căn cứ Nghị định số 105/2025/NĐ-CP ngày 15/5/2025 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ;', 'basis', null],
    ['Căn cứ Thông tư số 15/2026/TT-BCT ngày 25/3/2026 của Bộ trưởng Bộ Công Thương sửa đổi, bổ sung một số điều;', 'basis', null],
  ];
  const table: [string, 'appendix', null][] = [
    'PHỤ LỤC:',
    'DANH MỤC NHIỆM VỤ QUYỀN HẠN TRONG LĨNH VỰC AN TOÀN VỆ SINH LAO ĐỘNG;',
    '2, loại 3, loại 4, loại 9 theo quy định tại điểm b, điểm e khoản 4, khoản 6',
    'Điều 44 Nghị định số 105/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật',
    'Phòng cháy, chữa cháy và cứu nạn, cứu hộ',
    'Khoản 2 Điều 3',
    'Thông tư số',
    '15/2026/TT-BCT ngày 25/3/2026 của Bộ Công',
    'Thương',
    'Cấp lại Giấy phép vận chuyển hàng hóa nguy hiểm loại 1 (trừ vật liệu nổ công nghiệp, tiền chất thuốc nổ), 2, 3, 4, 9',
  ].map((t) => [t, 'appendix', null]);
  const { references, warnings, text } = extract([...basis, ...table]);
  const get = (c: string) => references.find((r) => r.canonical === c)!;

  it('pinpoints across line breaks, mentions with their appendix', () => {
    expect(get('105/2025/NĐ-CP').mentions.map((m) => [m.location, m.appendix, m.pinpoint?.text ?? null])).toEqual([
      ['basis', null, null],
      ['appendix', 'PHỤ LỤC', 'điểm b, điểm e khoản 4, khoản 6 Điều 44'],
    ]);
    expect(get('105/2025/NĐ-CP').mentions[1]!.pinpoint).toMatchObject({ articles: ['44'], clauses: ['4', '6'], points: ['b', 'e'] });
    expect(get('15/2026/TT-BCT').mentions.map((m) => [m.text, m.pinpoint?.text ?? null])).toEqual([
      ['Thông tư số 15/2026/TT-BCT', null],
      ['Thông tư số\n15/2026/TT-BCT', 'Khoản 2 Điều 3'],
    ]);
    for (const r of references) for (const m of r.mentions) expect(text.slice(m.range.start, m.range.end)).toBe(m.text);
  });

  it('a law name broken after "Luật" is the same law', () => {
    expect(get('Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ').mentions.map((m) => m.location)).toEqual(['basis', 'appendix']);
  });

  it('an issuer broken over two lines ("Bộ Công" ⏎ "Thương") fits its code: no warning', () => {
    expect(warnings).toEqual([]);
    expect(get('15/2026/TT-BCT').issuer).toBe('Bộ trưởng Bộ Công Thương');
  });
});

describe('an issuer broken over two lines of an appendix table, the next cell run on after it (../shared/corpus/Phieu-trinh, as OCR reads it)', () => {
  const { references, warnings } = extract(
    [
      'PHỤ LỤC',
      'Đánh giá việc tính toán, lựa chọn thông số nổ mìn',
      'Điều 34, QCVN 01:2019/BCT của Bộ',
      'Công Thương Khoảng cách từ vị trí',
      'Đạt',
    ].map((t) => [t, 'appendix', null]),
  );

  it('ends the issuer where the name its code stands for ends, before the capital of the next cell', () => {
    expect(references.map((r) => [r.canonical, r.issuer])).toEqual([['QCVN 01:2019/BCT', 'Bộ Công Thương']]);
    expect(warnings).toEqual([]);
  });
});
