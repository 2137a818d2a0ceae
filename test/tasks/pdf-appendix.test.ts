/**
 * The appendix task table of a PDF plan (LibreOffice, 3 landscape pages, rows cut by page breaks):
 * one task per row, its lead, support and deadline from the columns, as from a text table.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

describe('the appendix task table of a PDF plan', async () => {
  const plan = await parsePlan('fixtures/layout/thanh-tra-phu-luc-2025.pdf');
  const rows = plan.tasks.filter((t) => t.location === 'appendix');

  it('gives one task per numbered row (group rows I.–IV. are not tasks)', () => {
    expect(rows).toHaveLength(11);
    expect(rows.map((t) => t.span.page)).toEqual([8, 8, 8, 8, 9, 9, 9, 9, 10, 10, 10]);
    expect(rows.every((t) => t.sectionId === null && t.leadFrom === 'label')).toBe(true);
  });

  it('takes lead, support and deadlines from their columns', () => {
    const at = (n: number) => rows[n - 1]!;
    expect([at(1).lead, at(1).support, at(1).deadlines.map((d) => d.kind)]).toEqual([['Văn phòng'], ['Phòng Nghiệp vụ 4'], ['ongoing']]);
    expect([at(2).support, at(2).deadlines.map((d) => [d.raw, d.date])]).toEqual([['Các Phòng Nghiệp vụ thuộc Thanh tra tỉnh'], [['Quý II/2025', '2025-06-30']]]);
    expect([at(4).lead, at(4).deadlines.map((d) => d.rrule)]).toEqual([['Tổ Công vụ'], ['FREQ=MONTHLY;INTERVAL=3']]);
    // a support cell listing units with ";"
    expect(at(7).support).toEqual(['Văn phòng', 'Phòng Nghiệp vụ 1']);
    expect(at(11).deadlines.map((d) => d.date)).toEqual(['2025-11-01']);
  });

  it('reads a row cut by the page break whole: its task text runs on at the top of the next page', () => {
    expect(rows[3]!.text).toBe('Kiểm tra kỷ luật, kỷ cương hành chính, văn hóa công sở và tinh thần phục vụ Nhân dân của công chức cơ quan');
  });

  it('reads reports as reports', () => {
    expect(rows.slice(8).map((t) => t.kind)).toEqual(['report', 'report', 'report']);
  });
});

describe('a delegation table with no lead column, under an appendix title that names who carries it out (fixtures/documents/qd-1696)', async () => {
  const plan = await parsePlan('fixtures/documents/qd-1696-ubnd-lao-cai-2026.pdf');
  const rows = plan.tasks.filter((t) => t.location === 'appendix');

  it('gives one task per numbered row, led by the unit the title names ("… ỦY QUYỀN CHO GIÁM ĐỐC SỞ CÔNG THƯƠNG THỰC HIỆN")', () => {
    expect(rows.map((t) => [t.text.slice(0, 60), t.lead, t.leadFrom, t.deadlines])).toEqual([
      ['Cấp, cấp điều chỉnh, cấp lại, thu hồi giấy phép vận chuyển h', ['GIÁM ĐỐC SỞ CÔNG THƯƠNG'], 'heading', []],
      ['Cấp, cấp lại chứng chỉ kiểm định viên', ['GIÁM ĐỐC SỞ CÔNG THƯƠNG'], 'heading', []],
    ]);
    expect(rows.map((t) => t.span.page)).toEqual([3, 3]);
    // written in capitals, keyed as the body's "Giám đốc Sở Công Thương" is (Điều 3.2), with the province
    expect(rows[0]!.leadKeys).toEqual(['giám đốc sở công thương tỉnh lào cai']);
  });
});
