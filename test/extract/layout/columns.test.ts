/**
 * Two-column blocks read column by column: the header block and the Nơi nhận | signer block, also
 * when the block is cut by a page break; a tabbed list keeps its rows.
 */
import { describe, expect, it } from 'vitest';
import { columnBlocks, type Placed } from '../../../src/extract/layout/column-blocks.js';
import { PLAN, QD_1050, sourceLines } from './read-layout.js';

describe('a LibreOffice plan', async () => {
  const lines = await sourceLines(PLAN);
  const texts = lines.map((l) => l.text.trim());

  it('reads the header block column by column, then the type line and title', () => {
    expect(texts.slice(0, 8)).toEqual([
      'UBND TỈNH ĐỒNG NAI',
      'THANH TRA TỈNH',
      'Số: /KH-TT',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Đồng Nai, ngày tháng 3 năm 2025',
      'KẾ HOẠCH',
      'Thực hiện công tác Dân vận chính quyền năm 2025',
    ]);
  });

  it('reads the Nơi nhận | signer block cut by the page break as two columns: every recipient, then the signer', () => {
    const from = texts.indexOf('Nơi nhận:');
    expect(texts.slice(from, from + 9)).toEqual([
      'Nơi nhận:',
      '- UBND tỉnh (b/c);',
      '- Sở Nội vụ (tổng hợp);',
      '- BLĐ Thanh tra tỉnh;',
      '- Trang TTĐT TTT;',
      '- Lưu: VT, VP (TH).',
      'KT. CHÁNH THANH TRA',
      'PHÓ CHÁNH THANH TRA',
      'Phạm Ngọc Hà',
    ]);
    // each line keeps its own page
    expect(lines.slice(from, from + 9).map((l) => l.page)).toEqual([6, 6, 6, 6, 6, 7, 6, 6, 7]);
  });
});

describe('QĐ 1050 (Word through Ghostscript: the header drawn row by row)', () => {
  it('reads the header block column by column', async () => {
    const texts = (await sourceLines(QD_1050)).map((l) => l.text.trim());
    expect(texts.slice(0, 6)).toEqual(['UBND TỈNH LÀO CAI', 'SỞ CÔNG THƯƠNG', 'Số: 1050 /QĐ-SCT', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Lào Cai, ngày 06 tháng 3 năm 2026']);
  });
});

describe('column blocks', () => {
  const line = (text: string, x: number, y: number, fontSize = 14): Placed & { text: string } => ({ text, x, xEnd: x + text.length * fontSize * 0.5, y, fontSize });
  const order = (entries: (Placed & { text: string })[]) => {
    const { blocks } = columnBlocks(entries, null);
    return blocks.map((b) => [...b.left, ...b.right].map((e) => e.text));
  };

  it('are read left column then right column, with a line on one side only above them', () => {
    expect(order([line('Nơi nhận:', 85, 300, 12), line('KT. GIÁM ĐỐC', 380, 298), line('- Sở Nội vụ;', 85, 285, 11), line('PHÓ GIÁM ĐỐC', 380, 282), line('- Lưu: VT.', 85, 272, 11), line('Nguyễn Văn A', 390, 220)])).toEqual([
      ['Nơi nhận:', '- Sở Nội vụ;', '- Lưu: VT.', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn A'],
    ]);
  });

  it('are not a tabbed list whose two sides share every baseline and size: its rows stay rows', () => {
    expect(order([line('1. Ông Hoàng Văn A', 85, 500), line('Trưởng đoàn;', 400, 500), line('2. Ông Đỗ Văn B', 85, 480), line('Thành viên;', 400, 480)])).toEqual([]);
  });

  it('leave out a line on one side after a blank, with nothing of the other column beside it ("Kính gửi:")', () => {
    const entries = [line('UỶ BAN NHÂN DÂN', 100, 773, 13), line('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 279, 774, 12), line('Số: 12/UBND-KT', 114, 736, 12), line('Lào Cai, ngày 10', 313, 735, 13), line('Kính gửi:', 160, 690)];
    expect(order(entries)).toEqual([['UỶ BAN NHÂN DÂN', 'Số: 12/UBND-KT', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Lào Cai, ngày 10']]);
  });

  it('end at a line that crosses the gutter (a justified body line)', () => {
    const body = line('Trên đây là Kế hoạch thực hiện công tác dân vận chính quyền năm 2025 của Thanh tra', 85, 200);
    expect(order([line('UBND TỈNH', 100, 800, 13), line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 300, 801, 12), line('Số: 12/KH', 110, 770, 13), body]).flat()).not.toContain(body.text);
  });

  it('go on at the top of the next page along the open gutter', () => {
    const first = columnBlocks([line('Nơi nhận:', 85, 100, 12), line('KT. GIÁM ĐỐC', 380, 98), line('- Sở Nội vụ;', 85, 80, 11)], null);
    expect(first.open?.gutter).toBeDefined();
    const next = columnBlocks([line('- Lưu: VT.', 85, 780, 11), line('Nguyễn Văn A', 390, 740), line('PHỤ LỤC thân bài kéo dài qua giữa trang giấy để cắt khối', 85, 600)], first.open);
    expect(next.continued && [...next.continued.left, ...next.continued.right].map((e) => e.text)).toEqual(['- Lưu: VT.', 'Nguyễn Văn A']);
    // a title centred at the top of the next page is not the left column going on
    const appendix = columnBlocks([line('PHỤ LỤC', 270, 780), line('Nội dung của phụ lục kéo dài qua giữa trang giấy', 85, 760)], first.open);
    expect(appendix.continued).toBeNull();
  });
});
