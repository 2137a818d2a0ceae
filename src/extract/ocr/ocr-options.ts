/**
 * How a PDF's pages are read by OCR. `auto` (the default) reads only the pages without a usable text
 * layer: none at all over a scanned image, or one that is not Vietnamese (OCR made without the
 * Vietnamese model). `off` never reads by OCR; `force` reads every page by OCR.
 */
import { availableParallelism } from 'node:os';

export type OcrMode = 'auto' | 'off' | 'force';

export const OCR_MODES: readonly OcrMode[] = ['auto', 'off', 'force'];

/** The system `tesseract` when it has Vietnamese, else tesseract.js (`auto`); or one of them. */
export type OcrEngineChoice = 'auto' | 'tesseract' | 'tesseract.js';

export interface OcrOptions {
  mode: OcrMode;
  engine: OcrEngineChoice;
  /** pages recognised at once (tesseract.js workers or tesseract processes) */
  workers: number;
}

/** Two pages at once, or one on a single core: OCR keeps every core it gets busy. */
export function defaultOcrWorkers(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

/**
 * The options for one of `filesAtOnce` files parsed in parallel: the cores are shared, so each file
 * gets fewer OCR workers (at least one) than it would alone.
 */
export function sharedOcrOptions(options: OcrOptions, filesAtOnce: number): OcrOptions {
  return { ...options, workers: Math.max(1, Math.min(options.workers, Math.floor(availableParallelism() / Math.max(1, filesAtOnce)))) };
}

export const OCR_ENGINES: readonly OcrEngineChoice[] = ['auto', 'tesseract', 'tesseract.js'];

/** Options with their defaults filled in; throws a TypeError for a mode or engine that does not exist. */
export function ocrOptions(options: Partial<OcrOptions> = {}): OcrOptions {
  const mode = options.mode ?? 'auto';
  const engine = options.engine ?? 'auto';
  if (!OCR_MODES.includes(mode)) throw new TypeError(`ocr must be one of ${OCR_MODES.join(', ')}, not ${String(mode)}`);
  if (!OCR_ENGINES.includes(engine)) throw new TypeError(`ocrEngine must be one of ${OCR_ENGINES.join(', ')}, not ${String(engine)}`);
  return { mode, engine, workers: Math.max(1, Math.floor(options.workers ?? defaultOcrWorkers())) };
}
