/**
 * The character tests the scanners use in place of regex classes (and of lower-casing, for the
 * first letters of type words) agree with them on every code unit, and on surrogate pairs for
 * letters before an offset.
 */
import { describe, expect, it } from 'vitest';
import { hasLower, isSpaceAt, isSpaceCode, letterOrDigitBefore, startsLower, startsUpper } from '../../src/references/chars.js';
import { TYPE_WORDS, isTypeWordFirstLetter } from '../../src/references/type-words.js';
import { LETTERS, NUMERALS } from '../../src/normalize/letter-classes.js';

const LETTER_OR_DIGIT_AT_END = new RegExp(`[${LETTERS}${NUMERALS}]$`, 'u');

describe('character tests', () => {
  it('isSpaceCode is \\s on every code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /^\s$/u.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
    expect(isSpaceAt('a\u00a0b', 1)).toBe(true);
  });

  it('letterOrDigitBefore is a letter or numeral class before the offset, on every code unit and on a surrogate pair', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const text = `x${String.fromCharCode(c)}`;
      if (letterOrDigitBefore(text, 2) !== LETTER_OR_DIGIT_AT_END.test(text)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
    expect(letterOrDigitBefore('αb', 1)).toBe(true);
    expect(letterOrDigitBefore('𝐀b', 2)).toBe(false);
    expect(letterOrDigitBefore('😀b', 2)).toBe(false);
    expect(letterOrDigitBefore('ab', 0)).toBe(false);
  });
});

describe('type word first letters', () => {
  it('isTypeWordFirstLetter is the lower-cased character among the first letters, on every code unit', () => {
    const first = new Set(TYPE_WORDS.map((word) => word[0]!.toLowerCase()));
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isTypeWordFirstLetter(`x${ch}`, 1) !== first.has(ch.toLowerCase())) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});

describe('letter case', () => {
  it('startsUpper, startsLower and hasLower are ^\\p{Lu}, ^\\p{Ll} and \\p{Ll}, on every code unit first and after ASCII', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const word of [`${ch}a`, `${ch}B`, `A${ch}`, `AB${ch}`]) {
        if (startsUpper(word) !== /^\p{Lu}/u.test(word) || startsLower(word) !== /^\p{Ll}/u.test(word) || hasLower(word) !== /\p{Ll}/u.test(word)) wrong.push(c);
      }
    }
    expect(wrong).toEqual([]);
    expect(hasLower('ỦY')).toBe(false);
    expect(hasLower('HĐnd')).toBe(true);
    expect(startsUpper('𝐀b')).toBe(true);
  });
});
