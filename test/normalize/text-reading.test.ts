/**
 * The hand-written fast paths of reading a text file give exactly what the plain code they stand
 * for gives: strict UTF-8 without TextDecoder, the line split, the blocks of the legacy decoding
 * without their regex, the legacy-surface tests on a table, Windows-1258 from a table, the syllable
 * test on precomposed words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, splitLines } from '../../src/extract/read-text.js';
import { bytesOfSurface } from '../../src/normalize/legacy/byte-surface.js';
import { decodeCp1258 } from '../../src/normalize/legacy/cp1258.js';
import { blockRanges, decodeLegacyText } from '../../src/normalize/legacy/decode-text.js';
import { decodeKnown, detectLegacy, mayBeLegacy, type LegacyEncoding } from '../../src/normalize/legacy/detect.js';
import { decodeStrictUtf8 } from '../../src/normalize/legacy/strict-utf8.js';
import { scoreSyllables } from '../../src/normalize/legacy/syllable-score.js';
import { encodeTcvn3 } from '../../src/normalize/legacy/tcvn3.js';
import { isSpaceCode } from '../../src/normalize/space-codes.js';
import { encodeVni } from '../../src/normalize/legacy/vni.js';
import { parseToned } from '../../src/normalize/syllable.js';
import { isVietnameseSyllable, shapeOfWord } from '../../src/normalize/tone-marks.js';
import { letterInfo, markedLetters, toneOfMark } from '../../src/normalize/vietnamese-letters.js';

const RUNS = { numRuns: 3000, seed: 20261122 };

const fatalUtf8 = (bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
};

describe('decodeStrictUtf8', () => {
  // bytes that are often UTF-8 (text, a BOM, Vietnamese letters), and often not
  const piece = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 12 }).map((s) => Array.from(new TextEncoder().encode(s))),
    fc.constantFrom([0xef, 0xbb, 0xbf], [0xe1, 0xbb, 0x87], [0xc4, 0x91], [0xed, 0xa0, 0x80], [0xc0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xff], [0x80], [0xe1, 0xbb]),
    fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 4 }),
  );
  const bytes = fc.array(piece, { maxLength: 90 }).map((pieces) => Uint8Array.from(pieces.flat()));

  it('gives what TextDecoder("utf-8", { fatal: true }) gives, null where it throws, short texts and long', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        expect(decodeStrictUtf8(b)).toBe(fatalUtf8(b));
      }),
      RUNS,
    );
  });

  it('drops a leading BOM only, also in a text long enough for the converter', () => {
    const long = 'Kế hoạch số 73/KH-UBND 😀 \uFEFF '.repeat(40);
    for (const text of ['', 'a', long, `\uFEFF${long}`, `\uFEFF\uFEFF${long}`, '\uFEFF']) {
      const b = new TextEncoder().encode(text);
      expect(decodeStrictUtf8(b)).toBe(fatalUtf8(b));
      const sub = new Uint8Array([0x41, ...b]).subarray(1);
      expect(decodeStrictUtf8(sub)).toBe(fatalUtf8(sub));
    }
  });
});

describe('the binary-file test', () => {
  // as it was written, as the oracle
  const looksBinary = (bytes: Uint8Array) => {
    const sample = bytes.subarray(0, 8192);
    let control = 0;
    for (const b of sample) {
      if (b === 0) return true;
      if (b < 0x09 || (b > 0x0d && b < 0x20)) control += 1;
    }
    return control > sample.length * 0.02;
  };
  const refused = (bytes: Uint8Array) => {
    try {
      decodeText(bytes);
      return false;
    } catch (error) {
      return (error as { code?: string }).code === 'binary-text';
    }
  };
  const bytes = fc
    .tuple(fc.integer({ min: 1, max: 9000 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom(0, 1, 7, 0x0e, 0x1f, 0x09, 0x0a)), { maxLength: 200 }))
    .map(([length, controls]) => {
      const b = new Uint8Array(length).fill(0x61);
      for (const [at, value] of controls) b[at % length] = value;
      return b;
    });

  it('refuses what the first 8 KiB show to be binary: a NUL, or more than 2 % control characters', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        expect(refused(b)).toBe(looksBinary(b));
      }),
      { numRuns: 500, seed: 20261122 },
    );
  });
});

describe('splitLines', () => {
  const text = fc.array(fc.constantFrom('a', 'b ', '\r', '\n', '\r\n', '\u2028', '\u2029', '\u0085', ''), { maxLength: 20 }).map((u) => u.join(''));

  it('cuts where /\\r\\n|\\r|\\n|\\u2028|\\u2029/u cuts, a last empty line dropped', () => {
    fc.assert(
      fc.property(text, (t) => {
        const lines = t.split(/\r\n|\r|\n|\u2028|\u2029/u);
        if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
        expect(splitLines(t)).toEqual(lines);
      }),
      RUNS,
    );
  });
});

// the legacy decoding of a text as it was written with the regexes, as the oracle
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u0080-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u03BC\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122\u2212]/u;
const VIETNAMESE_UNICODE = /[ĂăĐđĨĩŨũƠơƯư\u1EA0-\u1EF9]/u;
const BLOCKS = /((?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))+)/u;

function decodeLegacyTextOracle(text: string, options: { eightBit: boolean; fallback?: LegacyEncoding }) {
  if (!SUSPECT.test(text)) return { text, encodings: [] };
  const parts = text.split(BLOCKS);
  const verdicts = parts.map((part, i) => (i % 2 === 0 ? detectLegacy(part) : null));
  const counts = new Map<LegacyEncoding, number>();
  for (const v of verdicts) if (v) counts.set(v.encoding, (counts.get(v.encoding) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([e]) => e);
  const inherited = ranked[0] ?? (options.eightBit ? options.fallback ?? null : null);
  const used = new Set(ranked);
  const decoded = parts.map((part, i) => {
    const verdict = verdicts[i];
    if (verdict) return verdict.text;
    if (i % 2 === 1 || inherited === null) return part;
    const known = decodeKnown(part, inherited, { strict: !options.eightBit });
    if (known === null) return part;
    used.add(inherited);
    return known;
  });
  return { text: decoded.join(''), encodings: [...ranked, ...[...used].filter((e) => !ranked.includes(e))] };
}

describe('the blocks of the legacy decoding', () => {
  const text = fc.array(fc.constantFrom('a', 'b', ' ', '\t', '\r', '\n', '\r\n', '\n\n', ' \t\n'), { maxLength: 24 }).map((u) => u.join(''));

  it('are the pieces text.split(BLOCKS) keeps between its blank-line runs', () => {
    fc.assert(
      fc.property(text, (t) => {
        const parts = t.split(BLOCKS);
        const expected: number[] = [];
        let at = 0;
        parts.forEach((part, i) => {
          if (i % 2 === 0) expected.push(at, at + part.length);
          at += part.length;
        });
        expect(blockRanges(t)).toEqual(expected);
      }),
      RUNS,
    );
  });

  const sentences = ['Kế hoạch triển khai công tác dân vận năm 2022', 'Ủy ban nhân dân tỉnh Đồng Nai', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'có).', 'nhân.', 'Plan 2025 – “draft”', 'Số: 73/KH-UBND'];
  const block = fc.tuple(fc.constantFrom(...sentences), fc.constantFrom<'unicode' | 'tcvn3' | 'vni'>('unicode', 'tcvn3', 'vni')).map(([s, form]) => (form === 'tcvn3' ? encodeTcvn3(s) : form === 'vni' ? encodeVni(s) : s));
  const document = fc.array(fc.tuple(block, fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n', '\n \t\n', ' ')), { maxLength: 8 }).map((b) => b.flat().join(''));

  it('decodeLegacyText decodes the blocks as the regex split did', () => {
    fc.assert(
      fc.property(document, fc.boolean(), (t, eightBit) => {
        const options = { eightBit, fallback: 'cp1258' as const };
        expect(decodeLegacyText(t, options)).toEqual(decodeLegacyTextOracle(t, options));
      }),
      { numRuns: 400, seed: 20261122 },
    );
  });
});

describe('the legacy-surface tests', () => {
  it('agree with their regexes on every UTF-16 unit', () => {
    for (let code = 0; code < 0x10000; code += 1) {
      const ch = String.fromCharCode(code);
      expect(mayBeLegacy(ch)).toBe(SUSPECT.test(ch) && !VIETNAMESE_UNICODE.test(ch));
    }
  });

  it('agree with their regexes on any text', () => {
    const text = fc.array(fc.constantFrom('a', ' ', 'é', 'ơ', 'Đ', '“', '\u0001', '\u2212', 'ệ', '😀', '\uD83D', 'µ', '\u2122'), { maxLength: 12 }).map((u) => u.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(mayBeLegacy(t)).toBe(SUSPECT.test(t) && !VIETNAMESE_UNICODE.test(t));
      }),
      RUNS,
    );
  });
});

describe('decodeCp1258', () => {
  it("reads each byte as Node's Windows-1258 decoder does, on any 8-bit text", () => {
    const text = fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 16 }).map((b) => b.map((x) => String.fromCharCode(x)).join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(decodeCp1258(t)).toBe(new TextDecoder('windows-1258').decode(bytesOfSurface(t)!).normalize('NFC'));
      }),
      RUNS,
    );
    expect(decodeCp1258('Viêòt “x” €')).toBe(new TextDecoder('windows-1258').decode(bytesOfSurface('Viêòt “x” €')!).normalize('NFC'));
    expect(decodeCp1258('Ǆ')).toBeNull();
  });
});

describe('isVietnameseSyllable', () => {
  // as it was written, through NFC and NFD, as the oracle
  const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/gu;
  const oracle = (word: string): boolean => {
    for (const ch of word.normalize('NFC')) if (letterInfo(ch) === undefined && !/\p{M}/u.test(ch)) return false;
    const decomposed = word.normalize('NFD');
    const tones = new Set((decomposed.match(TONE_MARK) ?? []).map(toneOfMark));
    if (tones.size > 1) return false;
    const shape = shapeOfWord(decomposed.replace(TONE_MARK, '').normalize('NFC'));
    return shape !== null && parseToned(shape.bases, [...tones][0] ?? 0) !== null;
  };
  const word = fc
    .array(fc.constantFrom(...markedLetters(), ...'aeiouyngqhctkđGIQN', 'ngh', 'ươ', 'uy', 'oa', '\u0301', '\u0323', 'ñ', 'ö', '1'), { maxLength: 6 })
    .map((u) => u.join(''));

  it('answers as through NFC and NFD, on any word', () => {
    fc.assert(
      fc.property(word, (w) => {
        expect(isVietnameseSyllable(w)).toBe(oracle(w));
      }),
      RUNS,
    );
  });
});

describe('scoreSyllables', () => {
  // as it was written, with its regexes, as the oracle
  const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
  const oracle = (text: string) => {
    const score = { counted: 0, valid: 0, distinctValid: 0, foreign: 0, long: 0 };
    const distinct = new Set<string>();
    for (const raw of text.split(/[\s/-]+/u)) {
      const word = raw.replace(EDGE, '');
      if (word.length <= 1 || /\p{N}/u.test(word) || /^[A-Z]{2,}$/u.test(word)) continue;
      score.counted += 1;
      if (isVietnameseSyllable(word)) {
        score.valid += 1;
        distinct.add(word.toLowerCase());
      }
      if (/[fjwzFJWZ]/u.test(word)) score.foreign += 1;
      if (word.length > 7) score.long += 1;
    }
    score.distinctValid = distinct.size;
    return score;
  };
  const text = fc
    .array(fc.constantFrom(...'aeiouyngqhctkmpfwđGIQNĐKHUBNDÁÓ'.split(''), ...markedLetters(), ' ', ' ', '/', '-', '\u00A0', '\u2003', '\t', '\n', '.', ',', '(', ')', '“', '1', '²', 'ñ', '\u0301', '\u{1D400}', '\uD835', 'ǅ', 'KH', 'UBND'), { maxLength: 30 })
    .map((units) => units.join(''));

  it('scores as the regexes did, on any text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(scoreSyllables(t)).toEqual(oracle(t));
      }),
      RUNS,
    );
  });

  it('takes a space where /\\s/u does, for every UTF-16 unit', () => {
    for (let code = 0; code < 0x10000; code += 1) expect(isSpaceCode(code)).toBe(/\s/u.test(String.fromCharCode(code)));
  });
});
