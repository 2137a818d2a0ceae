import { describe, expect, it } from 'vitest';
import { isPersonName, parseClosing } from '../../src/structure/closing.js';

const closing = (...lines: string[]) => parseClosing(lines.map((text) => ({ text })));

describe('parseClosing', () => {
  it('reads recipients then a KT. signature (fixtures/plans/002)', () => {
    const result = closing('Nơi nhận:', '- UBND tỉnh (b/c);', '- Sở Nội vụ (tổng hợp);', '- Lưu: VT, VP (TH).', 'KT. CHÁNH THANH TRA', 'PHÓ CHÁNH THANH TRA', 'Phạm Ngọc Hà');
    expect(result.recipients).toEqual(['UBND tỉnh (b/c)', 'Sở Nội vụ (tổng hợp)', 'Lưu: VT, VP (TH)']);
    expect(result.signature).toEqual({ authority: 'KT.', titles: ['CHÁNH THANH TRA', 'PHÓ CHÁNH THANH TRA'], name: 'Phạm Ngọc Hà' });
    expect(result.roles).toEqual(['recipients', 'recipients', 'recipients', 'recipients', 'signature', 'signature', 'signature']);
  });

  it('reads a signature that comes before the recipients', () => {
    const result = closing('TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Tuấn Anh', 'Nơi nhận:', '- Như Điều 4;', '- Lưu: VT, KT (Long).');
    expect(result.signature).toEqual({ authority: 'TM.', titles: ['ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Nguyễn Tuấn Anh' });
    expect(result.recipients).toEqual(['Như Điều 4', 'Lưu: VT, KT (Long)']);
  });

  it('reads a Party signature and ignores the stamp line', () => {
    const result = closing('T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', '(Đã ký)', 'Nguyễn Văn A');
    expect(result.signature).toEqual({ authority: 'T/M', titles: ['BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ'], name: 'Nguyễn Văn A' });
  });

  it('reads the recipients between the signature lines of a two-column closing read line by line (the text of ../shared/corpus/TB-1894)', () => {
    const result = closing(
      'Nơi nhận:',
      'KT. GIÁM ĐỐC',
      '- Công ty CP XD Giao thông Yên Bái;',
      '- Tổng công ty xây dựng Trường Sơn;',
      'PHÓ GIÁM ĐỐC',
      '- Công ty TNHH Hiệp Phú;',
      '- Ban Giám đốc Sở;',
      '- Lưu: VT, CN(M.Cường).',
      'Hoàng Văn Thuân',
    );
    expect(result.recipients).toEqual(['Công ty CP XD Giao thông Yên Bái', 'Tổng công ty xây dựng Trường Sơn', 'Công ty TNHH Hiệp Phú', 'Ban Giám đốc Sở', 'Lưu: VT, CN(M.Cường)']);
    expect(result.signature).toEqual({ authority: 'KT.', titles: ['GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Hoàng Văn Thuân' });
    expect(result.roles).not.toContain('unplaced');
  });

  it('reads the recipients of a scan whose OCR misread a bullet as "~" or lost one (../shared/corpus/GP-2507)', () => {
    const result = closing('Nơi nhận:', '- Chủ tịch UBND tỉnh;', '~ Công an tỉnh;', '- UBND xã Phong Hải;', 'Công ty CP khai thác VLXD Miền Bắc;', '- Lưu: VT, TTPVHCC, KT.', 'KT. CHỦ TỊCH', 'HÓ CHỦ TỊCH', 'Nguyễn Thành Sinh');
    expect(result.recipients).toEqual(['Chủ tịch UBND tỉnh', 'Công an tỉnh', 'UBND xã Phong Hải', 'Công ty CP khai thác VLXD Miền Bắc', 'Lưu: VT, TTPVHCC, KT']);
    expect(result.roles).not.toContain('unplaced');
  });

  it('a bullet before any "Nơi nhận" is not a recipient', () => {
    expect(closing('KT. GIÁM ĐỐC', '- ghi chú', 'PHÓ GIÁM ĐỐC').roles).toEqual(['signature', 'unplaced', 'signature']);
  });

  it('joins a wrapped recipient and reports what it cannot place', () => {
    const result = closing('Nơi nhận:', '- Các Sở, ngành: Công Thương, Nội vụ, Công', 'an tỉnh;', 'ghi chú viết tay');
    expect(result.recipients).toEqual(['Các Sở, ngành: Công Thương, Nội vụ, Công an tỉnh']);
    expect(result.roles[3]).toBe('unplaced');
  });
});

describe('isPersonName', () => {
  it.each([
    ['Trương Thị Mỹ Dung', true],
    ['Phạm Ngọc Hà', true],
    ['GIÁM ĐỐC', false],
    ['Lưu: VT, VP.', false],
    ['Sở Nội vụ', false],
  ])('%j → %s', (text, expected) => {
    expect(isPersonName(text)).toBe(expected);
  });
});
