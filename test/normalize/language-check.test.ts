import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertNotGarbled, assertVietnamese, garbledWordShare, vietnameseWordShare } from '../../src/normalize/language-check.js';

describe('assertVietnamese', () => {
  it('accepts every seed plan', () => {
    for (const name of ['000-sct-dan-van-2022', '001-skhdt-dan-van-2022', '002-thanh-tra-dan-van-2025']) {
      expect(() => assertVietnamese(readFileSync(`fixtures/plans/${name}.txt`, 'utf8'), 'text')).not.toThrow();
    }
  });

  it('refuses English with a precise reason', () => {
    expect(() => assertVietnamese(readFileSync('fixtures/bad/english.txt', 'utf8'), 'text')).toThrow(
      'the text is not Vietnamese: 0 of 96 words have Vietnamese letters',
    );
  });

  it('says nothing about short texts', () => {
    expect(() => assertVietnamese('Plan 2025', 'text')).not.toThrow();
  });

  it('counts words with Vietnamese letters', () => {
    expect(vietnameseWordShare('Kế hoạch số 73/KH-UBND of the province')).toEqual({ words: 8, vietnamese: 3 });
  });
});

describe('assertNotGarbled', () => {
  it('accepts every seed plan: no word holds a character outside Vietnamese', () => {
    for (const name of ['000-sct-dan-van-2022', '001-skhdt-dan-van-2022', '002-thanh-tra-dan-van-2025']) {
      const text = readFileSync(`fixtures/plans/${name}.txt`, 'utf8');
      expect(garbledWordShare(text).garbled).toBe(0);
      expect(() => assertNotGarbled(text, 'text')).not.toThrow();
    }
  });

  it.each([
    // glyph codes from a Ghostscript print (corpus QD-1050), as pdf.js reads them
    ['6Ӣ C‘NG 7+ѬѪ1', 2],
    ['ĈӝF OұS - 7ӵ do - +ҥQK ph˙c', 5],
    ['Sở Công Thương, Lưu: VT, CN (Dũng).', 0],
    ['Kế hoạch số 218-QĐ/TW; “Dân vận khéo”', 0],
  ])('%j: %i garbled words', (text, garbled) => {
    expect(garbledWordShare(text).garbled).toBe(garbled);
  });
});
