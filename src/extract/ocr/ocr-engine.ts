/**
 * What an OCR engine gives back for one page image, whichever engine it is: lines in reading order
 * (block by block, as tesseract segments the page), each with its words and their boxes in pixels
 * (origin top left, as in the image).
 */
import type { PageImage } from './render-page.js';

export interface PixelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrWord {
  text: string;
  box: PixelBox;
  /** 0–100 */
  confidence: number;
}

export interface OcrLine {
  words: OcrWord[];
  box: PixelBox;
  /** the baseline: its y at `box.x0`, and how much it falls per pixel to the right */
  baseline: { y: number; slope: number };
  /** tesseract's row height: x-height plus ascenders plus descenders, in pixels */
  rowHeight: number;
}

export interface OcrPage {
  lines: OcrLine[];
}

export interface OcrEngine {
  /** how notes name it: `tesseract.js` or `tesseract` */
  readonly name: string;
  /** recognise one page; several calls may run at once, the engine bounds how many work */
  recognize(image: PageImage): Promise<OcrPage>;
  /** stop every worker or process; the engine cannot be used after */
  close(): Promise<void>;
}

/** The language OCR reads in. */
export const OCR_LANGUAGE = 'vie';
