/**
 * The parts of legacy-font decoding in PDFs, each on its own: which fonts are looked at, which
 * encoding a font is found in, the lines of raw codes, and how rebuilt items take the place of
 * pdf.js's in stream order.
 */
import { describe, expect, it } from 'vitest';
import type { PlacedGlyph } from '../../src/extract/glyph-placement.js';
import { legacyFontCandidates } from '../../src/extract/legacy-font-candidates.js';
import { legacyFontVerdicts, type LegacyFont } from '../../src/extract/legacy-font-verdicts.js';
import { replaceFontItems, type GlyphAnchor } from '../../src/extract/legacy-item-merge.js';
import type { PdfTextItem } from '../../src/extract/pdf-text-item.js';
import { codesOf, fontLines } from '../../src/extract/raw-char-codes.js';
import { bytesOfSurface } from '../../src/normalize/legacy/byte-surface.js';
import { encodeTcvn3 } from '../../src/normalize/legacy/tcvn3.js';
import { encodeViscii } from '../../src/normalize/legacy/viscii.js';
import { encodeVni } from '../../src/normalize/legacy/vni.js';

const SENTENCE = 'Thực hiện Kế hoạch số 73/KH-UBND ngày 31/3/2022 của UBND tỉnh Đồng Nai về công tác dân vận';
const item = (str: string, fontName: string, x = 0, y = 0): PdfTextItem => ({ str, fontName, transform: [12, 0, 0, 12, x, y], width: str.length * 6, height: 12 });
const tcvn3 = (text: string) => [...bytesOfSurface(encodeTcvn3(text))!];
const font = (name: string, ...lines: (readonly number[])[]): LegacyFont => ({ name, lines });

describe('legacyFontCandidates: which fonts are worth reading the operator list for', () => {
  it('fonts showing Latin-1 letters that do not read as Vietnamese; not Unicode fonts, not Latin-1 Vietnamese, not ASCII', () => {
    const pages = [
      { items: [item('Thùc hiÖn KÕ ho¹ch sè 73', 'tcvn3'), item('Thực hiện Kế hoạch', 'unicode'), item('Lào Cai, ngày tháng', 'latin1')] },
      { items: [item('KH-UBND 2022', 'ascii'), item('the café’s naïve façade', 'english'), item('Haø Noäi', 'vni')] },
    ];
    const found = legacyFontCandidates(pages);
    expect([...found.fonts].sort()).toEqual(['english', 'tcvn3', 'vni']);
    expect(found.pages).toEqual([1, 2]);
  });

  it('a font cut into pieces by font changes (Ghostscript prints) is judged on its words with Latin-1 letters', () => {
    const pages = [{ items: ['UBND', 'LÀO', 'CAI', 'C', 'n', 'c', 'Ngh', 'nh', 'ngày', 'Chính'].map((s) => item(s, 'f1')) }];
    expect(legacyFontCandidates(pages).fonts.size).toBe(0);
  });

  it('none: no page to read', () => {
    expect(legacyFontCandidates([{ items: [item('Kế hoạch', 'f')] }])).toEqual({ fonts: new Set(), pages: [] });
  });
});

describe('legacyFontVerdicts: a font is decoded on all its text, by its name and its content', () => {
  it.each([
    ['.VnTime', tcvn3(SENTENCE), { encoding: 'tcvn3', allCapitals: false }],
    ['ABCDEF+.VnTimeH', tcvn3(SENTENCE.toLowerCase()), { encoding: 'tcvn3', allCapitals: true }],
    ['VNI-Times,Bold', [...bytesOfSurface(encodeVni(SENTENCE))!], { encoding: 'vni', allCapitals: false }],
    ['TimesNewRomanPSMT', encodeViscii(SENTENCE)!, { encoding: 'viscii', allCapitals: false }],
    ['ArialMT', [...new TextEncoder().encode(SENTENCE)], { encoding: 'utf8-as-cp1252', allCapitals: false }],
  ] as const)('%s', (name, codes, verdict) => {
    expect(legacyFontVerdicts(new Map([['f', font(name, codes)]])).get('f')).toEqual(verdict);
  });

  it('not foreign text, not text that already reads as Vietnamese (whatever the font name)', () => {
    const latin1 = (text: string) => [...text].map((c) => c.charCodeAt(0));
    const fonts = new Map([
      ['english', font('TimesNewRomanPSMT', latin1('The committee reviewed the résumé of the café’s naïve façade'.replace('’', "'")))],
      ['french', font('.VnTime', latin1('Le délégué a présenté à la réunion les résultats de l’année'.replace('’', "'")))],
      ['vietnamese', font('.VnTime', latin1('Hà Tây, ngày tháng chín, anh ba vào chùa'))],
    ]);
    expect(legacyFontVerdicts(fonts).size).toBe(0);
  });

  it('a font with a word or two takes the encoding of the document; a foreign word does not', () => {
    const fonts = new Map([
      ['body', font('.VnTime', tcvn3(SENTENCE))],
      ['bold', font('TimesNewRomanPS-BoldMT', tcvn3('Đảng'))],
      ['word', font('TimesNewRomanPS-ItalicMT', [...'café'].map((c) => c.charCodeAt(0)))],
    ]);
    const verdicts = legacyFontVerdicts(fonts);
    expect(verdicts.get('bold')?.encoding).toBe('tcvn3');
    expect(verdicts.has('word')).toBe(false);
  });
});

const glyph = (fontId: string, code: number, x: number, y: number): PlacedGlyph => ({
  fontId,
  glyph: { originalCharCode: code, fontChar: String.fromCharCode(code), unicode: String.fromCharCode(code), width: 500, isSpace: code === 0x20 },
  matrix: [12, 0, 0, 12, x, y],
  advance: 6,
});

describe('fontLines: raw codes of some fonts, line by line', () => {
  it('cut where the font changes or the baseline moves; other fonts left out', () => {
    const runs = [
      [glyph('a', 0x4b, 0, 700), glyph('a', 0xd5, 6, 700)],
      [glyph('u', 0x20, 12, 700), glyph('a', 0x20, 18, 700)],
      [glyph('a', 0x68, 0, 680), glyph('a', 0x6f, 6, 680), glyph('b', 0xb9, 12, 680)],
    ];
    const lines = fontLines(runs, new Set(['a', 'b']));
    expect(lines.map((l) => [l.fontId, codesOf(l)])).toEqual([
      ['a', [0x4b, 0xd5]],
      ['a', [0x20]],
      ['a', [0x68, 0x6f]],
      ['b', [0xb9]],
    ]);
  });
});

describe('replaceFontItems: rebuilt items where the replaced ones stood, in stream order', () => {
  const anchors: GlyphAnchor[] = [
    { fontId: 'L', x: 100, y: 700, size: 12, index: 3 },
    { fontId: 'L', x: 100, y: 680, size: 12, index: 9 },
  ];
  const rebuilt = (str: string, index: number, y: number) => ({ item: item(str, 'L', 100, y), index });

  it('each rebuilt item takes the place of the last replaced item that starts at or before it', () => {
    const items = [item('Số:', 'U', 40, 700), item('KÕ ho¹ch', 'L', 100, 700), item('Kính gửi', 'U', 40, 680), item('së', 'L', 100, 680), item('hết', 'U', 40, 660)];
    const out = replaceFontItems(items, new Set(['L']), [rebuilt('Kế', 3, 700), rebuilt('hoạch', 4, 700), rebuilt('sở', 9, 680)], anchors);
    expect(out.map((i) => i.str)).toEqual(['Số:', 'Kế', 'hoạch', 'Kính gửi', 'sở', 'hết']);
  });

  it('no replaced item found among the glyphs: all at the first replaced item; none at all: at the end', () => {
    const items = [item('Số:', 'U', 40, 700), item('???', 'L', 300, 300), item('hết', 'U', 40, 660)];
    expect(replaceFontItems(items, new Set(['L']), [rebuilt('Kế', 3, 700)], anchors).map((i) => i.str)).toEqual(['Số:', 'Kế', 'hết']);
    expect(replaceFontItems([items[0]!], new Set(['L']), [rebuilt('Kế', 3, 700)], anchors).map((i) => i.str)).toEqual(['Số:', 'Kế']);
  });
});
