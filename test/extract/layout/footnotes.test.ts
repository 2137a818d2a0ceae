/**
 * Footnotes: the small text below the body, opened by a label, and the raised marks in the body
 * that point to them, both written "(n)" so that every later stage links them the same way.
 */
import { describe, expect, it } from 'vitest';
import { pageFootnotes } from '../../../src/extract/layout/footnotes.js';
import { fragmentsOf } from '../../../src/extract/layout/line-fragments.js';
import { parsePlan } from '../../../src/index.js';
import { item, PLAN, sourceLines } from './read-layout.js';

describe('footnotes of a LibreOffice plan (superscript marks and labels, Word style)', async () => {
  const lines = await sourceLines(PLAN);

  it('are footnote lines, their raised labels written "(n) "', () => {
    const footnotes = lines.filter((l) => l.role === 'footnote');
    expect(footnotes.map((l) => l.page)).toEqual([2, 4, 4]);
    expect(footnotes[0]!.text).toBe('(1) Luật số 10/2022/QH15 ngày 10/11/2022 của Quốc hội, có hiệu lực từ ngày 01/7/2023.');
    expect(footnotes[1]!.text).toMatch(/^\(2\) Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII/u);
    expect(footnotes[2]!.text).toMatch(/^sắp xếp tổ chức bộ máy/u);
  });

  it('have their raised marks in the body written "(n)" against the word', () => {
    expect(lines.find((l) => l.text.startsWith('chủ ở cơ sở'))?.text).toBe('chủ ở cơ sở(1); Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng');
    expect(lines.some((l) => l.text.includes('ngày 25/10/20217(2) của'))).toBe(true);
  });

  it('say which mark points to them, in the output', async () => {
    const plan = await parsePlan(PLAN);
    expect(plan.footnotes.map((f) => [f.label, f.text.slice(0, 30), f.span.page, f.marks.map((m) => [m.sectionId, m.span.page, m.span.line])])).toEqual([
      ['1', 'Luật số 10/2022/QH15 ngày 10/1', 2, [['III.1.-1', 2, 9]]],
      ['2', 'Nghị quyết Hội nghị lần thứ sá', 4, [['III.2.-5', 4, 22]]],
    ]);
    // each mark's span is its "(n)"
    expect(plan.footnotes.map((f) => f.marks[0]!.span.end - f.marks[0]!.span.start)).toEqual([3, 3]);
  });
});

describe('footnotes on a page', () => {
  const BODY = 14;
  const page = (...items: Parameters<typeof item>[]) => fragmentsOf(items.map((i) => item(...i)));

  it('link a raised number to the footnote with that label; a raised number without one (m2) is left alone', () => {
    const fragments = page(
      ['Diện tích kho 120 m', 85, 700],
      ['2', 218, 705, 8],
      [' theo Quyết định số 12/QĐ-UBND', 222, 700],
      ['1', 432, 705, 8],
      ['1', 85, 62, 6],
      ['Quyết định số 12/QĐ-UBND ngày 01/02/2024.', 90, 58, 10],
    );
    const result = pageFootnotes(fragments, BODY, Number.POSITIVE_INFINITY, null);
    expect(result.texts).toEqual(['Diện tích kho 120 m2 theo Quyết định số 12/QĐ-UBND(1)', '(1) Quyết định số 12/QĐ-UBND ngày 01/02/2024.']);
    expect(result.inFootnotes).toEqual([false, true]);
  });

  it('take a plain number as a label only when it is the next one ("12 tháng" wrapped in a footnote is text)', () => {
    const fragments = page(['Nội dung chính của văn bản.', 85, 700], ['1 Báo cáo định kỳ', 85, 90, 10], ['12 tháng của năm trước.', 85, 78, 10], ['2 Kế hoạch số 5/KH-UBND.', 85, 66, 10]);
    expect(pageFootnotes(fragments, BODY, Number.POSITIVE_INFINITY, null).texts.slice(1)).toEqual(['(1) Báo cáo định kỳ', '12 tháng của năm trước.', '(2) Kế hoạch số 5/KH-UBND.']);
  });

  it('are not small text that no label opens (a caption, small recipients) unless a footnote goes on from the page before', () => {
    const fragments = page(['Nội dung chính của văn bản.', 85, 700], ['tiếp theo của chú thích trang trước.', 85, 66, 10]);
    expect(pageFootnotes(fragments, BODY, Number.POSITIVE_INFINITY, null).inFootnotes).toEqual([false, false]);
    expect(pageFootnotes(fragments, BODY, Number.POSITIVE_INFINITY, 10).inFootnotes).toEqual([false, true]);
  });
});
