/**
 * OCR word boxes → the text items pdf.js would have given for the page, so that a page read by OCR
 * goes through the same line building as any other (fragments by baseline and gap, page numbers,
 * footnotes) and every later stage and every span works unchanged.
 *
 * Each word becomes an item on its line's baseline, with a blank item between two words (pdf.js's
 * way of saying "a space here"). Coordinates go from image pixels (origin top left) to page units
 * (1/72 in, origin bottom left, as the page is shown). The font size is the line's row height
 * (x-height + ascenders + descenders, about 0.89 em in the Times-like fonts of these documents)
 * in em; lines whose row height is close to the document's main one all get the main size, so a
 * paragraph's lines share one size, as they would in a born-digital PDF.
 */
import type { PdfTextItem } from '../pdf-text-item.js';
import type { OcrLine, OcrPage, OcrWord } from './ocr-engine.js';

/** em per row height */
const EM_PER_ROW_HEIGHT = 1 / 0.89;
/**
 * Row heights up to this ratio over the document's main one are that one: tesseract's x-height of
 * a Vietnamese line flips between the letters' and the letters' with their marks, so a line of the
 * body can come out up to 1.43× the main height (measured on both scans at hand, GP-2507 and the
 * Phiếu trình of the corpus: 1.27–1.43×). Marks only make a row taller, so below the main height
 * the margin is narrower: smaller text (a recipient list, footnotes: 0.7–0.8 of the body) stays apart.
 */
const TALLER_SAME_SIZE = 1.5;
const SHORTER_SAME_SIZE = 1.3;
/** a word below this confidence with no letter or digit is a speck (a seal, a signature, dirt);
 * words with letters are kept whatever their confidence: LSTM confidence is low on many right words */
const SPECK_CONFIDENCE = 60;
/** the font name OCR items carry */
export const OCR_FONT = 'ocr';

/** a line of words averaging under this confidence, none with three letters or digits in a row, is
 * a seal, a signature or a handwritten mark read as text (`¬ Vˆ`, `==— —k v`) */
const SCRIBBLE_CONFIDENCE = 50;

const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const HAS_WORD = /[\p{L}\p{N}]{3}/u;

export function isSpeck(word: OcrWord): boolean {
  return word.text.trim() === '' || (word.confidence < SPECK_CONFIDENCE && !HAS_LETTER_OR_DIGIT.test(word.text));
}

/** The words of a line worth keeping: none when the line is a scribble, else all but the specks. */
export function keptWords(line: OcrLine): OcrWord[] {
  const words = line.words.filter((w) => !isSpeck(w));
  if (words.length === 0) return words;
  const mean = line.words.reduce((n, w) => n + w.confidence, 0) / line.words.length;
  return mean < SCRIBBLE_CONFIDENCE && !words.some((w) => HAS_WORD.test(w.text)) ? [] : words;
}

/** A page as recognised, with the resolution its image had. */
export interface RecognizedPage {
  page: OcrPage;
  dpi: number;
}

/** A line's row height in page units (1/72 in), rounded to half units. */
function rowHeightOf(line: OcrLine, dpi: number): number {
  return Math.round(((line.rowHeight * 72) / dpi) * 2) / 2;
}

/** The row height most text of the recognised pages has, in page units (0 without text). */
export function mainRowHeight(pages: readonly RecognizedPage[]): number {
  const weight = new Map<number, number>();
  for (const { page, dpi } of pages) {
    for (const line of page.lines) {
      const height = rowHeightOf(line, dpi);
      weight.set(height, (weight.get(height) ?? 0) + line.words.reduce((n, w) => n + w.text.length, 0));
    }
  }
  let main = 0;
  let mainWeight = -1;
  for (const [height, w] of weight) {
    if (w > mainWeight || (w === mainWeight && height < main)) [main, mainWeight] = [height, w];
  }
  return main;
}

/** A line's font size: the main size when its row height is close to the main one, its own otherwise. */
function fontSizeOf(line: OcrLine, dpi: number, main: number): number {
  const height = rowHeightOf(line, dpi);
  const close = main > 0 && height <= main * TALLER_SAME_SIZE && height >= main / SHORTER_SAME_SIZE;
  return Math.max(1, Math.round((close ? main : height) * EM_PER_ROW_HEIGHT * 2) / 2);
}

/**
 * The items of a page read by OCR. `pageHeight` is the page's height in page units as shown
 * (pdf.js's viewport at scale 1); the image was that page rendered at `dpi`; `main` is the main
 * row height of the document's recognised pages (`mainRowHeight`).
 */
export function ocrTextItems({ page, dpi }: RecognizedPage, pageHeight: number, main: number): PdfTextItem[] {
  const pixelsPerUnit = dpi / 72;
  const items: PdfTextItem[] = [];
  for (const line of page.lines) {
    const words = keptWords(line);
    if (words.length === 0) continue;
    const size = fontSizeOf(line, dpi, main);
    let previousEnd: number | null = null;
    for (const word of words) {
      const x = word.box.x0 / pixelsPerUnit;
      const baseline = line.baseline.y + line.baseline.slope * ((word.box.x0 + word.box.x1) / 2 - line.box.x0);
      const y = pageHeight - baseline / pixelsPerUnit;
      if (previousEnd !== null) items.push({ str: ' ', transform: [size, 0, 0, size, previousEnd, y], width: 0, height: size, fontName: OCR_FONT });
      const width = (word.box.x1 - word.box.x0) / pixelsPerUnit;
      items.push({ str: word.text.trim(), transform: [size, 0, 0, size, x, y], width, height: size, fontName: OCR_FONT });
      previousEnd = x + width;
    }
  }
  return items;
}

/** Mean confidence of a page's words (weighted by length, specks and scribbles left out), 0–100, and its lines under `weak`. */
export function ocrConfidence(page: OcrPage, weak: number): { mean: number; weakLines: number } {
  let total = 0;
  let characters = 0;
  let weakLines = 0;
  for (const line of page.lines) {
    const words = keptWords(line);
    if (words.length === 0) continue;
    const length = words.reduce((n, w) => n + w.text.length, 0);
    const sum = words.reduce((n, w) => n + w.confidence * w.text.length, 0);
    total += sum;
    characters += length;
    if (sum / length < weak) weakLines += 1;
  }
  return { mean: characters === 0 ? 0 : total / characters, weakLines };
}
