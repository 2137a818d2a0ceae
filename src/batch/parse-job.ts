/**
 * One document to parse in a batch, and what comes back: the JSON text (serialized in the
 * worker, so the main thread only writes it) or the error that stopped it.
 */
import type { InputLimits } from '../extract/limits.js';
import type { OcrOptions } from '../extract/ocr/ocr-options.js';

export interface ParseJob {
  id: number;
  /** path to read, or null when `bytes` are given (stdin) */
  path: string | null;
  bytes: Uint8Array | null;
  limits: InputLimits;
  /** which PDF pages are read by OCR, and how */
  ocr: OcrOptions;
  pretty: boolean;
}

export interface JobFailure {
  code: string;
  reason: string;
  hint: string;
}

export type JobResult =
  | { id: number; ok: true; json: string; warnings: number }
  | { id: number; ok: false; error: JobFailure };
