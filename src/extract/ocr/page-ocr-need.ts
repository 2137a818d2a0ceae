/**
 * Which pages of a PDF are read by OCR, page by page. In `auto` mode a page is, when an image
 * covers much of it and its text layer is of no use: no text at all (or a few stamped words over a
 * scan), or text that is not Vietnamese (OCR made without the Vietnamese model: `SO CONG ]'HTJONG`
 * for `SỞ CÔNG THƯƠNG`). A page without images is never read by OCR in `auto`: there is nothing
 * to read on a blank page, and a born-digital page that is not Vietnamese is not a scan.
 */
import { vietnameseWordShare } from '../../normalize/language-check.js';
import type { OcrMode } from './ocr-options.js';
import type { PageImages } from './page-images.js';

export type OcrReason = 'forced' | 'no-text' | 'little-text' | 'not-vietnamese';

export type TextLayerProblem = Exclude<OcrReason, 'forced'>;

/** fewer letters than this on a page is no text layer to speak of (a stamped number and date) */
const LITTLE_TEXT = 100;
/** a page's text of this many words or more can be told not to be Vietnamese */
const MIN_WORDS = 15;
/** share of words with a Vietnamese letter under which a page's text is not Vietnamese */
const MIN_VIETNAMESE_SHARE = 0.05;
/** images must cover this share of a page without text; of a page with some text (a few stamped
 * words, or text that is not Vietnamese) the image must cover more: it is a scan, not a photo with
 * a caption */
const MIN_COVERAGE_NO_TEXT = 0.3;
const MIN_COVERAGE_SOME_TEXT = 0.5;

/** Letters in `text`, counted up to `enough`. */
function letterCount(text: string, enough: number): number {
  let letters = 0;
  for (const ch of text) {
    if (/\p{L}/u.test(ch)) letters += 1;
    if (letters >= enough) break;
  }
  return letters;
}

/** What is wrong with a page's text layer, judged from its text alone. */
export function textLayerProblem(text: string): TextLayerProblem | null {
  const letters = letterCount(text, LITTLE_TEXT);
  if (letters === 0) return 'no-text';
  if (letters < LITTLE_TEXT) return 'little-text';
  const { words, vietnamese } = vietnameseWordShare(text);
  return words >= MIN_WORDS && vietnamese < MIN_VIETNAMESE_SHARE * words ? 'not-vietnamese' : null;
}

/**
 * Why a page is read by OCR, or null. `images` is asked for only when the text has a problem (it
 * needs the page's operator list).
 */
export async function ocrReason(mode: OcrMode, text: string, images: () => Promise<PageImages>): Promise<OcrReason | null> {
  if (mode === 'off') return null;
  if (mode === 'force') return 'forced';
  const problem = textLayerProblem(text);
  if (problem === null) return null;
  const { coverage } = await images();
  return coverage >= (problem === 'no-text' ? MIN_COVERAGE_NO_TEXT : MIN_COVERAGE_SOME_TEXT) ? problem : null;
}

/** Why a page needs OCR, in words: `no text layer`. */
export function reasonText(reason: OcrReason): string {
  switch (reason) {
    case 'forced':
      return 'OCR asked for every page';
    case 'no-text':
      return 'no text layer';
    case 'little-text':
      return 'almost no text layer';
    case 'not-vietnamese':
      return 'text layer not Vietnamese';
  }
}

/** How a note says why a page was read by OCR: `no text layer, read by OCR`. */
export function describeReason(reason: OcrReason): string {
  return reason === 'forced' ? 'read by OCR on request' : `${reasonText(reason)}, read by OCR`;
}
