import { describe, expect, it } from 'vitest';
import { normalizeLine } from '../../src/normalize/normalize-line.js';
import { foldKey, toneKey } from '../../src/normalize/match-keys.js';

describe('normalizeLine', () => {
  it.each([
    // detached and misplaced combining marks (DOMAIN.md §5, observed in real PDFs)
    ['Khoa hoc\u0323', 'Khoa học'],
    ['Công nghê \u0323(KH&CN)', 'Công nghệ (KH&CN)'],
    ['Khoa hoc\u0323 va\u0300 Công nghê\u0323'.normalize('NFD'), 'Khoa học và Công nghệ'],
    ['lư\u0323\u01a1ng'.normalize('NFC'), 'lượng'],
    // spaces, invisible characters, hyphen look-alikes, confusables
    ['Chỉ thị\u00a0số  33/CT\u2011TTg', 'Chỉ thị số 33/CT-TTg'],
    ['Kế\u200b hoạch\u00ad', 'Kế hoạch'],
    ['\u00D0ảng', 'Đảng'],
    ['phương châm \u201ESâu sát\u201D', 'phương châm “Sâu sát”'],
    // slash look-alikes (OCR's fraction slash in a number: the GP-2507 scan)
    ['Thông tư số 23\u20442024/TT-BCT', 'Thông tư số 23/2024/TT-BCT'],
    ['Số: 12\u2215QĐ-UBND', 'Số: 12/QĐ-UBND'],
    ['Số: 12\uFF0FQĐ-UBND', 'Số: 12/QĐ-UBND'],
    ['  I. MỤC ĐÍCH, YÊU CẦU  ', 'I. MỤC ĐÍCH, YÊU CẦU'],
    // both tone styles are valid and kept as written
    ['khoá XI', 'khoá XI'],
    ['khóa XI', 'khóa XI'],
    ['Thuỷ', 'Thuỷ'],
    // markdown emphasis from converted .docx
    ['**KT. CHÁNH THANH TRA', 'KT. CHÁNH THANH TRA'],
    ['- *Giao Tổ Công vụ tham mưu kiểm tra kỷ luật.*', '- Giao Tổ Công vụ tham mưu kiểm tra kỷ luật.'],
    ['* Đảng bộ tỉnh', '* Đảng bộ tỉnh'],
    // dashes that carry meaning stay
    ['Lê Văn Lộc – Phó Giám đốc Sở', 'Lê Văn Lộc – Phó Giám đốc Sở'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeLine(input).text).toBe(expected);
  });

  it('maps every output character back to a source column', () => {
    const source = '  Công nghê \u0323(KH&CN)';
    const { text, columnOf } = normalizeLine(source);
    expect(source[columnOf(text.indexOf('('))]).toBe('(');
    expect(source[columnOf(0)]).toBe('C');
    for (let i = 1; i < text.length; i += 1) expect(columnOf(i)).toBeGreaterThanOrEqual(columnOf(i - 1));
    const plain = normalizeLine('  Kế hoạch số 73/KH-UBND ');
    expect(plain.text).toBe('Kế hoạch số 73/KH-UBND');
    expect(plain.columnOf(0)).toBe(2);
  });

  it('reports a slash look-alike it replaced', () => {
    expect(normalizeLine('Thông tư số 23\u20442024/TT-BCT').fixes).toMatchObject([
      { code: 'normalize/confusable', message: 'look-alike character replaced: "\u2044" → "/"', start: 14, end: 15 },
    ]);
  });

  it('reports markdown emphasis', () => {
    expect(normalizeLine('**1. Đẩy mạnh**').emphasis).toBe('bold');
    expect(normalizeLine('- *Giao Văn phòng*').emphasis).toBe('italic');
    expect(normalizeLine('Giao Văn phòng').emphasis).toBeNull();
  });

  it('is idempotent on the seed plans', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    for (const name of readdirSync('fixtures/plans').filter((n) => n.endsWith('.txt'))) {
      for (const line of readFileSync(`fixtures/plans/${name}`, 'utf8').split('\n')) {
        const once = normalizeLine(line).text;
        expect(normalizeLine(once).text).toBe(once);
      }
    }
  });
});

describe('match keys', () => {
  it.each([
    ['khoá XI', 'khóa XI'],
    ['Thuỷ', 'thủy'],
    ['UỶ BAN NHÂN DÂN', 'Ủy ban nhân dân'],
    ['hoà', 'hòa'],
  ])('toneKey(%j) = toneKey(%j)', (a, b) => {
    expect(toneKey(a)).toBe(toneKey(b));
  });

  it('toneKey keeps different tones apart', () => {
    expect(toneKey('Quyết định')).not.toBe(toneKey('Quyết đinh'));
  });

  it('foldKey drops every mark and maps đ to d', () => {
    expect(foldKey('Độc lập - Tự do - Hạnh phúc')).toBe('doc lap - tu do - hanh phuc');
  });
});
