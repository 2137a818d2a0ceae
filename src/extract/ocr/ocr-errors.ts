/**
 * The errors and hints that depend on OCR: what to do about a PDF without a usable text layer
 * depends on whether OCR was on, and OCR itself can be missing or fail.
 */
import { InputError } from '../errors.js';
import type { OcrMode } from './ocr-options.js';

const INSTALL = 'install the Vietnamese OCR model (npm install @tesseract.js-data/vie, or apt-get install tesseract-ocr tesseract-ocr-vie)';

/** No text on any page, after OCR if it ran. */
export function noTextLayerError(pages: number, mode: OcrMode): InputError {
  const reason = `the PDF has no text layer (${pages} page${pages === 1 ? '' : 's'}, probably a scan)`;
  return mode === 'off'
    ? new InputError('pdf-no-text', reason, 'read it with OCR: --ocr auto (the default), or give the text version')
    : new InputError('pdf-no-text', reason, 'OCR found no text on its pages either: check that this is the right file, or try --ocr force');
}

/** The hint of `not-vietnamese` for a PDF, by OCR mode. */
export function notVietnameseHint(mode: OcrMode): string {
  if (mode === 'off') return 'read it with Vietnamese OCR: --ocr auto (the default) reads the scanned pages again; or give the text version';
  if (mode === 'auto') return 'if the pages are scans, read them all with Vietnamese OCR: --ocr force; otherwise check that this is the right file';
  return 'kh-parse reads Vietnamese administrative documents; check that this is the right file';
}

/** OCR was needed (for `page`, because of `why`) but cannot run: `missing` says what is missing. */
export function ocrUnavailableError(page: number, why: string, missing: string): InputError {
  return new InputError('ocr-unavailable', `page ${page} must be read by OCR (${why}), but OCR is not available: ${missing}`, `${INSTALL}, or give the text version; --ocr off reads the text layer only`);
}

export function ocrFailedError(page: number, error: unknown): InputError {
  const message = error instanceof Error ? error.message : String(error);
  return new InputError('ocr-failed', `OCR failed on page ${page}: ${message}`, 'try --ocr off to read the text layer only, or give the text version');
}
