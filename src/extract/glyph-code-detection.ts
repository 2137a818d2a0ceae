/**
 * Which fonts' text looks like glyph codes rather than Vietnamese — decided from pdf.js's strings
 * alone, so that healthy PDFs never pay for font work. Glyph-id text (Identity-H fonts without a
 * ToUnicode map) shows control characters, letters of other scripts (`6Ӣ`, `7+ѬѪ1*`); simple fonts
 * read through the wrong code page show symbols inside words (`ng‡y`, `th·ng`).
 */
import type { PdfTextItem } from './pdf-text-item.js';

const VIETNAMESE_LETTERS = new Set([
  ...'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệfghiìíỉĩịjklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvwxyỳýỷỹỵz',
  ...'AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬBCDĐEÈÉẺẼẸÊỀẾỂỄỆFGHIÌÍỈĨỊJKLMNOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢPQRSTUÙÚỦŨỤƯỪỨỬỮỰVWXYỲÝỶỸỴZ',
]);
/** the same letters written decomposed */
const VIETNAMESE_MARKS = new Set(['\u0300', '\u0301', '\u0302', '\u0303', '\u0306', '\u0309', '\u031b', '\u0323']);
/** punctuation that does sit between two letters in Vietnamese text */
const INSIDE_WORD = new Set([...'-/.\'’&_']);
const LETTER = /\p{L}/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const CONTROL = /\p{Cc}/u;
const SPACE_OR_NUMBER = /[\s\p{N}]/u;
/**
 * Text with nothing odd for sure: Vietnamese letters, digits, spaces, ASCII punctuation and a few
 * common symbols — most items of most PDFs, passed by one test instead of a look at each character.
 */
const PLAINLY_VIETNAMESE = /^[\s0-9a-zA-ZàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ!-/:-@[-`{-~–—…°§•]*$/u;

const LEGACY_FONT = /^(?:[A-Z]{6}\+)?(?:\.?Vn[A-Z]|VNI[-_ ])/u;

/** Legacy 8-bit fonts read as code-page text are another decoder's work (TCVN3, VNI), not glyph codes. */
export function isLegacyFontName(name: string): boolean {
  return LEGACY_FONT.test(name);
}

/** a font is suspect from this many odd characters… */
const MIN_ODD = 3;
/** …making up this share of its letters */
const MIN_ODD_SHARE = 0.05;

/** Characters of `text` that Vietnamese text does not have (and its letters, for scale). */
export function oddCharacters(text: string): { odd: number; letters: number } {
  // every character counted as a letter: the letters only give the scale
  if (PLAINLY_VIETNAMESE.test(text)) return { odd: 0, letters: text.length };
  const chars = [...text];
  let odd = 0;
  let letters = 0;
  chars.forEach((ch, i) => {
    // most characters of most PDFs: decided without a regular expression
    if (VIETNAMESE_LETTERS.has(ch)) {
      letters += 1;
      return;
    }
    if (ch === ' ' || (ch >= '0' && ch <= '9') || VIETNAMESE_MARKS.has(ch)) return;
    if (CONTROL.test(ch)) odd += 1;
    else if (LETTER_OR_MARK.test(ch)) {
      if (LETTER.test(ch)) letters += 1;
      odd += 1;
    } else if (!SPACE_OR_NUMBER.test(ch) && !INSIDE_WORD.has(ch) && LETTER.test(chars[i - 1] ?? '') && LETTER.test(chars[i + 1] ?? '')) {
      odd += 1;
    }
  });
  return { odd, letters };
}

/**
 * Ids of the fonts whose text looks like glyph codes. pdf.js's text content does not name fonts, so
 * legacy fonts are among them until their names are known (`isLegacyFontName`).
 */
export function glyphCodeFonts(items: readonly PdfTextItem[]): Set<string> {
  const counts = new Map<string, { odd: number; letters: number }>();
  for (const item of items) {
    const { odd, letters } = oddCharacters(item.str);
    const c = counts.get(item.fontName) ?? { odd: 0, letters: 0 };
    c.odd += odd;
    c.letters += letters;
    counts.set(item.fontName, c);
  }
  const suspects = new Set<string>();
  for (const [id, { odd, letters }] of counts) {
    if (odd >= MIN_ODD && odd >= MIN_ODD_SHARE * Math.max(letters, 1)) suspects.add(id);
  }
  return suspects;
}
