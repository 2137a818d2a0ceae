/**
 * Is this Vietnamese at all? Official documents are written with full diacritics, so a text of
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
