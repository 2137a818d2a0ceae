import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertVietnamese, vietnameseWordShare } from '../../src/normalize/language-check.js';

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
