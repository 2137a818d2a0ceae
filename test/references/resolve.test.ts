/**
 * Resolution: merging mentions into references, fields from the fullest mention, short forms,
 * relation, ids and ranges, and the warnings about inconsistent citations.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../src/references/index.js';
import { CONTEXT, document } from './helpers.js';

describe('merging', () => {
  // fixtures/plans/000: 3225/QĐ-UBND three times, one of them with a run-on clause after the subject
  const doc = document([
    ['Đồng Nai theo Quyết định số 3225/QĐ-UBND ngày 12/9/2018 của UBND tỉnh.', 'body', 'II.2.d'],
    [
      'Đồng thời, thực hiện nghiêm Quyết định số 3225/QĐ-UBND ngày 12/9/2018 của UBND tỉnh về tổ chức đánh giá, xếp loại công tác dân vận của cơ quan nhà nước và các đơn vị sự nghiệp công lập trên địa bàn tỉnh để việc tổng hợp, xếp loại, đánh giá cuối năm đúng thời gian quy định.',
      'body',
      'III.2',
    ],
    [
      'theo Quyết định số 3225/QĐ-UBND ngày 12/9/2018 của UBND tỉnh về tổ chức đánh giá, xếp loại công tác dân vận của cơ quan nhà nước và các đơn vị sự nghiệp công lập trên địa bàn tỉnh.',
      'body',
      'III.2',
    ],
  ]);

  it('the same canonical is one reference with every mention', () => {
    const { references, warnings } = extractReferences(doc.blocks, CONTEXT);
    expect(warnings).toEqual([]);
    expect(references).toHaveLength(1);
    expect(references[0]).toMatchObject({
      id: 'ref-1',
      type: 'Quyết định',
      canonical: '3225/QĐ-UBND',
      date: '2018-09-12',
      issuer: 'UBND tỉnh',
      issuerFrom: 'text',
      relation: 'cited',
      // the fullest mentions tie; the shorter subject is the one without the run-on clause
      subject:
        'tổ chức đánh giá, xếp loại công tác dân vận của cơ quan nhà nước và các đơn vị sự nghiệp công lập trên địa bàn tỉnh',
    });
    expect(references[0]!.mentions.map((m) => [m.sectionId, m.location, m.text])).toEqual([
      ['II.2.d', 'body', 'Quyết định số 3225/QĐ-UBND'],
      ['III.2', 'body', 'Quyết định số 3225/QĐ-UBND'],
      ['III.2', 'body', 'Quyết định số 3225/QĐ-UBND'],
    ]);
  });

  it('mention ranges are document offsets', () => {
    const { references } = extractReferences(doc.blocks, CONTEXT);
    for (const m of references[0]!.mentions) expect(doc.text.slice(m.range.start, m.range.end)).toBe(m.text);
  });

  it('a later mention without date takes the fields of the full one; typos merge', () => {
    const { references } = extractReferences(
      document([
        ['Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW;', 'body', 'III.1'],
        ['theo Kết luận số 01/KL/TW và Kế hoạch số 31-KH/TU', 'body', 'III.2'],
      ]).blocks,
      CONTEXT,
    );
    expect(references.map((r) => [r.id, r.canonical, r.date, r.issuer, r.mentions.length])).toEqual([
      ['ref-1', '01-KL/TW', '2021-05-18', 'Bộ Chính trị', 2],
      ['ref-2', '05-CT/TW', null, null, 1],
      ['ref-3', '31-KH/TU', null, 'Tỉnh ủy', 1],
    ]);
    expect(references[0]!.mentions[1]!.text).toBe('Kết luận số 01/KL/TW');
  });

  it('"basis" when any mention is in the basis paragraph', () => {
    const { references } = extractReferences(
      document([
        [
          'Thực hiện công văn số 4973/UBND-NCKSTTHC ngày 29/12/2021 của UBND tỉnh về triển khai thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ, Sở Kế hoạch và Đầu tư xây dựng Kế hoạch thực hiện năm 2022 như sau:',
          'basis',
          null,
        ],
        ['(1) Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tiếp tục', 'footnote', null],
        ['theo kế hoạch số 4598/KH-SKHĐT ngày 01/9/2021.', 'body', 'II.3'],
      ]).blocks,
      CONTEXT,
    );
    expect(references.map((r) => [r.canonical, r.relation, r.mentions.map((m) => m.location)])).toEqual([
      ['4973/UBND-NCKSTTHC', 'basis', ['basis']],
      ['33/CT-TTg', 'basis', ['basis', 'footnote']],
      ['4598/KH-SKHĐT', 'cited', ['body']],
    ]);
  });
});

describe('short forms', () => {
  it('"Chỉ thị số 13" joins the one earlier Chỉ thị 13 (DOMAIN)', () => {
    const { references } = extractReferences(
      document([
        ['CHỈ THỊ SỐ 13/CT-TTG ngày 10/6/2024 của Thủ tướng Chính phủ', 'basis', null],
        ['Triển khai Chỉ thị số 13 đến toàn thể công chức.', 'body', 'II.1'],
      ]).blocks,
      CONTEXT,
    );
    expect(references).toHaveLength(1);
    expect(references[0]!.mentions.map((m) => m.text)).toEqual(['CHỈ THỊ SỐ 13/CT-TTG', 'Chỉ thị số 13']);
  });

  it('abstains when there is no earlier candidate or more than one', () => {
    const none = extractReferences(document([['Triển khai Chỉ thị số 13 đến toàn thể công chức.', 'body', null]]).blocks, CONTEXT);
    expect(none.references).toEqual([]);
    const two = extractReferences(
      document([['Chỉ thị số 13/CT-TTg và Chỉ thị số 13-CT/TU; thực hiện Chỉ thị số 13', 'body', null]]).blocks,
      CONTEXT,
    );
    expect(two.references.map((r) => r.mentions.length)).toEqual([1, 1]);
  });
});

describe('warnings', () => {
  it('the same symbol with two dates → references/conflicting-dates at the later date', () => {
    const text =
      'Kế hoạch số 31-KH/TU ngày 19/3/2021 của Ban Thường vụ Tỉnh ủy; Kế hoạch số 31-KH/TU ngày 19/3/2022; Kế hoạch số 31-KH/TU ngày 19/03/2021';
    const { references, warnings } = extractReferences(document([[text, 'body', null]]).blocks, CONTEXT);
    expect(references).toHaveLength(1);
    expect(references[0]!.date).toBe('2021-03-19');
    const at = text.indexOf('19/3/2022');
    expect(warnings).toEqual([
      {
        code: 'references/conflicting-dates',
        message: '31-KH/TU is cited with the date "19/3/2022" in "Kế hoạch số 31-KH/TU", but with "19/3/2021" in "Kế hoạch số 31-KH/TU"',
        range: { start: at, end: at + '19/3/2022'.length },
      },
    ]);
  });

  it('an issuer code that contradicts the written issuer → references/issuer-mismatch', () => {
    // fixtures/plans/001, footnote (1)
    const text =
      'Tiếp tục phổ biến, quán triệt nội dung Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TU ngày 12/12/2013 của Bộ Chính trị khóa XI;';
    const { warnings } = extractReferences(document([[text, 'footnote', null]]).blocks, CONTEXT);
    const at = text.indexOf('Quyết định số 218');
    expect(warnings).toEqual([
      {
        code: 'references/issuer-mismatch',
        message: '"Quyết định số 218-QĐ/TU" has the issuer code "TU" (Tỉnh ủy), but the issuer written is "Bộ Chính trị"',
        range: { start: at, end: at + 'Quyết định số 218-QĐ/TU'.length },
      },
    ]);
  });

  it('issuers that fit their code raise nothing', () => {
    const text =
      'Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ; Kế hoạch số 31-KH/TU ngày 19/3/2021 của Ban Thường vụ Tỉnh ủy; Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư; Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XI); Quyết định số 3225/QĐ-UBND ngày 12/9/2018 của UBND tỉnh';
    expect(extractReferences(document([[text, 'body', null]]).blocks, CONTEXT).warnings).toEqual([]);
  });

  it('an invalid date is reported once per place it is written', () => {
    // fixtures/plans/002 writes the same wrong year twice
    const doc = document([
      ['- Đẩy mạnh công tác tuyên truyền theo Nghị quyết số 18-NQ/TW ngày 25/10/20217 của Ban chấp hành Trung ương Đảng khóa XII về định hướng sắp xếp.', 'body', 'III.2'],
      ['- *Giao Văn phòng tham mưu công tác cải cách hành chính; tuyên truyền thực hiện sắp xếp, tinh gọn tổ chức bộ máy của cơ quan theo Nghị quyết số 18-NQ/TW ngày 25/10/20217*', 'body', 'III.2'],
    ]);
    const { warnings } = extractReferences(doc.blocks, CONTEXT);
    expect(warnings.map((w) => [w.code, doc.text.slice(w.range!.start, w.range!.end)])).toEqual([
      ['references/invalid-date', '25/10/20217'],
      ['references/invalid-date', '25/10/20217'],
    ]);
  });
});

describe('invariants', () => {
  const pieces = [
    'Kế hoạch số 31-KH/TU',
    ' ngày 19/3/2021',
    ' ngày 31/2/2022',
    ' của Ban Thường vụ Tỉnh ủy',
    ' (khóa XI)',
    ' về “Tăng cường”',
    ' và ',
    ', ',
    '; ',
    'Quyết định số 217-QĐ/TW',
    '218-QĐ-TW',
    'Luật Phòng, chống tham nhũng',
    ' số 10/2022/QH15',
    'Chỉ thị số 13',
    '13/CT-TTg',
    'Số: ',
    '(',
    ')',
    '.',
    ' ',
  ];
  it('ranges slice to the mention text, ids are sequential, warnings fall inside the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (a, b) => {
        const doc = document([
          [a.join(''), 'basis', null],
          [b.join(''), 'body', 'I.1'],
        ]);
        const { references, warnings } = extractReferences(doc.blocks, CONTEXT);
        references.forEach((r, i) => {
          expect(r.id).toBe(`ref-${i + 1}`);
          expect(r.mentions.length).toBeGreaterThan(0);
          for (const m of r.mentions) expect(doc.text.slice(m.range.start, m.range.end)).toBe(m.text);
        });
        const firsts = references.map((r) => r.mentions[0]!.range.start);
        expect([...firsts].sort((x, y) => x - y)).toEqual(firsts);
        for (const w of warnings) {
          expect(w.range!.start).toBeGreaterThanOrEqual(0);
          expect(w.range!.end).toBeLessThanOrEqual(doc.text.length);
        }
      }),
      { seed: 20250305, numRuns: 300 },
    );
  });
});
