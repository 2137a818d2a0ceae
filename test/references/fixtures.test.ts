/**
 * The three real plans in fixtures/plans, each read as one rough block (lines joined). The
 * expected symbols were listed by reading the documents, in order of first appearance.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../src/document/blocks.js';
import { extractReferences } from '../../src/references/index.js';

const CONTEXT = { date: null, periodYear: null };

function roughBlock(name: string): TextBlock {
  const raw = readFileSync(new URL(`../../fixtures/plans/${name}.txt`, import.meta.url), 'utf8');
  const text = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return { text, start: 0, sectionId: null, location: 'body', isHeading: false };
}

interface Expectation {
  canonicals: string[];
  /** canonical → number of mentions, where more than one */
  repeated: Record<string, number>;
  warnings: [code: string, text: string][];
}

const EXPECTED: Record<string, Expectation> = {
  '000-sct-dan-van-2022': {
    canonicals: [
      '73/KH-UBND', '04/2015/NĐ-CP', '25-NQ/TW', '114-KL/TW', '33/CT-TTg', '77-KL/TU', '31-KH/TU', '14-QC/TU',
      '217-QĐ/TW', '218-QĐ/TW', '01-KL/TW', '05-CT/TW', '99-QĐ/TW', '164-KH/TU', '728-QĐ/TU', '729-QĐ/TU',
      '02-HD/TU', '37-TT/TU', '14-CT/TW', '10-CT/TW', '17-CT/TW', '55-CT/TU', '24-NQ/TW', '363/KH-TTCP',
      '273-KH/TU', '1164/QĐ-UBND', '2466/QĐ-UBND', '35-CT/TW', '22-CT/TU', '145/2020/NĐ-CP', '3225/QĐ-UBND',
      '06-CT/TU',
    ],
    repeated: { '04/2015/NĐ-CP': 2, '31-KH/TU': 2, '3225/QĐ-UBND': 3 },
    warnings: [],
  },
  '001-skhdt-dan-van-2022': {
    canonicals: [
      '4973/UBND-NCKSTTHC', '33/CT-TTg', '4685/UBND-SNV', '03-CT/TU', '49-CT/TW', '217-QĐ/TW', '218-QĐ/TU',
      '1415-QĐ/TU', '08-HD/TU', '4598/KH-SKHĐT',
    ],
    repeated: { '4973/UBND-NCKSTTHC': 3, '33/CT-TTg': 4 },
    warnings: [['references/issuer-mismatch', 'Quyết định số 218-QĐ/TU']],
  },
  '002-thanh-tra-dan-van-2025': {
    canonicals: [
      '68/KH-UBND', 'Luật Thực hiện dân chủ ở cơ sở', '25-NQ/TW', '114-KL/TW', '33/CT-TTg', '77-KL/TU', '31-KH/TU',
      '14-QC/TU', '11-QĐ/TU', '217-QĐ/TW', '218-QĐ/TW', '01-KL/TW', '05-CT/TW', '99-QĐ/TW', '164-KH/TU',
      '728-QĐ/TU', '729-QĐ/TU', '02-HD/TU', '37-TT/TU', '363/KH-TTTP', '237-KH/TU', '1164/QĐ-UBND', '18-NQ/TW',
      '35-CT/TW', 'Luật Phòng, chống tham nhũng', '06-CT/TU',
    ],
    repeated: { '31-KH/TU': 2, '18-NQ/TW': 2 },
    warnings: [
      ['references/invalid-date', '25/10/20217'],
      ['references/invalid-date', '25/10/20217'],
    ],
  },
};

describe.each(Object.entries(EXPECTED))('%s', (name, expected) => {
  const block = roughBlock(name);
  const { references, warnings } = extractReferences([block], CONTEXT);

  it(`finds the ${expected.canonicals.length} documents it cites, in order`, () => {
    expect(references.map((r) => r.canonical)).toEqual(expected.canonicals);
    expect(references.map((r) => r.id)).toEqual(expected.canonicals.map((_, i) => `ref-${i + 1}`));
  });

  it('merges repeated citations', () => {
    const counts = Object.fromEntries(references.filter((r) => r.mentions.length > 1).map((r) => [r.canonical, r.mentions.length]));
    expect(counts).toEqual(expected.repeated);
  });

  it('warns only where the document is inconsistent', () => {
    expect(warnings.map((w) => [w.code, block.text.slice(w.range!.start, w.range!.end)])).toEqual(expected.warnings);
  });

  it('every mention range slices to its text', () => {
    for (const r of references) for (const m of r.mentions) expect(block.text.slice(m.range.start, m.range.end)).toBe(m.text);
  });
});

describe('fields read from the fixtures', () => {
  it('000: the basis citation and the Party citations', () => {
    const { references } = extractReferences([roughBlock('000-sct-dan-van-2022')], CONTEXT);
    const get = (c: string) => references.find((r) => r.canonical === c)!;
    expect(get('73/KH-UBND')).toMatchObject({
      type: 'Kế hoạch',
      date: '2022-03-31',
      issuer: 'UBND tỉnh Đồng Nai',
      issuerFrom: 'text',
      subject: 'thực hiện công tác Dân vận chính quyền năm 2022',
      system: 'state',
    });
    expect(get('218-QĐ/TW')).toMatchObject({ date: '2013-12-12', issuer: 'Bộ Chính trị', mentions: [{ text: 'Quyết định số 218- QĐ/TW' }] });
    expect(get('14-CT/TW')).toMatchObject({ issuer: 'Ban Bí thư', term: 'khóa XII', date: '2017-07-19' });
    expect(get('02-HD/TU')).toMatchObject({ issuer: 'Tỉnh ủy', issuerFrom: 'code', date: null });
    expect(get('06-CT/TU')).toMatchObject({ type: 'Chỉ thị', issuer: 'Ban Thường vụ Tỉnh ủy', mentions: [{ text: 'Chỉ thị 06-CT/TU' }] });
  });

  it('002: the invalid date keeps its raw form', () => {
    const { references } = extractReferences([roughBlock('002-thanh-tra-dan-van-2025')], CONTEXT);
    expect(references.find((r) => r.canonical === '18-NQ/TW')).toMatchObject({
      date: null,
      dateRaw: '25/10/20217',
      issuer: 'Ban chấp hành Trung ương Đảng',
      term: 'khóa XII',
      subject: 'định hướng sắp xếp, tinh gọn tổ chức bộ máy chính phủ',
    });
  });
});
