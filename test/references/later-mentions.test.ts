/**
 * Later mentions: short forms and aliases resolve to the full citation, or stay out with a reason;
 * the document itself is never cited. Fixture sentences from fixtures/pdf-fonts/*.truth.txt; those
 * marked ISSUE are the forms quoted in issue 5 (no fixture has a short form or a document alias).
 */
import { describe, expect, it } from 'vitest';
import { extract, extractOne } from './helpers.js';

describe('aliases (sau đây gọi tắt là …)', () => {
  // ISSUE
  const { references, warnings, text } = extract([
    [
      'Căn cứ Nghị định số 35/2022/NĐ-CP ngày 28/5/2022 của Chính phủ quy định về quản lý khu công nghiệp và khu kinh tế (sau đây gọi tắt là Nghị định 35);',
      'basis',
      null,
    ],
    ['Rà soát các dự án theo khoản 2 Điều 9 Nghị định 35 và báo cáo trước ngày 15/6/2025.', 'body', 'II.1'],
    ['(1) Danh mục tại Phụ lục I NGHỊ ĐỊNH 35.', 'footnote', 'II.1'],
  ]);

  it('every later use is a mention of the document, with its pinpoint', () => {
    expect(references).toHaveLength(1);
    expect(references[0]).toMatchObject({ canonical: '35/2022/NĐ-CP', date: '2022-05-28', issuer: 'Chính phủ' });
    expect(references[0]!.mentions.map((m) => [m.form, m.text, m.location, m.pinpoint?.text ?? null])).toEqual([
      ['full', 'Nghị định số 35/2022/NĐ-CP', 'basis', null],
      ['alias', 'Nghị định 35', 'body', 'khoản 2 Điều 9'],
      ['alias', 'NGHỊ ĐỊNH 35', 'footnote', null],
    ]);
    for (const m of references[0]!.mentions) expect(text.slice(m.range.start, m.range.end)).toBe(m.text);
    expect(warnings).toEqual([]);
  });

  it.each([
    // TB-1894: the parenthesis names the inspection team, not the decision
    'Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công Thương (sau đây viết tắt là Đoàn kiểm tra) về việc tiến hành kiểm tra. Đoàn kiểm tra làm việc với các đơn vị.',
    // QD-1050: an abbreviation inside the subject
    'Căn cứ Thông tư số 23/2024/TT-BCT ngày 07/11/2024 của Bộ trưởng Bộ Công Thương quy định về quản lý, sử dụng vật liệu nổ công nghiệp (viết tắt là VLNCN), tiền chất thuốc nổ; kho VLNCN',
  ])('not a document alias: %s', (sentence) => {
    const { references } = extractOne(sentence);
    expect(references).toHaveLength(1);
    expect(references[0]!.mentions.map((m) => m.form)).toEqual(['full']);
  });
});

describe('short forms', () => {
  it('"Nghị định 35" without "số" joins the one Nghị định 35 (ISSUE)', () => {
    const { references } = extract([
      ['Căn cứ Nghị định số 35/2022/NĐ-CP ngày 28/5/2022 của Chính phủ;', 'basis', null],
      ['Triển khai Nghị định 35 đến các doanh nghiệp.', 'body', 'I.1'],
    ]);
    expect(references.map((r) => r.mentions.map((m) => [m.form, m.text]))).toEqual([
      [
        ['full', 'Nghị định số 35/2022/NĐ-CP'],
        ['short', 'Nghị định 35'],
      ],
    ]);
  });

  it('where two documents fit, stays unresolved with a warning at its place', () => {
    const sentence = 'Chỉ thị số 13/CT-TTg và Chỉ thị số 13-CT/TU; thực hiện Chỉ thị số 13';
    const { references, warnings } = extractOne(sentence);
    expect(references.map((r) => r.mentions.length)).toEqual([1, 1]);
    const at = sentence.lastIndexOf('Chỉ thị số 13');
    expect(warnings).toEqual([
      {
        code: 'references/ambiguous-short-form',
        message: '"Chỉ thị số 13" can mean 13/CT-TTg or 13-CT/TU: it is left unresolved',
        range: { start: at, end: at + 'Chỉ thị số 13'.length },
      },
    ]);
  });

  it('a "số" form that fits nothing is reported; a bare "type + number" is not', () => {
    const { references, warnings } = extractOne('Triển khai Chỉ thị số 13 và Chương trình 135 đến toàn thể công chức.');
    expect(references).toEqual([]);
    expect(warnings.map((w) => [w.code, w.message])).toEqual([
      ['references/unresolved-short-form', '"Chỉ thị số 13" names no document that this plan cites in full, so it is not among the references'],
    ]);
  });

  it('a body short form finds its full citation in a footnote (footnotes come last)', () => {
    const { references, warnings } = extract([
      ['Tổ chức quán triệt Chỉ thị số 33 đến toàn thể công chức.', 'body', 'II.1'],
      ['(1) Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ', 'footnote', 'II.1'],
    ]);
    expect(warnings).toEqual([]);
    expect(references[0]!.mentions.map((m) => [m.form, m.location])).toEqual([
      ['short', 'body'],
      ['full', 'footnote'],
    ]);
  });
});

describe('the document itself', () => {
  it('its own number in its appendix heading is not a citation (QD-1050)', () => {
    const self = { type: 'Quyết định', number: '1050', symbol: 'QĐ-SCT' };
    const { references } = extract(
      [
        ['Căn cứ Quyết định số 05/2025/QĐ-UBND ngày 01/7/2025 của UBND tỉnh Lào Cai;', 'basis', null],
        ['Phụ lục: DANH SÁCH CÁC ĐƠN VỊ KIỂM TRA', 'unplaced', null],
        ['(Kèm theo Quyết định số: 1050 /QĐ-SCT ngày 06 /3/2025 của Sở Công Thương)', 'unplaced', null],
      ],
      self,
    );
    expect(references.map((r) => r.canonical)).toEqual(['05/2025/QĐ-UBND']);
  });

  it('nor a short form of it, and "Kế hoạch này" never', () => {
    const self = { type: 'Kế hoạch', number: '45', symbol: 'KH-SCT' };
    const { references, warnings } = extract([['Các phòng triển khai Kế hoạch số 45 và Kế hoạch này.', 'body', 'III.1']], self);
    expect(references).toEqual([]);
    expect(warnings).toEqual([]);
  });
});
