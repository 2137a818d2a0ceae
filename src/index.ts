/**
 * kh-parse library API.
 *
 *   import { parsePlan } from 'kh-parse';
 *   const plan = await parsePlan('plan.pdf');   // the same object the CLI prints
 */
import { DEFAULT_LIMITS, type InputLimits } from './extract/limits.js';
import { readInput } from './extract/input-file.js';
import { ocrOptions, type OcrEngineChoice, type OcrMode, type OcrOptions } from './extract/ocr/ocr-options.js';
import { createInputFile, extractStage, normalizeStage, runPipeline } from './pipeline/stages.js';
import type { KhPlan } from './output/schema.js';

export { InputError, type InputErrorCode } from './extract/errors.js';
export { readInput } from './extract/input-file.js';
export { DEFAULT_LIMITS, type InputLimits } from './extract/limits.js';
export { OCR_MODES, type OcrEngineChoice, type OcrMode } from './extract/ocr/ocr-options.js';
export { KhPlan, SCHEMA_VERSION, planJsonSchema } from './output/schema.js';
export type { Appendix, Deadline, Reference, Section, Span, Target, Task, Warning } from './output/schema.js';
export { toneKey, foldKey } from './normalize/match-keys.js';
export { buildCitationIndex } from './references/citation-index.js';
export { parsePlans } from './batch/parse-plans.js';

export interface ParseOptions {
  /** the name to record as `source.path` (defaults to the path read, or null for bytes) */
  path?: string | null;
  /** size and page limits (defaults: 100 MiB, 2000 pages) */
  limits?: Partial<InputLimits>;
  /**
   * which PDF pages are read by OCR (Vietnamese): `auto` (default) the pages without a usable text
   * layer (scans, OCR made without Vietnamese), `off` none, `force` every page
   */
  ocr?: OcrMode;
  /** the OCR engine: the system `tesseract` with Vietnamese when installed, else tesseract.js (`auto`, default) */
  ocrEngine?: OcrEngineChoice;
  /** pages recognised at once (default: 2, or 1 on a single core) */
  ocrWorkers?: number;
}

function limitsOf(options: ParseOptions): InputLimits {
  return { ...DEFAULT_LIMITS, ...options.limits };
}

function ocrOf(options: ParseOptions): OcrOptions {
  return ocrOptions({ mode: options.ocr, engine: options.ocrEngine, workers: options.ocrWorkers });
}

/** Parse a plan held in memory (PDF or text bytes). */
export async function parsePlanBytes(bytes: Uint8Array, options: ParseOptions = {}): Promise<KhPlan> {
  return runPipeline(createInputFile(bytes, options.path ?? null, limitsOf(options), ocrOf(options)));
}

/** Parse a plan given as text. */
export async function parsePlanText(text: string, options: ParseOptions = {}): Promise<KhPlan> {
  return parsePlanBytes(new TextEncoder().encode(text), options);
}

/** Parse the plan in a PDF, .txt or .md file. */
export async function parsePlan(filePath: string, options: ParseOptions = {}): Promise<KhPlan> {
  const bytes = await readInput(filePath, limitsOf(options).maxBytes);
  return parsePlanBytes(bytes, { ...options, path: options.path === undefined ? filePath : options.path });
}

/** The normalized text the parser sees: one paragraph per line (what `kh-parse text` prints). */
export async function extractPlanText(bytes: Uint8Array, options: ParseOptions = {}): Promise<string> {
  const file = createInputFile(bytes, options.path ?? null, limitsOf(options), ocrOf(options));
  await extractStage(file);
  await normalizeStage(file);
  return String(file.value);
}
