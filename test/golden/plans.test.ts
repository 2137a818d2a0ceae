/**
 * Acceptance: what a careful reader finds in each seed plan, written down by reading the
 * documents (fixtures/plans/*.txt), checked for the text and for the PDF of the same plan.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import type { KhPlan, Section } from '../../src/output/schema.js';

interface Expected {
  document: Partial<KhPlan['document']>;
  topSections: [string, string][];
  /** type, canonical, ISO date (null when the plan gives none), issuer */
  references: [string, string, string | null, string | null][];
  basis: string[];
  signature: { authority: string | null; titles: string[]; name: string | null } | null;
  recipients: string[];
  numberingWarnings: string[];
}

const PLANS: Record<string, Expected> = {
  '000-sct-dan-van-2022': {
    document: { type: 'Kế hoạch', typeInferred: true, issuer: { name: 'Sở Công Thương', key: 'sở công thương', parent: null, inferred: true }, period: { year: 2022, quarter: null } },
    topSections: [
      ['I', 'MỤC ĐÍCH, YÊU CẦU'],
      ['II', 'NỘI DUNG VÀ GIẢI PHÁP THỰC HIỆN'],
      ['III', 'TỔ CHỨC THỰC HIỆN'],
    ],
    references: [
      ['Kế hoạch', '73/KH-UBND', '2022-03-31', 'UBND tỉnh Đồng Nai'],
      ['Nghị định', '04/2015/NĐ-CP', '2015-01-09', 'Chính phủ'],
      ['Nghị quyết', '25-NQ/TW', null, 'Ban Chấp hành Trung ương Đảng'],
      ['Kết luận', '114-KL/TW', '2015-07-14', 'Ban Bí thư'],
      ['Chỉ thị', '33/CT-TTg', '2021-11-26', 'Thủ tướng Chính phủ'],
      ['Kết luận', '77-KL/TU', '2017-01-25', 'Tỉnh ủy'],
      ['Kế hoạch', '31-KH/TU', '2021-03-19', 'Ban Thường vụ Tỉnh ủy'],
      ['Quy chế', '14-QC/TU', '2022-02-10', 'Ban Thường vụ Tỉnh ủy'],
      ['Quyết định', '217-QĐ/TW', '2013-12-12', 'Bộ Chính trị'],
      ['Quyết định', '218-QĐ/TW', '2013-12-12', 'Bộ Chính trị'],
      ['Kết luận', '01-KL/TW', '2021-05-18', 'Bộ Chính trị'],
      ['Chỉ thị', '05-CT/TW', '2016-05-15', 'Bộ Chính trị'],
      ['Quyết định', '99-QĐ/TW', '2017-10-03', 'Ban Bí thư Trung ương Đảng'],
      ['Kế hoạch', '164-KH/TU', null, 'Tỉnh ủy'],
      ['Quyết định', '728-QĐ/TU', '2014-09-12', 'Tỉnh ủy'],
      ['Quyết định', '729-QĐ/TU', '2014-09-12', 'Tỉnh ủy'],
      ['Hướng dẫn', '02-HD/TU', null, 'Tỉnh ủy'],
      ['Thông tri', '37-TT/TU', null, 'Ban Thường vụ Tỉnh ủy'],
      ['Chỉ thị', '14-CT/TW', '2017-07-19', 'Ban Bí thư'],
      ['Chỉ thị', '10-CT/TW', '2016-12-15', 'Ban Bí thư'],
      ['Chỉ thị', '17-CT/TW', '2012-08-28', 'Bộ Chính trị'],
      ['Chỉ thị', '55-CT/TU', '2020-04-27', 'Ban Thường vụ Tỉnh ủy'],
      ['Nghị quyết', '24-NQ/TW', '2003-03-12', 'Ban Chấp hành Trung ương Đảng'],
      ['Kế hoạch', '363/KH-TTCP', '2019-03-20', 'Thanh tra Chính phủ'],
      ['Kế hoạch', '273-KH/TU', '2015-05-18', 'Tỉnh ủy'],
      ['Quyết định', '1164/QĐ-UBND', '2019-04-19', 'Ủy ban nhân dân'],
      ['Quyết định', '2466/QĐ-UBND', '2021-07-21', 'Ủy ban nhân dân'],
      ['Chỉ thị', '35-CT/TW', '2014-05-26', 'Bộ Chính trị'],
      ['Chỉ thị', '22-CT/TU', '2014-04-29', 'Ban Thường vụ Tỉnh ủy'],
      ['Nghị định', '145/2020/NĐ-CP', '2020-12-14', 'Chính phủ'],
      ['Quyết định', '3225/QĐ-UBND', '2018-09-12', 'UBND tỉnh'],
      ['Chỉ thị', '06-CT/TU', null, 'Ban Thường vụ Tỉnh ủy'],
    ],
    basis: ['73/KH-UBND'],
    signature: { authority: null, titles: ['GIÁM ĐỐC'], name: 'Trương Thị Mỹ Dung' },
    recipients: ['Các phòng, các đơn vị thuộc Sở', 'Ban Lãnh đạo Sở', 'Lưu: VT, VP'],
    // the plan really has two "d)" in II.2 and two "2." in III
    numberingWarnings: ['"d)" is numbered the same as the item before it', '"2." is numbered the same as the item before it'],
  },
  '001-skhdt-dan-van-2022': {
    document: { type: 'Kế hoạch', title: 'Triển khai thực hiện công tác dân vận năm 2022', issuer: { name: 'Sở Kế hoạch và Đầu tư', key: 'sở kế hoạch và đầu tư', parent: null, inferred: true }, number: null, date: null },
    topSections: [
      ['I', 'MỤC ĐÍCH YÊU CẦU'],
      ['II', 'NỘI DUNG THỰC HIỆN'],
      ['III', 'TỔ CHỨC THỰC HIỆN'],
    ],
    references: [
      ['Công văn', '4973/UBND-NCKSTTHC', '2021-12-29', 'UBND tỉnh'],
      ['Chỉ thị', '33/CT-TTg', '2021-11-26', 'Thủ tướng Chính phủ'],
      ['Kế hoạch', '4598/KH-SKHĐT', '2021-09-01', 'Sở Kế hoạch và Đầu tư'],
      // footnote (1)
      ['Công văn', '4685/UBND-SNV', '2015-12-22', 'Ủy ban nhân dân'],
      ['Chỉ thị', '03-CT/TU', null, 'Ban Thường vụ Tỉnh ủy'],
      ['Chỉ thị', '49-CT/TW', null, 'Ban Bí thư Trung ương Đảng'],
      ['Quyết định', '217-QĐ/TW', '2013-12-12', 'Bộ Chính trị'],
      ['Quyết định', '218-QĐ/TU', '2013-12-12', 'Bộ Chính trị'],
      ['Quy định', '1415-QĐ/TU', '2014-08-19', 'Ban Thường vụ Tỉnh ủy'],
      ['Hướng dẫn', '08-HD/TU', '2014-08-19', 'Ban Thường vụ Tỉnh ủy'],
    ],
    basis: ['4973/UBND-NCKSTTHC', '33/CT-TTg'],
    // this plan as published has no signature block
    signature: null,
    recipients: ['Ban Dân vận Tỉnh ủy', 'Các Phòng, đơn vị trực thuộc', 'Lưu:VT,VP.Long (03)'],
    numberingWarnings: [],
  },
  '002-thanh-tra-dan-van-2025': {
    document: {
      type: 'Kế hoạch',
      number: null,
      symbol: 'KH-TT',
      place: 'Đồng Nai',
      date: { raw: 'ngày tháng 3 năm 2025', iso: null, year: 2025, month: 3, day: null },
      title: 'Thực hiện công tác Dân vận chính quyền năm 2025',
      issuer: { name: 'Thanh tra tỉnh', key: 'thanh tra tỉnh', parent: null, inferred: true },
      period: { year: 2025, quarter: null },
    },
    topSections: [
      ['I', 'MỤC ĐÍCH, YÊU CẦU'],
      ['II', 'MỘT SỐ CHỈ TIÊU TRỌNG TÂM'],
      ['III', 'NỘI DUNG VÀ PHƯƠNG PHÁP THỰC HIỆN'],
      ['IV', 'TỔ CHỨC THỰC HIỆN'],
    ],
    references: [
      ['Kế hoạch', '68/KH-UBND', '2025-02-25', 'UBND tỉnh'],
      ['Luật', 'Luật Thực hiện dân chủ ở cơ sở', null, null],
      ['Nghị quyết', '25-NQ/TW', null, 'Ban Chấp hành Trung ương Đảng'],
      ['Kết luận', '114-KL/TW', '2015-07-14', 'Ban Bí thư'],
      ['Chỉ thị', '33/CT-TTg', '2021-11-26', 'Thủ tướng Chính phủ'],
      ['Kết luận', '77-KL/TU', '2017-01-25', 'Tỉnh ủy'],
      ['Kế hoạch', '31-KH/TU', '2021-03-19', 'Ban Thường vụ Tỉnh ủy'],
      ['Quy chế', '14-QC/TU', '2022-02-10', 'Ban Thường vụ Tỉnh ủy'],
      ['Quy chế', '11-QĐ/TU', null, 'Tỉnh ủy'],
      ['Quyết định', '217-QĐ/TW', '2013-12-12', 'Bộ Chính trị'],
      ['Quyết định', '218-QĐ/TW', '2013-12-12', 'Bộ Chính trị'],
      ['Kết luận', '01-KL/TW', '2021-05-18', 'Bộ Chính trị'],
      ['Chỉ thị', '05-CT/TW', '2016-05-15', 'Bộ Chính trị'],
      ['Quyết định', '99-QĐ/TW', '2017-10-03', 'Ban Bí thư Trung ương Đảng'],
      ['Kế hoạch', '164-KH/TU', null, 'Tỉnh ủy'],
      ['Quyết định', '728-QĐ/TU', '2014-09-12', 'Tỉnh ủy'],
      ['Quyết định', '729-QĐ/TU', '2014-09-12', 'Tỉnh ủy'],
      ['Hướng dẫn', '02-HD/TU', null, 'Tỉnh ủy'],
      ['Thông tri', '37-TT/TU', null, 'Ban Thường vụ Tỉnh ủy'],
      // the plan writes TTTP for Thanh tra Chính phủ; kept as written
      ['Kế hoạch', '363/KH-TTTP', '2019-03-20', 'Thanh tra Chính phủ'],
      ['Kế hoạch', '237-KH/TU', '2015-05-18', 'Tỉnh ủy'],
      ['Quyết định', '1164/QĐ-UBND', '2019-04-19', 'Ủy ban nhân dân'],
      // "ngày 25/10/20217" is not a date: no date, and a warning
      ['Nghị quyết', '18-NQ/TW', null, 'Ban chấp hành Trung ương Đảng'],
      ['Chỉ thị', '35-CT/TW', '2014-05-26', 'Bộ Chính trị'],
      ['Luật', 'Luật Phòng, chống tham nhũng', null, null],
      ['Chỉ thị', '06-CT/TU', null, 'Ban Thường vụ Tỉnh ủy'],
    ],
    basis: ['68/KH-UBND'],
    signature: { authority: 'KT.', titles: ['CHÁNH THANH TRA', 'PHÓ CHÁNH THANH TRA'], name: 'Phạm Ngọc Hà' },
    recipients: ['UBND tỉnh (b/c)', 'Sở Nội vụ (tổng hợp)', 'BLĐ Thanh tra tỉnh', 'Trang TTĐT TTT', 'Lưu: VT, VP (TH)'],
    numberingWarnings: [],
  },
};

function outline(sections: Section[]): string[] {
  return sections.flatMap((s) => [`${s.id} ${s.heading ?? ''}`, ...outline(s.children)]);
}

describe.each(Object.entries(PLANS))('%s', (name, expected) => {
  const parsed = Promise.all([parsePlan(`fixtures/plans/${name}.txt`), parsePlan(`fixtures/plans/${name}.pdf`)]);

  it.each([['txt', 0], ['pdf', 1]] as const)('%s: document, sections, references, signature, recipients', async (_format, index) => {
    const plan = (await parsed)[index];
    expect(plan.document).toMatchObject(expected.document);
    expect(plan.sections.map((s) => [s.id, s.heading])).toEqual(expected.topSections);
    expect(plan.references.map((r) => [r.type, r.canonical, r.date, r.issuer])).toEqual(expected.references);
    expect(plan.basis.map((id) => plan.references.find((r) => r.id === id)?.canonical)).toEqual(expected.basis);
    expect(plan.signature && { authority: plan.signature.authority, titles: plan.signature.titles, name: plan.signature.name }).toEqual(expected.signature);
    expect(plan.recipients).toEqual(expected.recipients);
    expect(plan.warnings.filter((w) => w.code === 'structure/duplicate-number').map((w) => w.message)).toEqual(expected.numberingWarnings);
    expect(plan.unplaced).toEqual([]);
  });

  it('the text and the PDF give the same sections, references and tasks', async () => {
    const [text, pdf] = await parsed;
    expect(outline(pdf.sections)).toEqual(outline(text.sections));
    const refs = (p: KhPlan) => p.references.map(({ mentions, ...r }) => ({ ...r, mentions: mentions.map((m) => [m.sectionId, m.location, m.text]) }));
    expect(refs(pdf)).toEqual(refs(text));
    const tasks = (p: KhPlan) => p.tasks.map(({ span: _span, ...t }) => t);
    expect(tasks(pdf)).toEqual(tasks(text));
  });

  it('every span points back at its text in the normalized text', async () => {
    const { extractPlanText } = await import('../../src/index.js');
    const { readFileSync } = await import('node:fs');
    for (const [index, ext] of [[0, 'txt'], [1, 'pdf']] as const) {
      const plan = (await parsed)[index];
      const text = await extractPlanText(new Uint8Array(readFileSync(`fixtures/plans/${name}.${ext}`)));
      for (const r of plan.references) for (const m of r.mentions) expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
      for (const t of plan.tasks) expect(text.slice(t.span.start, t.span.end)).toBe(t.text);
      const walk = (s: Section): void => {
        for (const p of s.paragraphs) expect(text.slice(p.span.start, p.span.end)).toBe(p.text);
        s.children.forEach(walk);
      };
      plan.sections.forEach(walk);
      if (ext === 'pdf') for (const r of plan.references) for (const m of r.mentions) expect(m.span.page).toBeGreaterThan(0);
    }
  });
});

describe('markdown-ish input', () => {
  it('a plan saved as .md (with **bold** and *italic* from a converted .docx) parses the same as text', async () => {
    const { readFileSync } = await import('node:fs');
    const { parsePlanBytes } = await import('../../src/index.js');
    const bytes = new Uint8Array(readFileSync('fixtures/plans/002-thanh-tra-dan-van-2025.txt'));
    const [text, markdown] = await Promise.all([parsePlanBytes(bytes, { path: 'plan.txt' }), parsePlanBytes(bytes, { path: 'plan.md' })]);
    expect(markdown.source.format).toBe('markdown');
    expect(outline(markdown.sections)).toEqual(outline(text.sections));
    expect(markdown.references).toEqual(text.references);
    expect(markdown.tasks).toEqual(text.tasks);
    // the emphasis markers are gone from the text
    expect(JSON.stringify(markdown.sections)).not.toContain('**');
    expect(markdown.signature?.titles).toEqual(['CHÁNH THANH TRA', 'PHÓ CHÁNH THANH TRA']);
  });
});
