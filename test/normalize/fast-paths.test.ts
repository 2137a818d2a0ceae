/**
 * The hand-written fast paths of the normalize stage give exactly what the plain code they stand
 * for gives: the symbol-dash test without its regex, the per-document table of word verdicts
 * without cutting words out of their line, a line that is its own normalization.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertNotGarbled, assertReadableVietnamese, assertVietnamese, garbledWordShare, vietnameseWordShare } from '../../src/normalize/language-check.js';
import { emphasisMarks } from '../../src/normalize/emphasis-marks.js';
import { becomesSpace } from '../../src/normalize/line-units.js';
import { isSpaceCode } from '../../src/normalize/space-codes.js';
import { createNormalizeContext, normalizeLine } from '../../src/normalize/normalize-line.js';
import { nearPlainLine } from '../../src/normalize/near-plain-line.js';
import { isPlainLine, isSlowCode } from '../../src/normalize/plain-line.js';
import { hasSuspectSymbolDash, SYMBOL_DASH_SUSPECT } from '../../src/normalize/symbol-dashes.js';
import { parseSyllable } from '../../src/normalize/syllable.js';
import { needsRepair, repairWord, shapeOfWord } from '../../src/normalize/tone-marks.js';
import { isVowelCode, LATIN_LETTERS_END, LetterClass, letterClass, letterInfo, letterInfoOfCode, markedLetters } from '../../src/normalize/vietnamese-letters.js';
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

describe('emphasisMarks', () => {
  // the marks as the regexes found them, as the oracle
  const oracle = (text: string) => {
    const at = new Set<number>();
    let emphasis: 'bold' | 'italic' | null = null;
    for (const m of text.matchAll(/\*\*|__/gu)) {
      at.add(m.index);
      at.add(m.index + 1);
      emphasis = 'bold';
    }
    for (const m of text.matchAll(/(?<![*\w])\*(?=[^\s*])|(?<=[^\s*])\*(?![*\w])/gu)) {
      if (m.index === 0 && text[1] === ' ') continue;
      at.add(m.index);
      emphasis ??= 'italic';
    }
    return { at: [...at].sort((a, b) => a - b), emphasis };
  };
  const text = fc
    .array(fc.constantFrom(...'*_ a9Đ.\t'.split(''), '**', '__', '\u00A0', '\u2003', '\u3000', '\uFEFF', '\u{1D400}', '\uD835', '\uDC00', 'ệ'), { maxLength: 16 })
    .map((units) => units.join(''));

  it('finds the marks the regexes found, on any text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const marks = emphasisMarks(t);
        expect({ at: [...marks.at].sort((a, b) => a - b), emphasis: marks.emphasis }).toEqual(oracle(t));
      }),
      RUNS,
    );
  });

  it('takes spaces and word characters on either side of a * as /\\s/u and /\\w/u do, for every UTF-16 unit', () => {
    for (let code = 0; code < 0x10000; code += 1) {
      const ch = String.fromCharCode(code);
      // (each text asks one of the four: space after, space before, word character after, before)
      for (const text of [` *${ch}`, `${ch}* `, `a*${ch}`, `${ch}*a`]) expect(emphasisMarks(text).at.has(1)).toBe(oracle(text).at.includes(1));
    }
  });
});

describe('the grammar without strings to build', () => {
  it('letterInfoOfCode reads what letterInfo reads, for every UTF-16 unit', () => {
    for (let code = 0; code < 0x10000; code += 1) expect(letterInfoOfCode(code)).toBe(letterInfo(String.fromCharCode(code)));
  });

  const word = fc
    .array(fc.constantFrom(...markedLetters(), ...'aeiouyngqhctkmpđGIQNĐ', 'ngh', 'ươ', 'uy', 'oa', 'oe', 'uơ', 'ưo', '\u0301', 'ñ', '1', '\u{1D400}'), { maxLength: 6 })
    .map((units) => units.join(''));

  it('needsRepair answers as repairWord(shapeOfWord(word)) does, in both styles, for a word anywhere in a text', () => {
    fc.assert(
      fc.property(word, fc.constantFrom<'old' | 'new'>('old', 'new'), (w, style) => {
        const shape = shapeOfWord(w);
        const expected = shape !== null && repairWord(shape, style) !== null;
        expect(needsRepair(w, 0, w.length, style)).toBe(expected);
        expect(needsRepair(`x ${w} y`, 2, 2 + w.length, style)).toBe(expected);
      }),
      RUNS,
    );
  });

  // parseSyllable as it was written (regexes, every onset and final tried in turn), with its tables, as the oracle
  const ONSETS = ['ngh', 'ng', 'gh', 'kh', 'nh', 'ph', 'th', 'tr', 'ch', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'];
  const OPEN = new Set(
    'a e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iu oa oe oi ôi ơi ua ui uy ưa ưi ưu uơ uê iêu yêu oai oao oay oeo uây uôi uya uyu ươi ươu uêu'.split(' '),
  );
  const CLOSED = new Map(
    (
      [
        ['a', 'c ch m n ng nh p t k'], ['ă', 'c m n ng p t k'], ['â', 'c m n ng p t k'], ['e', 'c m n ng p t k'], ['o', 'c m n ng p t k'],
        ['ô', 'c m n ng p t k'], ['u', 'c m n ng p t k'], ['ơ', 'm n p t k'], ['ê', 'ch m n ng nh p t'], ['i', 'ch m n nh p t'],
        ['ư', 'c m n ng t'], ['iê', 'c m n ng p t'], ['yê', 'm n ng t'], ['uô', 'c m n ng t'], ['ươ', 'c m n ng p t'],
        ['oa', 'c ch m n ng nh p t'], ['oă', 'c m n ng t'], ['oe', 'm n t'], ['uâ', 'n ng t'], ['uê', 'ch nh'], ['uy', 'ch nh p t'],
        ['uyê', 'n t'], ['oo', 'c ng'],
      ] as const
    ).map(([nucleus, finals]) => [nucleus as string, new Set(finals.split(' '))]),
  );
  const FINALS = ['ch', 'ng', 'nh', 'c', 'm', 'n', 'p', 't', 'k'];
  const FRONT = /^[ieê]/u;
  const splitRhyme = (rhyme: string) => {
    if (OPEN.has(rhyme)) return { vowels: rhyme, final: '' };
    for (const final of FINALS) {
      if (rhyme.length <= final.length || !rhyme.endsWith(final)) continue;
      const vowels = rhyme.slice(0, -final.length);
      if (CLOSED.get(vowels)?.has(final)) return { vowels, final };
    }
    return null;
  };
  const onsetFits = (onset: string, rhyme: string) => {
    if (onset === 'ngh' || onset === 'gh') return FRONT.test(rhyme);
    if (onset === 'k') return FRONT.test(rhyme) || rhyme.startsWith('y');
    if (onset === 'c') return !FRONT.test(rhyme) && !rhyme.startsWith('y');
    if (onset === 'ng' || onset === 'g') return !FRONT.test(rhyme);
    return true;
  };
  const syllableOf = (onset: string, rhyme: string) => {
    const split = splitRhyme(rhyme);
    if (!split) return null;
    if (onset !== '' && split.vowels.startsWith('y') && split.vowels.length > 1) return null;
    return { onset, vowels: split.vowels, vowelStart: onset.length, final: split.final };
  };
  const oracle = (letters: string) => {
    if (letters.startsWith('qu')) {
      const rest = letters.slice(2);
      if (rest === '' || /^[ouư]/u.test(rest)) return null;
      if (!rest.startsWith('y')) return syllableOf('qu', rest);
      const split = splitRhyme(`u${rest}`);
      return split ? { onset: 'qu', vowels: split.vowels.slice(1), vowelStart: 2, final: split.final } : null;
    }
    if (letters.startsWith('gi')) {
      const rest = letters.slice(2);
      if (/^[aăâeêioôơuưy]/u.test(rest)) {
        const asOnset = syllableOf('gi', rest);
        if (asOnset) return asOnset;
      }
      return syllableOf('g', letters.slice(1));
    }
    for (const onset of ONSETS) {
      if (!letters.startsWith(onset)) continue;
      const rhyme = letters.slice(onset.length);
      return onsetFits(onset, rhyme) ? syllableOf(onset, rhyme) : null;
    }
    return syllableOf('', letters);
  };
  const BASES = [...'abcdđefghijklmnopqrstuvwxyzăâêôơư'];

  it('parseSyllable parses as it did, on every string of up to three letters', () => {
    const strings = [''];
    for (let length = 1; length <= 3; length += 1) for (const s of strings.filter((x) => x.length === length - 1)) for (const b of BASES) strings.push(s + b);
    for (const letters of strings) expect(parseSyllable(letters)).toEqual(oracle(letters));
  });

  it('parseSyllable parses as it did, on longer strings', () => {
    const letters = fc
      .array(fc.constantFrom(...BASES, 'ngh', 'ng', 'gi', 'qu', 'uyê', 'ươ', 'iê', 'ch', 'nh', 'oo'), { minLength: 1, maxLength: 4 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(letters, (l) => {
        expect(parseSyllable(l)).toEqual(oracle(l));
      }),
      RUNS,
    );
  });
});

describe('the second fast path', () => {
  it('maps to a space exactly what the slow path maps (becomesSpace), for every UTF-16 unit', () => {
    for (let code = 0; code < 0x10000; code += 1) expect(isSpaceCode(code) && code !== 0xfeff).toBe(becomesSpace(String.fromCharCode(code)));
  });

  // nearPlainLine as it was written (origins as arrays, sets of indices), as the oracle
  const without = (text: string, origins: readonly number[], drop: ReadonlySet<number>) => {
    let out = '';
    const kept: number[] = [];
    let from = 0;
    for (let i = 0; i <= text.length; i += 1) {
      if (i < text.length && !drop.has(i)) continue;
      out += text.slice(from, i);
      for (let k = from; k < i; k += 1) kept.push(origins[k]!);
      from = i + 1;
    }
    return { text: out, origins: kept };
  };
  const oracle = (line: string, emphasis: boolean, verdicts: WordVerdicts) => {
    let spaces = false;
    for (let i = 0; i < line.length; i += 1) {
      const code = line.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdfff) return null;
      if (!isSlowCode(code)) continue;
      if (emphasis && (code === 0x2a || code === 0x5f)) continue;
      if (!becomesSpace(line[i]!)) return null;
      spaces = true;
    }
    const origins = [...line].map((_, i) => i);
    const mapped = spaces ? [...line].map((ch) => (becomesSpace(ch) ? ' ' : ch)).join('') : line;
    let mark: 'bold' | 'italic' | null = null;
    let current = { text: mapped, origins };
    if (emphasis) {
      while (/[*_]/u.test(current.text)) {
        const marks = emphasisMarks(current.text);
        if (marks.at.size === 0) break;
        if (mark !== 'bold') mark = marks.emphasis ?? mark;
        current = without(current.text, current.origins, marks.at);
      }
    }
    const drop = new Set<number>();
    const t = current.text;
    for (let i = 0; i < t.length; i += 1) if (t.charCodeAt(i) === 0x20 && (i === 0 || t.charCodeAt(i - 1) === 0x20 || drop.has(i - 1))) drop.add(i);
    let end = t.length;
    while (end > 0 && t.charCodeAt(end - 1) === 0x20) drop.add((end -= 1));
    const collapsed = drop.size === 0 ? { text: t, origins: [...current.origins] } : without(t, current.origins, drop);
    if (!isPlainLine(collapsed.text, 'new', verdicts)) return null;
    return { text: collapsed.text, origins: collapsed.origins, emphasis: mark };
  };
  const line = fc
    .array(fc.constantFrom(...'aăâđ hoàquing-–.,:*_'.split(''), '**', '__', ' *', '* ', '  ', '\t', '\u00A0', '\u2003', '\u3000', '\uFEFF', 'ờ', 'ế', 'thòi', 'hòa', 'qúa', '\u{1D400}', '\u0301'), { maxLength: 40 })
    .map((units) => units.join(''));

  it('takes the lines the code it replaces took, and gives their text, columns and emphasis', () => {
    fc.assert(
      fc.property(line, fc.boolean(), (text, emphasis) => {
        const verdicts = new WordVerdicts();
        const fast = nearPlainLine(text, emphasis, 'new', verdicts);
        const expected = oracle(text, emphasis, verdicts);
        expect(fast === null ? null : { text: fast.text, origins: [...Array.from(fast.origins)], emphasis: fast.emphasis }).toEqual(expected);
      }),
      RUNS,
    );
  });
});

describe('LATIN_LETTERS_END', () => {
  it('has no letter of the Vietnamese alphabet or other Latin letter from it on (plain-line fills its table past it by ranges)', () => {
    const wrong: number[] = [];
    for (let code = LATIN_LETTERS_END; code <= 0xffff; code += 1) if (letterClass(code) !== LetterClass.Other || isVowelCode(code)) wrong.push(code);
    expect(wrong).toEqual([]);
    expect(letterClass(LATIN_LETTERS_END - 1)).toBe(LetterClass.OtherLatin);
  });
});
