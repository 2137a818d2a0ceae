/**
 * The letter, numeral and mark classes are Unicode's `\p{L}`, `\p{N}`, `\p{M}` within the script
 * blocks, checked on every code point; past them they match nothing. (A code point the runtime's
 * Unicode has not assigned yet may be in a class: a later Node will know it.)
 */
import { describe, expect, it } from 'vitest';
import { LETTERS, MARKS, NUMERALS, SCRIPT_BLOCKS } from '../../src/normalize/letter-classes.js';

const inBlocks = (code: number) => SCRIPT_BLOCKS.some(([first, last]) => code >= first && code <= last);
const UNASSIGNED = /^\p{Cn}$/u;

describe.each([
  ['LETTERS', LETTERS, /^\p{L}$/u],
  ['NUMERALS', NUMERALS, /^\p{N}$/u],
  ['MARKS', MARKS, /^\p{M}$/u],
])('%s', (_name, body, unicode) => {
  const own = new RegExp(`^[${body}]$`, 'u');

  it('is the Unicode class within the script blocks, on every code point', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0x10ffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCodePoint(code);
      const expected = inBlocks(code) && unicode.test(ch);
      if (own.test(ch) !== expected && !(inBlocks(code) && UNASSIGNED.test(ch))) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('under the i flag, is the Unicode class under it within the blocks, and past them a part of it', () => {
    const folded = new RegExp(`^[${body}]$`, 'iu');
    const unicodeFolded = new RegExp(unicode.source, 'iu');
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      const ch = String.fromCharCode(code);
      const ok = inBlocks(code) ? folded.test(ch) === unicodeFolded.test(ch) || UNASSIGNED.test(ch) : !folded.test(ch) || unicodeFolded.test(ch);
      if (!ok) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});

describe('the script blocks', () => {
  it('hold every letter of the Vietnamese alphabet, with each tone, in both cases', () => {
    const consonants = 'bcdđghklmnpqrstvx';
    const vowels = 'aăâeêioôơuưy';
    const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
    const own = new RegExp(`^[${LETTERS}]$`, 'u');
    const toned = [...vowels].flatMap((vowel) => tones.map((tone) => (vowel + tone).normalize('NFC')));
    const missing = [...consonants, ...toned].flatMap((l) => [l, l.toUpperCase()]).filter((l) => !own.test(l));
    expect(toned.every((l) => l.length === 1)).toBe(true);
    expect(missing).toEqual([]);
  });

  it('leave out the letters of other scripts', () => {
    const own = new RegExp(`^[${LETTERS}]$`, 'u');
    expect(['中', 'ا', 'ก', '𝐀'].filter((l) => own.test(l))).toEqual([]);
    expect(['α', 'Ж', 'ﬁ', 'ℓ'].every((l) => own.test(l))).toBe(true);
  });
});
