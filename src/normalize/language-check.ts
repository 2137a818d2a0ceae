/**
 * Is this readable Vietnamese at all? Official documents are written with full diacritics, so a text of
 * some length in which almost no word carries a Vietnamese letter is another language (or a text
 * layer that is not text) and is refused rather than "parsed" into nothing.
 */
import { InputError } from '../extract/errors.js';

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;
const WORD = /\p{L}{2,}/gu;
/** below this many words the check says nothing */
const MIN_WORDS = 40;
/** share of words with a Vietnamese letter under which the text is not Vietnamese */
const MIN_SHARE = 0.05;

export function vietnameseWordShare(text: string): { words: number; vietnamese: number } {
  let words = 0;
  let vietnamese = 0;
  for (const m of text.matchAll(WORD)) {
    words += 1;
    if (VIETNAMESE_LETTER.test(m[0])) vietnamese += 1;
  }
  return { words, vietnamese };
}

/** Throws `not-vietnamese` when the text is long enough to tell and is not Vietnamese. */
export function assertVietnamese(text: string, format: 'pdf' | 'text' | 'markdown'): void {
  const { words, vietnamese } = vietnameseWordShare(text);
  if (words < MIN_WORDS || vietnamese >= MIN_SHARE * words) return;
  const counted = `${vietnamese} of ${words} words have Vietnamese letters`;
  throw format === 'pdf'
    ? new InputError(
        'not-vietnamese',
        `the PDF's text layer is not Vietnamese: ${counted}, so it is probably OCR made without Vietnamese or a broken font`,
        'run OCR with the Vietnamese language, e.g. tesseract -l vie, or give the text version',
      )
    : new InputError('not-vietnamese', `the text is not Vietnamese: ${counted}`, 'kh-parse reads Vietnamese administrative documents; check that this is the right file');
}

/** Letters of Vietnamese (and the Latin letters it borrows), digits and the punctuation found inside words. */
const VIETNAMESE_ALPHABET = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵfjwz';
const WORD_CHARACTERS = new Set([...VIETNAMESE_ALPHABET, ...VIETNAMESE_ALPHABET.toUpperCase(), ...'0123456789/-.,&%\'_+=:;()[]"“”‘’–—…?!*#@§°×']);
const EDGE_PUNCTUATION = /^[("“‘'[\-–—.,;:]+|[)"”’'\].,;:!?…]+$/gu;
/** share of words with foreign characters above which the text is garbled */
const MAX_GARBLED_SHARE = 0.2;

/** Words (with a letter) and how many of them hold characters no Vietnamese word has. */
export function garbledWordShare(text: string): { words: number; garbled: number } {
  let words = 0;
  let garbled = 0;
  for (const raw of text.split(/\s+/u)) {
    const word = raw.replace(EDGE_PUNCTUATION, '');
    if (!/\p{L}/u.test(word)) continue;
    words += 1;
    for (const ch of word) {
      if (!WORD_CHARACTERS.has(ch)) {
        garbled += 1;
        break;
      }
    }
  }
  return { words, garbled };
}

/**
 * Throws `garbled-text` when many words hold characters no Vietnamese word has: glyph codes from
 * fonts without a usable Unicode map (`6Ӣ C‘NG 7+ѬѪ1` for `SỞ CÔNG THƯƠNG`) or an unrecognised
 * legacy encoding. Parsing such text would give confident nonsense.
 */
export function assertNotGarbled(text: string, format: 'pdf' | 'text' | 'markdown'): void {
  const { words, garbled } = garbledWordShare(text);
  if (words < MIN_WORDS || garbled <= MAX_GARBLED_SHARE * words) return;
  const counted = `${garbled} of ${words} words hold characters that are not Vietnamese`;
  throw format === 'pdf'
    ? new InputError(
        'garbled-text',
        `the PDF's text layer is garbled: ${counted} (its fonts have no usable Unicode map, as in PDFs printed through Ghostscript)`,
        'export the PDF again from the original document, or give the text version',
      )
    : new InputError('garbled-text', `the text is garbled: ${counted} (an encoding that was not recognised)`, 'save the file as UTF-8 and try again');
}
