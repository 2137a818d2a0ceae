/**
 * Decoding raw 8-bit codes (a PDF font's character codes) while keeping track of the code each
 * character came from: joined, the pieces are what the text decoders give.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/extract/read-text.js';
import { bytesOfSurface } from '../../src/normalize/legacy/byte-surface.js';
import { decodeLegacyCodes } from '../../src/normalize/legacy/decode-bytes.js';
import type { LegacyEncoding } from '../../src/normalize/legacy/detect.js';
import { encodeTcvn3 } from '../../src/normalize/legacy/tcvn3.js';
import { encodeViscii } from '../../src/normalize/legacy/viscii.js';
import { encodeVni } from '../../src/normalize/legacy/vni.js';
import { normalizeSource } from '../../src/normalize/normalize-source.js';
import { markedLetters } from '../../src/normalize/vietnamese-letters.js';
import { encodeCp1258 } from '../support/legacy-encoders.js';

const CODES: Record<LegacyEncoding, (text: string) => number[]> = {
  tcvn3: (text) => [...bytesOfSurface(encodeTcvn3(text))!],
  vni: (text) => [...bytesOfSurface(encodeVni(text))!],
  viscii: (text) => encodeViscii(text)!,
  cp1258: (text) => encodeCp1258(text),
  'utf8-as-cp1252': (text) => [...new TextEncoder().encode(text)],
};

const ENCODINGS = Object.keys(CODES) as LegacyEncoding[];

function paragraph(): string {
  const plan = normalizeSource(readText(readFileSync('fixtures/plans/000-sct-dan-van-2022.txt'), 'text'));
  return plan.paragraphs.find((p) => p.text.startsWith('2. Tập trung nâng cao hiệu lực'))!.text;
}

describe('decodeLegacyCodes', () => {
  it.each(ENCODINGS)('%s: a government paragraph, one piece per code, joined back exactly', (encoding) => {
    const text = paragraph();
    const codes = CODES[encoding](text);
    const pieces = decodeLegacyCodes(codes, encoding)!;
    expect(pieces).toHaveLength(codes.length);
    expect(pieces.join('')).toBe(text);
  });

  it.each(ENCODINGS.filter((e) => e !== 'tcvn3'))('%s: each of the 134 marked letters inside a word', (encoding) => {
    for (const letter of markedLetters()) {
      const word = `th${letter}ng`;
      expect(decodeLegacyCodes(CODES[encoding](word), encoding)!.join('')).toBe(word);
    }
  });

  it.each([
    ['vni', [...bytesOfSurface('Vieät')!], ['V', 'i', 'ệ', '', 't']],
    ['cp1258', [0x56, 0x69, 0xea, 0xf2, 0x74], ['V', 'i', 'ệ', '', 't']],
    ['utf8-as-cp1252', [0x56, 0x69, 0xe1, 0xbb, 0x87, 0x74], ['V', 'i', 'ệ', '', '', 't']],
    ['tcvn3', [...bytesOfSurface('ViÖt')!], ['V', 'i', 'ệ', 't']],
  ] as const)('%s: the codes that only complete a letter get ""', (encoding, codes, pieces) => {
    expect(decodeLegacyCodes(codes, encoding)).toEqual(pieces);
  });

  it('a capitals font (.VnTimeH) gives capitals; a .VnTime line in capitals gets its toned capitals back', () => {
    expect(decodeLegacyCodes(CODES.tcvn3('cộng hòa'), 'tcvn3', { allCapitals: true })!.join('')).toBe('CỘNG HÒA');
    expect(decodeLegacyCodes(CODES.tcvn3('CỘNG HÒA XÃ HỘI'), 'tcvn3')!.join('')).toBe('CỘNG HÒA XÃ HỘI');
  });

  it('null when the codes are not text in the encoding, or not 8-bit codes', () => {
    expect(decodeLegacyCodes([0x56, 0xe1, 0xbb], 'utf8-as-cp1252')).toBeNull();
    expect(decodeLegacyCodes([0x56, 0x80, 0x41], 'utf8-as-cp1252')).toBeNull();
    expect(decodeLegacyCodes([0x56, 0x1ea1], 'tcvn3')).toBeNull();
  });
});
