/** The smaller pieces of glyph recovery, each on made-up input. */
import { describe, expect, it } from 'vitest';
import { composeLetter, marksBeyond, withoutMarks } from '../../src/extract/fonts/combining-marks.js';
import { followsStandardOrder, standardOrderText } from '../../src/extract/fonts/standard-glyph-order.js';
import { winAnsiText } from '../../src/extract/fonts/win-ansi.js';
import { glyphCodeFonts } from '../../src/extract/glyph-code-detection.js';
import { placeGlyphs } from '../../src/extract/glyph-placement.js';
import type { PdfTextItem } from '../../src/extract/pdf-text-item.js';
import type { PdfjsFont, PdfjsGlyph, PdfjsOps } from '../../src/extract/pdfjs-operators.js';
import { placeStampedText } from '../../src/extract/stamped-text.js';
import { characterErrorRate, orderFreeCharacterErrorRate, wordF1 } from '../../src/extract/text-accuracy.js';
import { textItemsFromGlyphs } from '../../src/extract/text-items-from-glyphs.js';

const item = (str: string, x: number, y: number, width: number, fontName = 'f1', size = 14): PdfTextItem => ({ str, transform: [size, 0, 0, size, x, y], width, height: size, fontName });

describe('glyphCodeFonts', () => {
  it('names the fonts whose text is glyph codes or read through the wrong code page', () => {
    const items = [
      item('Độc lập - Tự do - Hạnh phúc', 0, 0, 100, 'good'),
      item('6Ӣ CÔNG 7+ѬѪ1* ĈӝF OұS', 0, 0, 100, 'glyph-ids'),
      item('\u0012\u00134Ĉ\u00106&7', 0, 0, 100, 'controls'),
      item('Lào Cai, ng‡y th·ng ph˙c L¿O', 0, 0, 100, 'mac-roman'),
      item('the Greek α once in a long line of Vietnamese text: chấp hành pháp luật trong sử dụng', 0, 0, 100, 'one-odd'),
    ];
    expect([...glyphCodeFonts(items)].sort()).toEqual(['controls', 'glyph-ids', 'mac-roman']);
  });
});

describe('placeStampedText', () => {
  it('moves a number stamped into the blank of an earlier line into that line', () => {
    const page = [
      item('Số:', 106, 725, 19),
      item(' ', 125, 725, 38.5),
      item('/QĐ-SCT', 163.5, 725, 54),
      item('QUYẾT ĐỊNH', 267, 670, 86),
      item('1050', 126.5, 725.5, 26, 'stamp', 13),
    ];
    expect(placeStampedText(page).map((i) => i.str)).toEqual(['Số:', ' ', '1050', ' ', '/QĐ-SCT', 'QUYẾT ĐỊNH']);
  });

  it('leaves text that only follows its line, or fits no blank, where it is', () => {
    const page = [item('Số:', 106, 725, 19), item(' ', 125, 725, 38.5), item('/QĐ-SCT', 163.5, 725, 54), item('Lào Cai', 300, 725, 50), item('x', 500, 600, 5)];
    expect(placeStampedText(page)).toEqual(page);
  });
});

describe('placeGlyphs and textItemsFromGlyphs', () => {
  const OPS: PdfjsOps = {
    save: 10, restore: 11, transform: 12, beginText: 31, setCharSpacing: 33, setWordSpacing: 34, setHScale: 35, setLeading: 36,
    setFont: 37, setTextRise: 39, moveText: 40, setLeadingMoveText: 41, setTextMatrix: 42, nextLine: 43, showText: 44,
    paintFormXObjectBegin: 74, paintFormXObjectEnd: 75,
  };
  const glyph = (ch: string, width = 500): PdfjsGlyph => ({ originalCharCode: ch.charCodeAt(0), fontChar: ch, unicode: ch, width, isSpace: ch === ' ' });
  const font: PdfjsFont = { name: 'ABCDEF+Times', fontMatrix: [0.001, 0, 0, 0.001, 0, 0] };

  it('places glyphs with the graphics and text state, and makes word items of them', () => {
    const list = {
      fnArray: [OPS.save, OPS.transform, OPS.beginText, OPS.setFont, OPS.setTextMatrix, OPS.showText, OPS.nextLine, OPS.showText, OPS.restore],
      argsArray: [null, [0.5, 0, 0, 0.5, 0, 0], null, ['f1', 20], [[1, 0, 0, 1, 100, 700]], [[glyph('a'), glyph('b'), -1000, glyph('c'), glyph(' '), glyph('d')]], null, [[glyph('e')]], null],
    };
    const runs = placeGlyphs(list, OPS, () => font)!;
    // 20pt glyphs scaled by 0.5: 500 units advance 5 user units; the TJ -1000 moves 10 more
    expect(runs[0]!.map((g) => [g.glyph.unicode, g.matrix[4], g.matrix[5]])).toEqual([
      ['a', 50, 350],
      ['b', 55, 350],
      ['c', 70, 350],
      [' ', 75, 350],
      ['d', 80, 350],
    ]);
    const items = textItemsFromGlyphs(runs, (g) => g.glyph.unicode.toUpperCase());
    expect(items.map((i) => [i.str, i.transform[4], i.width])).toEqual([
      ['AB', 50, 10],
      ['C', 70, 5],
      [' ', 75, 5],
      ['D', 80, 5],
      ['E', 50, 5],
    ]);
  });
});

describe('letters and code pages', () => {
  it('composes and decomposes accented letters', () => {
    expect(composeLetter('a', ['\u0302', '\u0323'])).toBe('ậ');
    expect(composeLetter('\u0131', ['\u0309'])).toBe('ỉ');
    expect(marksBeyond('ấ', 'â')).toEqual(['\u0301']);
    expect(marksBeyond('ấ', 'e')).toBeNull();
    expect(withoutMarks(['\u0302', '\u0301'], ['\u0302'])).toEqual(['\u0301']);
  });

  it('reads Windows-1252 and the standard glyph order', () => {
    expect([0xe0, 0x85, 0x93, 0x81].map(winAnsiText)).toEqual(['à', '…', '“', null]);
    expect([3, 36, 68, 97, 98].map(standardOrderText)).toEqual([' ', 'A', 'a', '~', null]);
    expect(followsStandardOrder(new Map([[36, 'A'], [68, 'a'], [82, 'o']]), 3)).toBe(true);
    expect(followsStandardOrder(new Map([[36, 'A'], [68, 'a'], [82, 'ơ']]), 2)).toBe(false);
  });
});

describe('text accuracy', () => {
  it('measures characters in reading order, and words', () => {
    expect(characterErrorRate('Số:  1050\n/QĐ-SCT', 'Số: 1050 /QĐ-SCT')).toBe(0);
    expect(characterErrorRate('ngay', 'ngày')).toBe(0.25);
    expect(characterErrorRate('b a', 'a b')).toBeCloseTo(2 / 3);
    expect(orderFreeCharacterErrorRate('b a', 'a b')).toBe(0);
    expect(wordF1('a b c', 'a b d')).toBeCloseTo(2 / 3);
  });
});
