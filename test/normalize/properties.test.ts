/**
 * Properties of the normalize stage over generated input (fast-check): idempotent; every valid
 * Vietnamese syllable already canonical in its style is left alone; offsets map back into the
 * source, letter for letter; foreign and unaccented text is never touched.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/extract/read-text.js';
import { decodeLegacyRun } from '../../src/normalize/legacy/decode-run.js';
import { foldKey, toneKey } from '../../src/normalize/match-keys.js';
import { normalizeLine } from '../../src/normalize/normalize-line.js';
import { normalizeSource } from '../../src/normalize/normalize-source.js';
import { parseToned, toneIndex, type ToneStyle } from '../../src/normalize/syllable.js';
import { composeLetter, type Tone } from '../../src/normalize/vietnamese-letters.js';

const RUNS = { numRuns: 1500, seed: 20261121 };

// the grammar of the research report §3.3, written out again here (not imported) as the oracle
const ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];
const OPEN = 'a e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iu oa oe oi ôi ơi ua ui uy ưa ưi ưu uơ uê iêu yêu oai oay oeo uây uôi uya uyu ươi ươu'.split(' ');
const CLOSED: [string, string][] = [
  ['a', 'c ch m n ng nh p t'], ['ă', 'c m n ng p t'], ['â', 'c m n ng p t'], ['e', 'c m n ng p t'], ['ê', 'ch m n nh p t'],
  ['i', 'ch m n nh p t'], ['o', 'c m n ng p t'], ['ô', 'c m n ng p t'], ['ơ', 'm n p t'], ['u', 'c m n ng p t'], ['ư', 'c m n ng t'],
  ['iê', 'c m n ng p t'], ['yê', 'm n ng t'], ['uô', 'c m n ng t'], ['ươ', 'c m n ng p t'], ['oa', 'c ch m n ng nh p t'],
  ['oă', 'c m n ng t'], ['oe', 'm n t'], ['uâ', 'n ng t'], ['uê', 'ch nh'], ['uy', 'ch nh p t'], ['uyê', 'n t'],
];
const RHYMES = [...OPEN, ...CLOSED.flatMap(([nucleus, finals]) => finals.split(' ').map((f) => nucleus + f))];

/** Every syllable the grammar accepts, spelled with its tone where `style` puts it. */
function canonicalSyllables(): string[] {
  const out = new Set<string>();
  for (const onset of ONSETS) {
    for (const rhyme of RHYMES) {
      for (let t = 0; t <= 5; t += 1) {
        const tone = t as Tone;
        const letters = onset + rhyme;
        const syllable = parseToned(letters, tone);
        if (!syllable) continue;
        for (const style of ['old', 'new'] as ToneStyle[]) {
          const at = toneIndex(syllable, style);
          out.add([...letters].map((b, i) => composeLetter(b, i === at ? tone : 0, false)).join(''));
        }
      }
    }
  }
  return [...out];
}

const SYLLABLES = canonicalSyllables();
const TYPOS = /(?:kịp|thòi) thòi|thòi (?:gian|hạn|điểm)/iu;

const cased = (word: string, mode: number) => (mode === 0 ? word : mode === 1 ? word.toUpperCase() : word[0]!.toUpperCase() + word.slice(1));

describe('valid syllables', () => {
  it('the grammar yields thousands of syllables in each style', () => {
    expect(SYLLABLES.length).toBeGreaterThan(10_000);
    expect(SYLLABLES).toEqual(expect.arrayContaining(['khoá', 'khóa', 'thuỷ', 'thủy', 'nghiêng', 'khuỷu', 'quyết', 'giường', 'người', 'đắc']));
  });

  it('every one, in lower case, capitals or title case, precomposed or decomposed, is left exactly as it is', () => {
    for (const word of SYLLABLES) {
      for (const mode of [0, 1, 2]) {
        const written = cased(word, mode);
        expect(normalizeLine(written).text).toBe(written);
        expect(normalizeLine(written.normalize('NFD')).text).toBe(written);
      }
    }
  });

  it('sentences of them are left as they are', () => {
    const sentence = fc
      .array(fc.tuple(fc.constantFrom(...SYLLABLES), fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 12 })
      .map((words) => words.map(([w, mode]) => cased(w, mode)).join(' '))
      .filter((s) => !TYPOS.test(s));
    fc.assert(
      fc.property(sentence, (s) => {
        expect(normalizeLine(s).text).toBe(s);
      }),
      RUNS,
    );
  });
});

const seedLines = ['000-sct-dan-van-2022', '001-skhdt-dan-van-2022', '002-thanh-tra-dan-van-2025']
  .flatMap((name) => readFileSync(`fixtures/plans/${name}.txt`, 'utf8').split('\n'))
  .map((l) => l.trim())
  .filter((l) => l.length > 0);

const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

/** A damage a PDF extractor or a typist does to a line. */
type Damage = (nfd: string, at: number) => string;
const DAMAGES: Damage[] = [
  // a tone mark moved one character to the right (hoc̣)
  (s, at) => {
    const i = [...s].findIndex((ch, k) => k >= at % s.length && TONES.includes(ch));
    const chars = [...s];
    if (i < 0 || i + 1 >= chars.length) return s;
    [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
    return chars.join('');
  },
  // a tone mark detached after the next space (nghê ̣)
  (s, at) => {
    const chars = [...s];
    const i = chars.findIndex((ch, k) => k >= at % chars.length && TONES.includes(ch));
    if (i < 0) return s;
    const space = chars.indexOf(' ', i);
    if (space < 0) return s;
    const [mark] = chars.splice(i, 1);
    chars.splice(space, 0, mark!);
    return chars.join('');
  },
  // invisible and odd spacing characters
  (s, at) => s.slice(0, at % (s.length + 1)) + ['\u200B', '\u00A0', '  ', '\u00AD', '\uFEFF'][at % 5] + s.slice(at % (s.length + 1)),
  // a look-alike capital D
  (s) => s.replace('Đ'.normalize('NFD'), '\u00D0'),
];

const damagedLine = fc
  .tuple(fc.constantFrom(...seedLines), fc.array(fc.tuple(fc.integer({ min: 0, max: DAMAGES.length - 1 }), fc.nat(400)), { maxLength: 4 }))
  .map(([line, damages]) => damages.reduce((s, [d, at]) => DAMAGES[d]!(s, at), line.normalize('NFD')));

const anyLine = fc.oneof(damagedLine, fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ maxLength: 60 }));

/** The bare letter of a character: no marks, lower case, đ as d. */
function bare(ch: string): string {
  return ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace('đ', 'd').replace('\u00F0', 'd');
}

describe('idempotence', () => {
  it('normalizing a normalized line changes nothing', () => {
    fc.assert(
      fc.property(anyLine, (line) => {
        const once = normalizeLine(line).text;
        expect(normalizeLine(once).text).toBe(once);
      }),
      RUNS,
    );
  });

  it('the keys are fixed points of themselves', () => {
    fc.assert(
      fc.property(anyLine, (line) => {
        expect(toneKey(toneKey(line))).toBe(toneKey(line));
        expect(foldKey(foldKey(line))).toBe(foldKey(line));
      }),
      RUNS,
    );
  });
});

describe('offsets', () => {
  it('every character maps back inside the source line, in order, onto the same letter', () => {
    fc.assert(
      fc.property(damagedLine, (line) => {
        const { text, columnOf } = normalizeLine(line);
        let last = -1;
        for (let i = 0; i < text.length; i += 1) {
          const column = columnOf(i);
          expect(column).toBeGreaterThanOrEqual(Math.max(0, last));
          expect(column).toBeLessThan(line.length);
          last = column;
          if (/\p{L}/u.test(text[i]!)) expect(bare(line[column]!)).toBe(bare(text[i]!));
        }
      }),
      RUNS,
    );
  });

  it('every repair is reported inside the normalized text, on a line of the source', () => {
    const plan = fc.array(damagedLine, { minLength: 1, maxLength: 12 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(plan, (text) => {
        const normalized = normalizeSource(readText(new TextEncoder().encode(text), 'text'));
        const lineCount = text.split('\n').length;
        for (const fix of normalized.fixes) {
          expect(fix.range.start).toBeLessThanOrEqual(fix.range.end);
          expect(fix.range.end).toBeLessThanOrEqual(normalized.text.length);
          const line = normalized.sourceMap.pointAt(fix.range.start)?.line ?? 0;
          expect(line).toBeGreaterThanOrEqual(1);
          expect(line).toBeLessThanOrEqual(lineCount);
        }
      }),
      { numRuns: 300, seed: 20261121 },
    );
  });
});

const FOREIGN_WORDS = [
  // French
  'élève', 'déjà', 'où', 'à', 'là', 'été', 'café', 'naïve', 'façade', 'hôtel', 'garçon', 'crème', 'brûlée', 'Noël', 'être', 'forêt', 'thé', 'né', 'côté', 'août', 'Université', 'Lyon', 'réunion', 'délégué',
  // Spanish
  'niño', 'está', 'aquí', 'señor', 'García', 'también', 'canción', 'más', 'qué', 'quién', 'día', 'país', 'año', 'mañana', 'España',
  // Portuguese
  'não', 'são', 'coração', 'ações', 'mãe', 'pão', 'irmão', 'você', 'avô', 'três',
  // German
  'über', 'Größe', 'Straße', 'schön', 'Mädchen', 'Käse', 'für',
  // English
  'the', 'quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog', 'report', 'plan', 'Ghana', 'ghost',
  // unaccented Vietnamese
  'Ban', 'hanh', 'ke', 'hoach', 'nam', 'thuc', 'hien', 'cong', 'tac', 'dan', 'van', 'chinh', 'quyen', 'nghe', 'nghanh', 'nuoc', 'khoa', 'thuy',
];
const PUNCTUATION = ['', ',', '.', ';', ':', '!', '?', '’s', '”', '…'];

describe('foreign and unaccented text', () => {
  it('is never touched, and never taken for a legacy encoding', () => {
    const sentence = fc
      .array(fc.tuple(fc.constantFrom(...FOREIGN_WORDS), fc.constantFrom(...PUNCTUATION)), { minLength: 1, maxLength: 14 })
      .map((words) => words.map(([w, p]) => w + p).join(' '));
    fc.assert(
      fc.property(sentence, (s) => {
        expect(normalizeLine(s).text).toBe(s);
        expect(decodeLegacyRun(s).encoding).toBeNull();
      }),
      RUNS,
    );
  });
});

describe('counterexamples the properties once found', () => {
  it.each(['GIAM   \u0301ĐỐC', 'Ѐ*Ꜣ', '\u1FEBA\u0300', 'hò*ang', '0*__'])('normalizing %j twice changes nothing more', (line) => {
    const once = normalizeLine(line).text;
    expect(normalizeLine(once).text).toBe(once);
  });

  it.each(['ὀA', '\u0500\u{10780}', 'Thu \u031B\u0323 c hiện'])('the keys of %j are fixed points', (line) => {
    expect(toneKey(toneKey(line))).toBe(toneKey(line));
    expect(foldKey(foldKey(line))).toBe(foldKey(line));
  });

  it.each(['mãe mãe', 'mãe mãe élève'])('%j is not taken for TCVN3', (text) => {
    expect(decodeLegacyRun(text).encoding).toBeNull();
  });
});
