/**
 * Glyph-id PDFs (Word printed through Ghostscript: Identity-H fonts without ToUnicode, simple fonts
 * without an encoding) read as their real text, recovered from the embedded fonts. The two files
 * are real agency documents with their correct text beside them (fixtures/pdf-fonts/*.truth.txt).
 * The method was developed on QD-1050; TB-1894 is the file it was not developed on.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/extract/read-source.js';
import { blockMoveCharacterErrorRate, comparableText, orderFreeCharacterErrorRate, wordF1 } from '../../src/extract/text-accuracy.js';
import { extractPlanText } from '../../src/index.js';

const bytes = (path: string) => new Uint8Array(readFileSync(path));

interface Case {
  name: string;
  pages: number;
  /** lines exactly as the truth text has them (one column of a two-column row) */
  lines: string[];
  /** measured with blocks allowed to move (one edit per block read elsewhere): 0.26 % and 0.12 % —
   * in strict reading order 9.1 % and 2.9 %, as the header, signature and table are read column by
   * column and row by row where the truth text lays them out line by line across the columns — and
   * 0.02 % / 0.05 % with word order ignored (a Cyrillic `а` in the source, a running page number) */
  maxCer: number;
  maxOrderFreeCer: number;
}

const CASES: Case[] = [
  {
    name: 'QD-1050-kiem-tra-VLNCN-2026',
    pages: 4,
    lines: [
      'UBND TỈNH LÀO CAI',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'SỞ CÔNG THƯƠNG',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 1050 /QĐ-SCT',
      'Lào Cai, ngày 06 tháng 3 năm 2026',
      'QUYẾT ĐỊNH',
      'Kiểm tra việc chấp hành pháp luật trong sử dụng và bảo quản vật liệu nổ',
      'GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH LÀO CAI',
      'Căn cứ Luật số 42/2024/QH15 ngày 29/6/2024 về Quản lý, sử dụng vũ khí,',
      'Căn cứ Nghị định số 181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ',
      'Điều 1. Thành lập Đoàn kiểm tra (sau đây gọi là Đoàn kiểm tra) để kiểm',
      '2. Ông: Đỗ Mạnh Cường - Phó trưởng phòng Quản lý Công nghiệp, Phó',
      'Nơi nhận:',
      'Hoàng Chí Hiền',
      '(Kèm theo Quyết định số: 1050 /QĐ-SCT ngày 06 /3/2025 của Sở Công Thương)',
    ],
    maxCer: 0.01,
    maxOrderFreeCer: 0.005,
  },
  {
    name: 'TB-1894-ket-qua-sau-kiem-tra-VLNCN-ban-ky',
    pages: 2,
    lines: [
      'UBND TỈNH LÀO CAI',
      'CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 1894 /TB-SCT',
      'Lào Cai, ngày 09 tháng 4 năm 2026',
      'THÔNG BÁO',
      'Kết quả kiểm tra việc chấp hành Quy định của pháp luật',
      'Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở',
      'thầu số 16 lý trình Km26+793÷ Km30+00 và gói thầu số 23 lý trình Km30+00 ÷',
      '23/2024/TT-BCT ngày 07/11/2024 của Bộ Công Thương quy định về quản lý, sử',
      'Nơi nhận:',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Hoàng Văn Thuân',
    ],
    maxCer: 0.01,
    maxOrderFreeCer: 0.005,
  },
];

describe.each(CASES)('glyph-id PDF $name', ({ name, pages, lines, maxCer, maxOrderFreeCer }) => {
  const pdf = `fixtures/pdf-fonts/${name}.pdf`;
  const truth = readFileSync(`fixtures/pdf-fonts/${name}.truth.txt`, 'utf8');

  it('says its text was repaired, page by page', async () => {
    const source = await readSource(bytes(pdf), pdf);
    expect(source.textLayer).toBe('repaired');
    expect(source.notes.map((n) => n.code)).toEqual(Array(pages).fill('extract/glyphs-repaired'));
    source.notes.forEach((note, i) => expect(note.message).toMatch(new RegExp(`^page ${i + 1}: \\d+ characters recovered from the embedded fonts$`, 'u')));
  });

  it('reads the real lines of the document', async () => {
    const text = comparableText(await extractPlanText(bytes(pdf)));
    for (const line of lines) {
      expect(comparableText(truth), 'the line is in the truth text').toContain(line);
      expect(text).toContain(line);
    }
  });

  it('comes close to the truth text as a whole', async () => {
    const text = await extractPlanText(bytes(pdf));
    expect(blockMoveCharacterErrorRate(text, truth)).toBeLessThan(maxCer);
    expect(orderFreeCharacterErrorRate(text, truth)).toBeLessThan(maxOrderFreeCer);
    expect(wordF1(text, truth)).toBeGreaterThan(0.99);
  });
});

describe('born-digital PDFs', () => {
  it.each(['000-sct-dan-van-2022', '001-skhdt-dan-van-2022', '002-thanh-tra-dan-van-2025'])('%s: text layer ok and unchanged', async (name) => {
    const source = await readSource(bytes(`fixtures/plans/${name}.pdf`), `${name}.pdf`);
    expect(source.textLayer).toBe('ok');
    expect(source.notes).toEqual([]);
    expect(source.lines.map((l) => `${l.page}:${l.line}${l.role === 'footnote' ? ' [footnote]' : ''} ${l.text}`)).toMatchSnapshot();
  });
});
