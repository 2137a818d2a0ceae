/**
 * The OCR step of PDF reading: decide page by page which pages are read by OCR, render them,
 * recognise them (a few at once), and put the words in place of the page's text items. Returns a
 * note per page read (`extract/ocr`), which the output lists as a warning: OCR text is never as
 * sure as a text layer.
 */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { InputError } from '../errors.js';
import type { PdfTextItem } from '../pdf-text-item.js';
import type { ExtractedSource } from '../source-line.js';
import { openOcrEngine } from './choose-ocr-engine.js';
import { OCR_LANGUAGE, type OcrEngine } from './ocr-engine.js';
import { ocrFailedError, ocrUnavailableError } from './ocr-errors.js';
import type { OcrOptions } from './ocr-options.js';
import { mainRowHeight, ocrConfidence, ocrTextItems, type RecognizedPage } from './ocr-text-items.js';
import { describeReason, ocrReason, reasonText, type OcrReason } from './page-ocr-need.js';
import { pageImages, type ImageOps, type PageImages } from './page-images.js';
import { renderDpi, renderPage } from './render-page.js';

/** A page as read-pdf holds it: its items are replaced when the page is read by OCR. */
export interface PageTextItems {
  items: PdfTextItem[];
}

export interface PdfjsOcrApi {
  OPS: ImageOps;
  /** `AnnotationMode.DISABLE`: annotations are neither in the text nor in the rendered page */
  annotationsOff: number;
}

type Note = ExtractedSource['notes'][number];

/** lines whose words average under this confidence are counted in the note */
const WEAK_LINE = 60;

async function imagesOf(page: PDFPageProxy, api: PdfjsOcrApi): Promise<PageImages> {
  const list = await page.getOperatorList({ annotationMode: api.annotationsOff });
  return pageImages(list, api.OPS, page.view);
}

/** Run `work` on every item with at most `lanes` at once; results in item order. */
async function inLanes<T, R>(items: readonly T[], lanes: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next;
      next += 1;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(lanes, items.length) }, lane));
  return results;
}

interface Chosen {
  page: number;
  reason: OcrReason;
  /** the page's images, when deciding needed them */
  images: PageImages | null;
}

async function choosePages(doc: PDFDocumentProxy, api: PdfjsOcrApi, pages: readonly PageTextItems[], options: OcrOptions): Promise<Chosen[]> {
  const chosen: Chosen[] = [];
  for (let p = 1; p <= pages.length; p += 1) {
    const text = pages[p - 1]!.items.map((item) => item.str).join(' ');
    let images: PageImages | null = null;
    const reason = await ocrReason(options.mode, text, async () => {
      const page = await doc.getPage(p);
      try {
        images = await imagesOf(page, api);
        return images;
      } finally {
        page.cleanup();
      }
    });
    if (reason) chosen.push({ page: p, reason, images });
  }
  return chosen;
}

interface PageRead extends RecognizedPage {
  /** the page's height in page units, as shown */
  height: number;
  mean: number;
  weakLines: number;
}

async function readPage(doc: PDFDocumentProxy, api: PdfjsOcrApi, engine: OcrEngine, { page: p, reason, images }: Chosen): Promise<PageRead> {
  const page = await doc.getPage(p);
  try {
    const image = await renderPage(doc, page, renderDpi(images ?? (await imagesOf(page, api))), api.annotationsOff);
    const read = await engine.recognize(image);
    return { page: read, dpi: image.dpi, height: page.getViewport({ scale: 1 }).height, ...ocrConfidence(read, WEAK_LINE) };
  } catch (error) {
    if (error instanceof InputError) throw error;
    // pdf.js renders on @napi-rs/canvas, an optional dependency of pdfjs-dist
    if (/@napi-rs\/canvas/u.test(error instanceof Error ? error.message : '')) {
      throw ocrUnavailableError(p, reasonText(reason), 'the canvas package @napi-rs/canvas (an optional dependency of pdfjs-dist) is not installed');
    }
    throw ocrFailedError(p, error);
  } finally {
    page.cleanup();
  }
}

function noteOf(chosen: Chosen, read: PageRead, found: boolean, engine: string): Note {
  const head = `page ${chosen.page}: ${describeReason(chosen.reason)} (${engine}, ${OCR_LANGUAGE})`;
  if (!found) return { code: 'extract/ocr', message: `${head}: no text found` };
  const weak = read.weakLines === 0 ? '' : `, ${read.weakLines} line${read.weakLines === 1 ? '' : 's'} under ${WEAK_LINE}%`;
  return { code: 'extract/ocr', message: `${head}, mean confidence ${Math.round(read.mean)}%${weak}` };
}

/**
 * Read by OCR the pages that need it (`options.mode`), replacing their items in `pages` (page 1 is
 * `pages[0]`). Returns one note per page read.
 */
export async function readPagesByOcr(doc: PDFDocumentProxy, api: PdfjsOcrApi, pages: PageTextItems[], options: OcrOptions): Promise<Note[]> {
  if (options.mode === 'off') return [];
  const chosen = await choosePages(doc, api, pages, options);
  if (chosen.length === 0) return [];
  const opened = await openOcrEngine(options.engine, Math.min(options.workers, chosen.length));
  if ('missing' in opened) throw ocrUnavailableError(chosen[0]!.page, reasonText(chosen[0]!.reason), opened.missing);
  const { engine } = opened;
  let reads: PageRead[];
  try {
    reads = await inLanes(chosen, options.workers, (c) => readPage(doc, api, engine, c));
  } finally {
    await engine.close();
  }
  const main = mainRowHeight(reads);
  return chosen.map((c, i) => {
    const read = reads[i]!;
    const items = ocrTextItems(read, read.height, main);
    pages[c.page - 1]!.items = items;
    return noteOf(c, read, items.length > 0, engine.name);
  });
}
