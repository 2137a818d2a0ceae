/**
 * Ruled tables read row by row from real PDFs through pdf.js: one line per row, its cells between
 * "|", a multi-line cell as one text, merged cells, and a table cut by page breaks (the repeated
 * header row dropped, a cut row joined back).
 */
import { describe, expect, it } from 'vitest';
import { tableGrids } from '../../../src/extract/layout/table-grid.js';
import type { Segment } from '../../../src/extract/layout/ruling-lines.js';
import { continueTable } from '../../../src/extract/layout/table-continuation.js';
import { joinCellLines } from '../../../src/extract/layout/table-rows.js';
import { PLAN, QD_1050, QD_1696, sourceLines } from './read-layout.js';

const rows = async (path: string) => (await sourceLines(path)).filter((l) => l.text.startsWith('|'));

describe('the appendix task table of a LibreOffice plan (3 landscape pages)', async () => {
  const table = await rows(PLAN);

  it('is one header row and one line per task or group, in order, over the three pages', () => {
    expect(table.map((r) => r.text.split(' | ')[0])).toEqual(['| STT', '| I.', '| 1', '| 2', '| II.', '| 3', '| 4', '| 5', '| III.', '| 6', '| 7', '| 8', '| IV.', '| 9', '| 10', '| 11']);
    expect(table[0]!.text).toBe('| STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Sản phẩm |');
    expect(new Set(table.map((r) => r.page))).toEqual(new Set([8, 9, 10]));
  });

  it('reads a multi-line cell as one text, and a symbol cut at a line end whole', () => {
    expect(table[3]!.text).toBe(
      '| 2 | Lồng ghép, cụ thể hóa các văn bản của Tỉnh ủy về công tác dân vận (Kế hoạch số 31-KH/TU, Quyết định số 728-QĐ/TU, Quyết định số 729-QĐ/TU) vào kế hoạch hoạt động của cơ quan | Văn phòng | Các Phòng Nghiệp vụ thuộc Thanh tra tỉnh | Quý II/2025 | Kế hoạch hoạt động của cơ quan |',
    );
  });

  it('gives a group row spanning the table its text in the second column', () => {
    expect(table[1]!.text).toBe('| I. | Tuyên truyền, phổ biến, quán triệt chủ trương của Đảng, pháp luật của Nhà nước về công tác dân vận |  |  |  |  |');
  });

  it('joins row 4, cut by the page break, and keeps it where it starts (page 8)', () => {
    const row4 = table.find((r) => r.text.startsWith('| 4 |'))!;
    expect(row4.text).toBe('| 4 | Kiểm tra kỷ luật, kỷ cương hành chính, văn hóa công sở và tinh thần phục vụ Nhân dân của công chức cơ quan | Tổ Công vụ | Văn phòng | Hằng quý | Biên bản kiểm tra |');
    expect(row4.page).toBe(8);
  });

  it('keeps page and box: a row line spans the table, at its first baseline', () => {
    const row = table.find((r) => r.text.startsWith('| 9 |'))!;
    expect(row.page).toBe(10);
    expect(row.box).toMatchObject({ pageWidth: expect.closeTo(841.9, 0), pageHeight: expect.closeTo(595.3, 0), fontSize: 13 });
    expect(row.box!.width).toBeGreaterThan(700);
  });
});

describe('the appendix table of QĐ 1050 (Word printed through Ghostscript, glyphs repaired)', () => {
  it('reads the three inspected companies, each with its address and its projects (sub-rows joined)', async () => {
    const table = await rows(QD_1050);
    expect(table.map((r) => r.text.split(' | ').slice(0, 3).join(' | '))).toEqual([
      '| TT | Đơn vị kiểm tra | Địa chỉ Doanh nghiệp',
      '| 1 | Công ty cổ phần xây dựng giao thông Yên Bái | Số 779, TDP Nguyễn Thái học 7, phường Yên Bái, tỉnh Lào Cai',
      '| 2 | Tổng công ty xây dựng Trường Sơn | KM6+500, Đại lộ Thăng Long, phường Xuân Phương, thành phố Hà Nội',
      '| 3 | Công ty TNHH Hiệp Phú | Tổ dân phố Chè 8, phường An Tường, tỉnh Tuyên Quang',
    ]);
    expect(table[1]!.text).toMatch(/\| Gói thầu số 13: .* tỉnh Lào Cai Gói thầu số 14: .* xã Mù Cang Chải, tỉnh Lào Cai \|$/u);
  });
});

describe('the appendix table of QĐ 1696 (e-office export): a header spanning sub-headers', () => {
  it('reads the two-level header as one row, and each numbered row with its sub-rows', async () => {
    const table = await rows(QD_1696);
    expect(table[0]!.text).toBe('| STT | NỘI DUNG NHIỆM VỤ ỦY QUYỀN | CĂN CỨ PHÁP LÝ | DANH MỤC TTHC ĐÃ CÔNG BỐ TÊN TTHC | LĨNH VỰC CÔNG BỐ | MÃ TTHC | GHI CHÚ |');
    expect(table.map((r) => r.text.split(' | ')[0])).toEqual(['| STT', '| I.', '| 1', '| II', '| 1']);
    expect(table[4]!.text).toBe(
      '| 1 | Cấp, cấp lại chứng chỉ kiểm định viên | Điều 27 Nghị định số 146/2025/NĐ-CP ngày 12/6/2025 của Chính phủ | Cấp chứng chỉ kiểm định viên Cấp lại chứng chỉ kiểm định viên | An toàn vệ sinh lao động An toàn vệ sinh lao động | 2.000140 2.000066 |  |',
    );
  });
});

describe('table grid from ruling segments', () => {
  const h = (y: number, x0: number, x1: number): Segment => ({ x0, x1, y0: y, y1: y });
  const v = (x: number, y0: number, y1: number): Segment => ({ x0: x, x1: x, y0, y1 });

  it('finds merged cells: a border drawn across part of the table only', () => {
    // three columns, two rows; the second row's border between columns 2 and 3 is missing, and the
    // first column spans both rows (the middle border starts at column 2)
    const grid = tableGrids([h(100, 0, 300), h(50, 100, 300), h(0, 0, 300), v(0, 0, 100), v(100, 0, 100), v(200, 50, 100), v(300, 0, 100)])[0]!;
    expect(grid.xs).toEqual([0, 100, 200, 300]);
    expect(grid.ys).toEqual([100, 50, 0]);
    expect(grid.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan])).toEqual([
      [0, 0, 2, 1],
      [0, 1, 1, 1],
      [0, 2, 1, 1],
      [1, 1, 1, 2],
    ]);
  });

  it('takes no table from lines that do not cross (a footnote rule, an underline)', () => {
    expect(tableGrids([h(70, 85, 200), h(70.5, 85, 200)])).toEqual([]);
  });
});

describe('a table cut by a page break', () => {
  const row = (...cells: string[]) => ({ cells, y: 0, fontSize: 13 });
  const header = ['STT', 'Nhiệm vụ', 'Chủ trì'];

  it('drops the repeated header and joins a row whose number stayed on the first page', () => {
    const { last, rows } = continueTable(row('4', 'Kiểm tra kỷ luật', 'Tổ Công vụ'), [row(...header), row('', 'của công chức', ''), row('5', 'Kiểm tra nội bộ', 'Phòng 4')], header);
    expect(last?.cells).toEqual(['4', 'Kiểm tra kỷ luật của công chức', 'Tổ Công vụ']);
    expect(rows.map((r) => r.cells[0])).toEqual(['5']);
  });

  it('joins a symbol cut between the lines of a cell without a space', () => {
    expect(joinCellLines(['Kế hoạch số 31-', 'KH/TU, Quyết định', 'số 728-QĐ/TU'])).toBe('Kế hoạch số 31-KH/TU, Quyết định số 728-QĐ/TU');
    expect(joinCellLines(['kinh tế -', 'xã hội'])).toBe('kinh tế - xã hội');
  });
});
