/**
 * Appendices after the closing (src/structure/appendices.ts): which lines open one, their labels
 * and titles, one appendix per heading; and the appendix of a real decision read from its text
 * (fixtures/pdf-fonts/QD-1050…truth.txt) into `appendices`, not `unplaced`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../src/index.js';
import { appendixLabel, groupAppendices } from '../../src/structure/appendices.js';

describe('appendixLabel: the lines that open an appendix', () => {
  it.each([
    ['PHỤ LỤC', 'PHỤ LỤC'],
    ['PHỤ LỤC:', 'PHỤ LỤC'],
    ['PHỤ LỤC II', 'PHỤ LỤC II'],
    ['PHỤ LỤC SỐ 2', 'PHỤ LỤC SỐ 2'],
    ['PHỤ LỤC 01. DANH MỤC NHIỆM VỤ', 'PHỤ LỤC 01'],
    ['Phụ lục: DANH SÁCH CÁC ĐƠN VỊ KIỂM TRA', 'Phụ lục'],
    ['Phụ lục I', 'Phụ lục I'],
    ['Phụ lục số 3', 'Phụ lục số 3'],
    ['Phụ lục DANH MỤC VĂN BẢN', 'Phụ lục'],
  ])('%s → %s', (line, label) => {
    expect(appendixLabel(line)).toBe(label);
  });

  it.each([
    'Phụ lục kèm theo Kế hoạch này',
    'phụ lục I',
    'Các nhiệm vụ tại Phụ lục I',
    'PHỤ LỤCII',
    'Phụ lục xxx',
  ])('not: %s', (line) => {
    expect(appendixLabel(line)).toBeNull();
  });
});

describe('groupAppendices', () => {
  const group = (lines: string[]) => groupAppendices(lines, (l) => l).map((a) => ({ label: a.label, title: a.title, lines: a.paragraphs.length }));

  it('one appendix per heading, each to the next', () => {
    expect(group(['PHỤ LỤC I', 'DANH MỤC NHIỆM VỤ', '| 1 | Rà soát |', 'PHỤ LỤC II', 'BIỂU MẪU BÁO CÁO', 'Mẫu số 01'])).toEqual([
      { label: 'PHỤ LỤC I', title: 'DANH MỤC NHIỆM VỤ', lines: 3 },
      { label: 'PHỤ LỤC II', title: 'BIỂU MẪU BÁO CÁO', lines: 3 },
    ]);
  });

  it('the title: the rest of the heading line, else the lines in capitals under it (up to four), else none', () => {
    expect(group(['Phụ lục: Đánh giá việc tính toán thông số nổ mìn', '(Kèm theo Phiếu trình)'])[0]!.title).toBe('Đánh giá việc tính toán thông số nổ mìn');
    expect(group(['PHỤ LỤC:', 'DANH MỤC NHIỆM VỤ;', 'ỦY QUYỀN CHO GIÁM ĐỐC SỞ', '(Kèm theo Quyết định số …)'])[0]!.title).toBe('DANH MỤC NHIỆM VỤ; ỦY QUYỀN CHO GIÁM ĐỐC SỞ');
    expect(group(['PHỤ LỤC', '(Kèm theo Kế hoạch số 12/KH-UBND)', '| TT | Nội dung |'])[0]!.title).toBeNull();
  });

  it('a "Phụ lục …" sentence inside an appendix does not open another', () => {
    expect(group(['PHỤ LỤC', 'Phụ lục kèm theo Kế hoạch này gồm 2 biểu', '| 1 | … |']).map((a) => a.lines)).toEqual([3]);
  });
});

describe('a decision with an appendix (fixtures/pdf-fonts/QD-1050…truth.txt)', () => {
  const parsed = parsePlanText(readFileSync('fixtures/pdf-fonts/QD-1050-kiem-tra-VLNCN-2026.truth.txt', 'utf8'), { path: 'qd-1050.txt' });

  it('reads the appendix into appendices, with its label, title, text and span, and warns of none of it', async () => {
    const plan = await parsed;
    expect(plan.appendices.map((a) => [a.label, a.title])).toEqual([['Phụ lục', 'DANH SÁCH CÁC ĐƠN VỊ KIỂM TRA']]);
    const [appendix] = plan.appendices;
    expect(appendix!.paragraphs[0]!.text).toBe('Phụ lục: DANH SÁCH CÁC ĐƠN VỊ KIỂM TRA');
    expect(appendix!.paragraphs[1]!.text).toMatch(/^\(Kèm theo Quyết định số: 1050/u);
    expect(appendix!.span.start).toBe(appendix!.paragraphs[0]!.span.start);
    expect(appendix!.span.end).toBe(appendix!.paragraphs.at(-1)!.span.end);
    expect(appendix!.span.line).toBe(100);
    const appendixWarnings = plan.warnings.filter((w) => w.code === 'structure/unplaced-text' && w.span!.start >= appendix!.span.start);
    expect(appendixWarnings).toEqual([]);
    expect(plan.unplaced.every((p) => p.span.end <= appendix!.span.start)).toBe(true);
  });
});
