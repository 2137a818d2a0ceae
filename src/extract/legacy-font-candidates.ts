/**
 * Which fonts of a PDF may show legacy 8-bit Vietnamese (TCVN3, VNI, VISCII …), judged from
 * pdf.js's text alone, so that other PDFs never pay for reading operator lists. Every legacy
 * encoding puts its marked letters in the upper half of the code page, which pdf.js shows as
 * Latin-1 letters and signs (`KÕ ho¹ch`, `Keá hoaïch`; TCVN3's à as μ); a font whose text has any
 * Vietnamese letter outside Latin-1 (ă ơ đ ệ …) has a Unicode map and its text is right, and so
 * has one whose text already reads as Vietnamese (`Lào Cai, ngày tháng`: Latin-1 letters only).
 */
import { scoreSyllables } from '../normalize/legacy/syllable-score.js';
import type { PdfTextItem } from './pdf-text-item.js';

const UPPER_HALF = /[\u00A1-\u00FF\u03BC]/u;
const VIETNAMESE_UNICODE = /[ĂăĐđĨĩŨũƠơƯư\u1EA0-\u1EF9]/u;

/**
 * Are (nearly) all the words that hold an upper-half character valid Vietnamese syllables? Legacy
 * text read as Latin-1 hardly ever is (`c«ng`, `t¸c`, `coâng`); Latin-1 Vietnamese is (`Lào`,
 * `ngày`), even cut into pieces by a font change (`C` `n` `c` `Ngh`: only `ngày` counts).
 */
function readsAsVietnamese(text: string): boolean {
  const words = text.split(/[\s/-]+/u).filter((w) => UPPER_HALF.test(w));
  const score = scoreSyllables(words.join(' '));
  return score.counted > 0 && score.valid >= 0.9 * score.counted;
}

export interface LegacyFontCandidates {
  /** pdf.js ids of the fonts */
  fonts: Set<string>;
  /** 1-based pages that show one of them */
  pages: number[];
}

export function legacyFontCandidates(pages: readonly { items: readonly PdfTextItem[] }[]): LegacyFontCandidates {
  const upperHalf = new Set<string>();
  const unicode = new Set<string>();
  for (const page of pages) {
    for (const item of page.items) {
      if (UPPER_HALF.test(item.str)) upperHalf.add(item.fontName);
      if (VIETNAMESE_UNICODE.test(item.str)) unicode.add(item.fontName);
    }
  }
  const suspects = new Set([...upperHalf].filter((id) => !unicode.has(id)));
  const texts = new Map<string, string[]>();
  if (suspects.size > 0) {
    for (const page of pages) for (const item of page.items) if (suspects.has(item.fontName)) texts.set(item.fontName, [...(texts.get(item.fontName) ?? []), item.str]);
  }
  const fonts = new Set([...suspects].filter((id) => !readsAsVietnamese((texts.get(id) ?? []).join(' '))));
  const shown: number[] = [];
  if (fonts.size > 0) pages.forEach((page, i) => page.items.some((item) => fonts.has(item.fontName)) && shown.push(i + 1));
  return { fonts, pages: shown };
}
