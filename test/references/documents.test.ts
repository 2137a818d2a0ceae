/**
 * References through the whole pipeline on the real documents: footnotes and appendix tables
 * count, with their location and page; the document never cites itself; the warnings carry their
 * position. Expected values written by reading the documents.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import type { KhPlan } from '../../src/output/schema.js';

const mentionsOf = (plan: KhPlan, canonical: string) => plan.references.find((r) => r.canonical === canonical)?.mentions ?? [];

describe('qd-1696: the appendix table', async () => {
  const plan = await parsePlan('fixtures/documents/qd-1696-ubnd-lao-cai-2026.pdf');

  it('cites the basis documents again, each mention with its appendix, page and pinpoint', () => {
    const where = (canonical: string) => mentionsOf(plan, canonical).map((m) => [m.location, m.appendix, m.span.page, m.pinpoint?.text ?? null]);
    expect(where('146/2025/NĐ-CP')).toEqual([
      ['basis', null, 1, null],
      ['appendix', 'PHỤ LỤC', 3, 'Điều 27'],
    ]);
    expect(where('105/2025/NĐ-CP')).toEqual([
      ['basis', null, 1, null],
      ['appendix', 'PHỤ LỤC', 3, 'điểm b, điểm e khoản 4, khoản 6 Điều 44'],
    ]);
    expect(where('15/2026/TT-BCT')).toEqual([
      ['basis', null, 1, null],
      ['appendix', 'PHỤ LỤC', 3, 'Khoản 2 Điều 3'],
    ]);
    expect(where('Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ')).toEqual([
      ['basis', null, 1, null],
      ['appendix', 'PHỤ LỤC', 3, null],
    ]);
  });

  it('finds nothing wrong with the citations (the issuer "Bộ Công" ⏎ "Thương" is one name)', () => {
    expect(plan.warnings.filter((w) => w.code.startsWith('references/'))).toEqual([]);
  });

  it('its own blank number in the appendix heading is no citation', () => {
    expect(plan.references.some((r) => r.symbol === 'QĐ-UBND' && r.number === null)).toBe(false);
  });
});

describe('QD-1050 (PDF)', async () => {
  const plan = await parsePlan('fixtures/pdf-fonts/QD-1050-kiem-tra-VLNCN-2026.pdf');

  it('does not cite itself in its appendix heading', () => {
    expect(plan.document).toMatchObject({ number: '1050', symbol: 'QĐ-SCT' });
    expect(plan.references.map((r) => r.canonical)).not.toContain('1050/QĐ-SCT');
  });

  it('points into Nghị định 217/2025 twice', () => {
    expect(mentionsOf(plan, '217/2025/NĐ-CP').map((m) => [m.sectionId, m.pinpoint?.text ?? null])).toEqual([
      [null, null],
      ['Điều 2.3', 'điểm b Khoản 2 Điều 13'],
      ['Điều 3', 'Điều 8'],
    ]);
  });
});

describe('footnotes (001)', async () => {
  const plan = await parsePlan('fixtures/plans/001-skhdt-dan-van-2022.pdf');

  it('citations in footnote (1) are in the section of its mark, with their page', () => {
    const footnoted = plan.references.flatMap((r) => r.mentions.filter((m) => m.location === 'footnote').map((m) => [r.canonical, m.sectionId, m.span.page]));
    expect(footnoted).toContainEqual(['4685/UBND-SNV', 'II.1.-1', 2]);
    expect(footnoted).toContainEqual(['1415-QĐ/TU', 'II.1.-1', 2]);
    expect(footnoted).toHaveLength(10);
  });

  it('the issuer that contradicts its code is a warning with page and line', () => {
    const warning = plan.warnings.find((w) => w.code === 'references/issuer-mismatch');
    expect(warning).toMatchObject({ message: expect.stringContaining('218-QĐ/TU'), span: { page: 2, line: expect.any(Number) } });
  });
});

describe('warnings with positions (002)', async () => {
  const plan = await parsePlan('fixtures/plans/002-thanh-tra-dan-van-2025.txt');

  it('an impossible date is reported where it is written, each time', () => {
    const invalid = plan.warnings.filter((w) => w.code === 'references/invalid-date');
    expect(invalid).toHaveLength(2);
    for (const w of invalid) expect(w.span).toMatchObject({ line: expect.any(Number), page: null });
  });
});
