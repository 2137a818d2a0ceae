/** The measures of extracted text against a correct text (scripts/measure-text.js). */
import { describe, expect, it } from 'vitest';
import { blockMoveCharacterErrorRate, characterErrorRate, comparableText, orderFreeCharacterErrorRate } from '../../src/extract/text-accuracy.js';

const TRUTH = [
  'Nơi nhận:                       GIÁM ĐỐC',
  '- UBND tỉnh (để báo cáo);',
  '- Lưu: VT, CN.                  Hoàng Chí Hiền',
].join('\n');
const COLUMNS = ['Nơi nhận:', '- UBND tỉnh (để báo cáo);', '- Lưu: VT, CN.', 'GIÁM ĐỐC', 'Hoàng Chí Hiền'].join('\n');

describe('text accuracy', () => {
  it('takes table cell separators for spaces', () => {
    expect(comparableText('| 1 | Văn phòng |  Quý II/2025 |')).toBe('1 Văn phòng Quý II/2025');
    expect(comparableText('a|b')).toBe('a|b');
  });

  it('charges a block read in another order one edit with blocks allowed to move, its length in strict order', () => {
    const strict = characterErrorRate(COLUMNS, TRUTH);
    const moved = blockMoveCharacterErrorRate(COLUMNS, TRUTH);
    const characters = [...comparableText(TRUTH)].length;
    expect(strict).toBeGreaterThan(10 / characters);
    expect(moved * characters).toBe(1); // "GIÁM ĐỐC" moved; "Hoàng Chí Hiền" then follows in order
  });

  it('still charges wrong characters with blocks allowed to move', () => {
    const wrong = COLUMNS.replace('Hoàng Chí Hiền', 'Hoang Chi Hien');
    expect(blockMoveCharacterErrorRate(wrong, TRUTH) * [...comparableText(TRUTH)].length).toBeGreaterThanOrEqual(3);
    expect(orderFreeCharacterErrorRate(COLUMNS, TRUTH)).toBe(0);
    expect(blockMoveCharacterErrorRate(TRUTH, TRUTH)).toBe(0);
  });
});
