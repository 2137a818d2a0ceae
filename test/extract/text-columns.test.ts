import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { columnPieces } from '../../src/extract/text-columns.js';
import { parsePlanText } from '../../src/index.js';

describe('columns of a text line laid out with spaces (pdftotext -layout, e-office exports)', () => {
  it.each([
    ['   Số: 1050 /QĐ-SCT                   Lào Cai, ngày 06 tháng 3 năm 2026', ['   Số: 1050 /QĐ-SCT', 'Lào Cai, ngày 06 tháng 3 năm 2026']],
    [' Nơi nhận:                                                  GIÁM ĐỐC', [' Nơi nhận:', 'GIÁM ĐỐC']],
    ['TT   Đơn vị kiểm tra       Địa chỉ Doanh nghiệp', ['TT   Đơn vị kiểm tra', 'Địa chỉ Doanh nghiệp']],
    // indentation, single and short runs of spaces are not column gaps
    ['          Căn cứ Luật số 42/2024/QH15 ngày 29/6/2024 về Quản lý,', ['          Căn cứ Luật số 42/2024/QH15 ngày 29/6/2024 về Quản lý,']],
    ['a    b', ['a    b']],
    ['trailing text        ', ['trailing text        ']],
    ['', ['']],
  ])('%j', (line, pieces) => {
    expect(columnPieces(line)).toEqual(pieces);
  });

  it('a decision saved as pdftotext -layout text gives its header as the PDF does', async () => {
    const text = readFileSync('fixtures/pdf-fonts/QD-1050-kiem-tra-VLNCN-2026.truth.txt', 'utf8');
    const plan = await parsePlanText(text);
    expect(plan.document).toMatchObject({
      type: 'Quyết định',
      number: '1050',
      symbol: 'QĐ-SCT',
      issuer: { name: 'SỞ CÔNG THƯƠNG', parent: 'UBND TỈNH LÀO CAI' },
      place: 'Lào Cai',
      date: { iso: '2026-03-06' },
    });
    // the appendix names the decision itself: not a citation
    expect(plan.references.map((r) => r.canonical)).not.toContain('1050/QĐ-SCT');
  });
});
