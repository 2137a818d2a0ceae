/**
 * The hand-written fast paths of the normalize stage give exactly what the plain code they stand
 * for gives: the symbol-dash test without its regex, the per-document table of word verdicts
 * without cutting words out of their line, a line that is its own normalization.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertNotGarbled, assertReadableVietnamese, assertVietnamese, garbledWordShare, vietnameseWordShare } from '../../src/normalize/language-check.js';
import { createNormalizeContext, normalizeLine } from '../../src/normalize/normalize-line.js';
import { isPlainLine } from '../../src/normalize/plain-line.js';
import { hasSuspectSymbolDash, SYMBOL_DASH_SUSPECT } from '../../src/normalize/symbol-dashes.js';
import { repairWord, shapeOfWord } from '../../src/normalize/tone-marks.js';
import { WordVerdicts, wordHash } from '../../src/normalize/word-verdicts.js';

const RUNS = { numRuns: 3000, seed: 20261122 };

/** Text from the characters the symbol-dash test is about, and a few others. */
const dashText = fc.array(fc.constantFrom(...'AĐQ09aqđ -‐‑–—−\t/.\u00A0'.split(''), '\u{1D400}', '\u{1D41A}', '\uD835', '\uDC00', 'x'), { maxLength: 24 }).map((units) => units.join(''));

describe('hasSuspectSymbolDash', () => {
  it('agrees with SYMBOL_DASH_SUSPECT on any text', () => {
    fc.assert(
      fc.property(dashText, (text) => {
        expect(hasSuspectSymbolDash(text)).toBe(SYMBOL_DASH_SUSPECT.test(text));
      }),
      RUNS,
    );
  });

  it.each([
    ['04/2015/NĐ – CP', true],
    ['04/2015/NĐ-CP', false],
    ['08–QĐi/TW', true],
    ['- Giao Văn phòng', false],
    ['kinh tế - xã hội', false],
    ['UBND - SỞ', true],
    ['2022 -UBND', true],
  ])('%j: %s', (text, expected) => {
    expect(hasSuspectSymbolDash(text)).toBe(expected);
    expect(SYMBOL_DASH_SUSPECT.test(text)).toBe(expected);
  });
});

describe('WordVerdicts', () => {
  const needs = (word: string) => {
    const shape = shapeOfWord(word);
    return shape !== null && repairWord(shape, 'new') !== null;
  };

  it('answers as the grammar does, for words asked as ranges of a line and as strings, across growth', () => {
    const verdicts = new WordVerdicts();
    const words = ['hoà', 'hòa', 'qúa', 'quá', 'nghành', 'ngành', 'baỏ', 'bảo', 'lựơng', 'lượng', 'người', 'khoẻ', 'thuỷ', 'Thủy'];
    // many distinct words, so the table grows several times
    const many = Array.from({ length: 600 }, (_, i) => `${words[i % words.length]}${'abc'[i % 3]!.repeat(1 + (i % 5))}`);
    for (const word of [...words, ...many, ...words]) {
      const line = `  ${word}, `;
      expect(verdicts.needsRepair(line, 2, 2 + word.length, wordHash(line, 2, 2 + word.length), 'new')).toBe(needs(word));
      expect(verdicts.needsRepair(word, 0, word.length, wordHash(word, 0, word.length), 'new')).toBe(needs(word));
    }
  });

  it('the fast path hashes a word as wordHash does: the line and the word share one entry', () => {
    const { verdicts } = createNormalizeContext();
    const entries = () => (verdicts as unknown as { count: number }).count;
    expect(isPlainLine('hoà bình người', 'new', verdicts)).toBe(true);
    const seen = entries();
    expect(seen).toBeGreaterThan(0);
    for (const word of ['hoà', 'người']) verdicts.needsRepair(word, 0, word.length, wordHash(word, 0, word.length), 'new');
    expect(entries()).toBe(seen);
  });

  it('a hash collision is told apart by the word itself', () => {
    const verdicts = new WordVerdicts();
    // the same (false) hash for two words: each keeps its own verdict
    expect(verdicts.needsRepair('qúa', 0, 3, 7, 'new')).toBe(true);
    expect(verdicts.needsRepair('quá', 0, 3, 7, 'new')).toBe(false);
    expect(verdicts.needsRepair('qúa', 0, 3, 7, 'new')).toBe(true);
  });
});

describe('the fast path', () => {
  const line = fc
    .array(fc.constantFrom(...'aăâeêioôơuưyđ hoàáảãạquingt-–"“*_.,:;/0123456789KHUBNDĐỘQ'.split(''), 'ngh', 'gi', 'ờ', 'ế', 'ọ', 'ủ', 'thòi', ' - '), { maxLength: 40 })
    .map((units) => units.join(''));

  it('takes a line only when normalizing it would change nothing', () => {
    fc.assert(
      fc.property(line, (text) => {
        const core = text.trim();
        if (isPlainLine(core, 'new', createNormalizeContext().verdicts)) expect(normalizeLine(text).text).toBe(core);
      }),
      RUNS,
    );
  });
});

describe('garbledWordShare', () => {
  // the definition, written out again as the oracle: the words of text.split(/\s+/u) stripped of
  // their leading and trailing punctuation; a word with a letter counts, and is garbled when it
  // holds a character no Vietnamese word has
  const alphabet = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵfjwz';
  const wordCharacters = new Set([...alphabet, ...alphabet.toUpperCase(), ...'0123456789/-.,&%\'_+=:;()[]"“”‘’–—…?!*#@§°×']);
  const oracle = (text: string) => {
    let words = 0;
    let garbled = 0;
    for (const raw of text.split(/\s+/u)) {
      const chars = [...raw.replace(/^[("“‘'[\-–—.,;:]+/u, '').replace(/[)"”’'\].,;:!?…]+$/u, '')];
      if (!chars.some((c) => /^\p{L}$/u.test(c))) continue;
      words += 1;
      if (chars.some((c) => !wordCharacters.has(c))) garbled += 1;
    }
    return { words, garbled };
  };
  const text = fc
    .array(fc.constantFrom(...'aệĐ9 \t\n.,()“”‘’\'[]-–—…!?;:ӢѬ‡·µ'.split(''), '\u{1D400}', '\uD835', 'ñ', ' ', '  '), { maxLength: 40 })
    .map((units) => units.join(''));

  it('counts as the definition does, on any text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(garbledWordShare(t)).toEqual(oracle(t));
      }),
      RUNS,
    );
  });
});

describe('vietnameseWordShare', () => {
  // the definition as a regex, as the oracle: runs of two letters or more, and those of them with a Vietnamese letter
  const oracle = (text: string) => {
    const runs = text.match(/\p{L}{2,}/gu) ?? [];
    return { words: runs.length, vietnamese: runs.filter((w) => /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu.test(w)).length };
  };
  const text = fc
    .array(fc.constantFrom(...'aệĐ9 \t\n.,()“”-–ӢѬ·µßΩ'.split(''), '\u{1D400}', '\u{1F600}', '\uD835', '\uDC00', 'ñ', 'Kế', ' '), { maxLength: 40 })
    .map((units) => units.join(''));

  it('counts as the definition does, on any text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(vietnameseWordShare(t)).toEqual(oracle(t));
      }),
      RUNS,
    );
  });
});

describe('assertReadableVietnamese', () => {
  const outcome = (check: () => void) => {
    try {
      check();
      return null;
    } catch (error) {
      return error;
    }
  };
  // words from a few kinds, so that each verdict comes up: fine, garbled, not Vietnamese
  const pool = fc.subarray(['Kế', 'hoạch', 'plan', 'the', 'of', '6Ӣ', 'C‘NG', '7+ѬѪ1', 'ph˙c', '2025', '–'], { minLength: 1 });
  const text = pool.chain((words) => fc.array(fc.constantFrom(...words), { maxLength: 120 })).map((words) => words.join(' '));

  it('throws what assertNotGarbled then assertVietnamese throw', () => {
    fc.assert(
      fc.property(text, fc.constantFrom<'pdf' | 'text'>('pdf', 'text'), (t, format) => {
        const both = outcome(() => {
          assertNotGarbled(t, format);
          assertVietnamese(t, format);
        });
        const one = outcome(() => assertReadableVietnamese(t, format));
        expect(one).toEqual(both);
        expect((one as { code?: string } | null)?.code).toBe((both as { code?: string } | null)?.code);
      }),
      { numRuns: 500, seed: 20261122 },
    );
  });
});
