/**
 * The match keys read without their regexes give what the regexes gave: withCanonicalTones finds
 * the old-style pairs by a table, toneKey passes the steps that cannot change a key, foldKey folds a
 * key of letters letter by letter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey, toneKey, withCanonicalTones } from '../../src/normalize/match-keys.js';
import { normalizeDisplay } from '../../src/normalize/normalize-line.js';
import { restyleWord, shapeOfWord, spellWord } from '../../src/normalize/tone-marks.js';
import { LetterClass, letterClass, markedLetters } from '../../src/normalize/vietnamese-letters.js';

const RUNS = { numRuns: 3000, seed: 20261122 };

// the three functions as they were written, as the oracles
const OLD_STYLE_PAIR = /[òóỏõọÒÓỎÕỌ][aAeE]|[ùúủũụÙÚỦŨỤ][yY]/gu;
const isWordCode = (code: number) => letterClass(code) !== LetterClass.Other;

function withCanonicalTonesOracle(text: string): string {
  let out = '';
  let done = 0;
  for (const pair of text.matchAll(OLD_STYLE_PAIR)) {
    let start = pair.index;
    let end = pair.index + 2;
    if (start < done) continue;
    while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start -= 1;
    while (end < text.length && isWordCode(text.charCodeAt(end))) end += 1;
    const word = text.slice(start, end);
    const shape = shapeOfWord(word);
    const restyled = shape && restyleWord(shape, 'new');
    out += text.slice(done, start) + (restyled ? spellWord(restyled) : word);
    done = end;
  }
  return done === 0 ? text : out + text.slice(done);
}

function toneKeyOracle(text: string): string {
  const lower = normalizeDisplay(text).toLowerCase();
  const display = /[\u0370-\u052F\u1F00-\u1FFF]/u.test(lower) ? normalizeDisplay(lower) : lower;
  return withCanonicalTonesOracle(display)
    .replace(/[“”„‟«»″〝〞＂]/gu, '"')
    .replace(/[‘’‚‛′＇]/gu, "'")
    .replace(/[‒–—―−﹘﹣－]/gu, '-')
    .replace(/[\uFF01-\uFF5E]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\s+/gu, ' ')
    .trim()
    .normalize('NFC');
}

const foldKeyOracle = (text: string) =>
  toneKeyOracle(text).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/ {2,}/gu, ' ').trim().normalize('NFC');

const text = fc
  .array(
    fc.constantFrom(
      ...markedLetters(),
      ...'aeiouyAEIOUYhqtnđĐ 0-/.,',
      'hoà', 'hòa', 'HÒA', 'thủy', 'THỦY', 'quý', 'khỏe', 'óa', 'ùy', 'òe',
      '  ', '\t', '\n', '\r\n', '\u00A0', '\u2003', '\u3000', '\uFEFF',
      '“', '”', '„', '«', '»', '″', '‘', '’', '′', '＇', '＂', '–', '—', '−', '‒', '－', '﹣', 'Ａ', 'ｚ', '１', '！',
      '\u0301', '\u0323', '\u0302', 'ñ', 'Ω', 'Ԁ', 'А', 'о', 'ὀ', 'ǅ', 'ß', 'İ', 'ﬁ', '\u{1D400}', '\uD835', '*', '_', '²', '×',
    ),
    { maxLength: 24 },
  )
  .map((units) => units.join(''));

describe('match keys without regexes', () => {
  it('withCanonicalTones restyles the pairs the regex found, on any text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(withCanonicalTones(t)).toBe(withCanonicalTonesOracle(t));
      }),
      RUNS,
    );
  });

  it('toneKey and foldKey give what the full chain of steps gave, on any text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(toneKey(t)).toBe(toneKeyOracle(t));
        expect(foldKey(t)).toBe(foldKeyOracle(t));
      }),
      RUNS,
    );
  });

  it('below U+0300 every character is NFC alone, as keyWork takes it', () => {
    for (let code = 0; code < 0x300; code += 1) {
      const ch = String.fromCharCode(code);
      if (code < 0xd800) expect(ch.normalize('NFC')).toBe(ch);
    }
  });
});
