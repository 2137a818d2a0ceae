/**
 * A PDF page as a grey image for OCR: rendered by pdf.js on the canvas of `@napi-rs/canvas` (the
 * optional dependency pdfjs-dist uses in Node), handed over as a binary PGM, which tesseract reads
 * without any decoding library.
 *
 * Resolution: a scan is rendered at the resolution its image was scanned at (no resampling: on the
 * test scans 150 dpi read as such beat the same page upscaled to 300 dpi), kept within 150–300 dpi;
 * a page without a dominant image (born-digital text read with `--ocr force`) at 300 dpi.
 */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PageImages } from './page-images.js';

export interface PageImage {
  /** binary PGM (P5): header, then one grey byte per pixel */
  pgm: Uint8Array;
  width: number;
  height: number;
  /** pixels per inch: PDF units (1/72 in) × dpi / 72 = pixels */
  dpi: number;
}

interface CanvasAndContext {
  canvas: unknown;
  context: { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null;
}

interface CanvasFactory {
  create(width: number, height: number): CanvasAndContext;
  destroy(canvasAndContext: CanvasAndContext): void;
}

const MIN_DPI = 150;
const MAX_DPI = 300;
/** a scan covers most of its page */
const SCAN_COVERAGE = 0.5;
/** at most this many pixels per page (A4 at 300 dpi is 8.7 million) */
const MAX_PIXELS = 40_000_000;

/** The resolution to render a page at, from the images it paints. */
export function renderDpi(images: PageImages | null): number {
  if (!images || images.dpi === null || images.coverage < SCAN_COVERAGE) return MAX_DPI;
  return Math.min(MAX_DPI, Math.max(MIN_DPI, Math.round(images.dpi)));
}

function toPgm(rgba: Uint8ClampedArray, width: number, height: number): Uint8Array {
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, 'latin1');
  const pgm = new Uint8Array(header.length + width * height);
  pgm.set(header);
  // luma (ITU-R BT.601), in integers
  for (let i = 0, j = header.length; i < rgba.length; i += 4, j += 1) pgm[j] = (rgba[i]! * 299 + rgba[i + 1]! * 587 + rgba[i + 2]! * 114 + 500) / 1000;
  return pgm;
}

/** Render a page at `dpi` (lowered if the page is huge); annotations are left out, as they are from the text. */
export async function renderPage(doc: PDFDocumentProxy, page: PDFPageProxy, dpi: number, annotationMode: number): Promise<PageImage> {
  const unit = page.getViewport({ scale: 1 });
  const fit = Math.sqrt(MAX_PIXELS / Math.max(1, unit.width * unit.height * (dpi / 72) ** 2));
  const used = fit < 1 ? Math.floor(dpi * fit) : dpi;
  const viewport = page.getViewport({ scale: used / 72 });
  const width = Math.max(1, Math.ceil(viewport.width));
  const height = Math.max(1, Math.ceil(viewport.height));
  const factory = doc.canvasFactory as CanvasFactory;
  const target = factory.create(width, height);
  try {
    await page.render({ canvas: target.canvas as never, canvasContext: target.context as never, viewport, annotationMode }).promise;
    const { data } = target.context!.getImageData(0, 0, width, height);
    return { pgm: toPgm(data, width, height), width, height, dpi: used };
  } finally {
    factory.destroy(target);
  }
}
