/**
 * The pipeline, assembled in one place.
 *
 *   1. extract    (async)  bytes → source lines with page/line            src/extract
 *   2. normalize  (async)  lines → canonical paragraphs + source map      src/normalize
 *   3. structure  plugin   header, preamble, sections, closing, footnotes src/structure
 *   4. references plugin   citations, merged, with every mention          src/references
 *   5. tasks      plugin   assignments, deadlines, targets                src/tasks
 *   6. compile    compiler output object validated by the zod schema    src/output
 *
 * Stages 3–6 run as a unified processor over a unist tree; all stages share one VFile, whose
 * messages (rule id + position) become the output's warnings.
 */
import { createHash } from 'node:crypto';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { TextLocator } from '../document/tree.js';
import { InputError } from '../extract/errors.js';
import { DEFAULT_LIMITS, type InputLimits } from '../extract/limits.js';
import { notVietnameseHint } from '../extract/ocr/ocr-errors.js';
import { ocrOptions, type OcrOptions } from '../extract/ocr/ocr-options.js';
import { readSource } from '../extract/read-source.js';
import { assertReadableVietnamese } from '../normalize/language-check.js';
import { normalizeSource, type NormalizeFix } from '../normalize/normalize-source.js';
import { compilePlugin } from '../output/compile-plugin.js';
import type { KhPlan } from '../output/schema.js';
import { referencesPlugin } from '../references/references-plugin.js';
import { structurePlugin } from '../structure/structure-plugin.js';
import { tasksPlugin } from '../tasks/tasks-plugin.js';
import { paragraphParser } from './paragraph-parser.js';
import './file-data.js';

/** Stage 1 on a VFile: read the bytes in `file.value` into lines. */
export async function extractStage(file: VFile): Promise<void> {
  const bytes = file.value as Uint8Array;
  file.data.sha256 = createHash('sha256').update(bytes).digest('hex');
  try {
    file.data.extracted = await readSource(bytes, file.data.inputPath ?? null, file.data.limits, file.data.ocr);
  } catch (error) {
    throw error instanceof InputError ? error.withPath(file.data.inputPath ?? null) : error;
  }
}

/** Stage 2 on a VFile: normalized text becomes the file's value. */
export async function normalizeStage(file: VFile): Promise<void> {
  const normalized = normalizeSource(file.data.extracted!);
  try {
    assertReadableVietnamese(normalized.text, file.data.extracted!.format);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // what to do about a PDF that is not Vietnamese depends on whether its pages were read by OCR
    const pdf = error.code === 'not-vietnamese' && file.data.extracted!.format === 'pdf';
    throw new InputError(error.code, error.reason, pdf ? notVietnameseHint(file.data.ocr?.mode ?? 'auto') : error.hint, file.data.inputPath ?? null);
  }
  file.data.normalized = normalized;
  file.value = normalized.text;
  file.data.locator = new TextLocator(normalized.paragraphs.map((p) => p.start));
  reportFixes(file, normalized.fixes, file.data.locator);
}

/** Repairs of the normalize stage as info messages (not warnings: nothing is wrong any more). */
function reportFixes(file: VFile, fixes: readonly NormalizeFix[], locator: TextLocator): void {
  for (const fix of fixes) {
    const [source, ruleId] = fix.code.split('/', 2) as [string, string];
    file.info(fix.message, { place: locator.position(fix.range.start, fix.range.end), ruleId, source });
  }
}

export function createProcessor() {
  return unified().use(paragraphParser).use(structurePlugin).use(referencesPlugin).use(tasksPlugin).use(compilePlugin);
}

/** A VFile for one input: its bytes, the path it was given as (null for stdin), its limits and how PDF pages are read by OCR. */
export function createInputFile(bytes: Uint8Array, inputPath: string | null, limits: InputLimits = DEFAULT_LIMITS, ocr: OcrOptions = ocrOptions()): VFile {
  const file = new VFile({ value: bytes, path: inputPath ?? undefined });
  file.data.inputPath = inputPath;
  file.data.limits = limits;
  file.data.ocr = ocr;
  return file;
}

/** Run every stage on one input file. */
export async function runPipeline(file: VFile): Promise<KhPlan> {
  await extractStage(file);
  await normalizeStage(file);
  const done = await createProcessor().process(file);
  return done.result as KhPlan;
}
