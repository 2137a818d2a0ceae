/**
 * Stage 1: bytes of one input → extracted lines. Chooses the reader from the content
 * (a PDF is a PDF whatever its name) and the file extension. `ocr` says which PDF pages are read
 * by OCR (default: those without a usable text layer).
 */
import path from 'node:path';
import { InputError } from './errors.js';
import { DEFAULT_LIMITS, formatBytes, type InputLimits } from './limits.js';
import { ocrOptions, type OcrOptions } from './ocr/ocr-options.js';
import { readText } from './read-text.js';
import type { ExtractedSource } from './source-line.js';

const OFFICE = new Set(['.doc', '.docx', '.odt', '.rtf', '.xls', '.xlsx', '.ods', '.ppt', '.pptx']);
const MARKDOWN = new Set(['.md', '.markdown']);

function startsWithPdfHeader(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

export async function readSource(bytes: Uint8Array, filePath: string | null, limits: InputLimits = DEFAULT_LIMITS, ocr: OcrOptions = ocrOptions()): Promise<ExtractedSource> {
  const ext = filePath ? path.extname(filePath).toLowerCase() : '';
  if (bytes.length === 0) {
    throw new InputError('empty', 'the file is empty (0 bytes)', 'check that it is the right file');
  }
  if (bytes.length > limits.maxBytes) {
    throw new InputError('too-large', `the file is ${formatBytes(bytes.length)}, over the limit of ${formatBytes(limits.maxBytes)}`, 'raise the limit with --max-file-size if it really is one document');
  }
  if (startsWithPdfHeader(bytes)) {
    // the PDF reader (pdf.js, glyph recovery, font programs) loads only for PDFs
    const { readPdf } = await import('./read-pdf.js');
    return readPdf(bytes, limits.maxPages, ocr);
  }
  if (ext === '.pdf') {
    throw new InputError('pdf-invalid', 'this is not a PDF: it does not start with %PDF-', 'check the file; it may be damaged or misnamed');
  }
  if (OFFICE.has(ext)) {
    throw new InputError('unsupported-format', `${ext} files are not supported`, 'export the document to PDF or save it as .txt');
  }
  return readText(bytes, MARKDOWN.has(ext) ? 'markdown' : 'text');
}
