/**
 * A batch: every input parsed on the worker pool, results emitted in input order as they
 * finish (NDJSON on stdout, or one file per input under --out-dir). A bounded window of jobs is
 * in flight, so memory stays flat whatever the number of files. Nothing one file does stops the
 * others.
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { InputLimits } from '../extract/limits.js';
import { ocrOptions, sharedOcrOptions, type OcrOptions } from '../extract/ocr/ocr-options.js';
import type { BatchErrorRecord } from '../output/schema.js';
import type { BatchItem } from './collect-inputs.js';

export type { BatchItem } from './collect-inputs.js';
import type { JobFailure, JobResult } from './parse-job.js';
import { writeAtomically } from './write-atomically.js';

export interface BatchOptions {
  concurrency: number;
  timeoutMs: number;
  limits: InputLimits;
  /** which PDF pages are read by OCR, and how (default: `auto`) */
  ocr?: OcrOptions;
  pretty: boolean;
  /** write one .json per input here instead of NDJSON on stdout */
  outDir: string | null;
  force: boolean;
}

export interface BatchEvents {
  /** write one line of NDJSON; resolves when the stream can take more */
  writeRecord(line: string): Promise<void>;
  failed(displayPath: string | null, failure: JobFailure): void;
  note(text: string): void;
  progress(done: number, total: number, current: string | null): void;
}

export interface BatchSummary {
  total: number;
  parsed: number;
  withWarnings: number;
  failed: number;
  kept: number;
  seconds: number;
}

/** The error record written in NDJSON for an input that could not be parsed. */
export function errorRecord(displayPath: string | null, failure: JobFailure): string {
  const record: BatchErrorRecord = { path: displayPath, error: { code: failure.code, message: failure.reason, hint: failure.hint } };
  return JSON.stringify(record);
}

function displayPathOf(item: BatchItem): string | null {
  return item.kind === 'stdin' ? null : item.path;
}


/** Where an input's JSON goes under the output folder; never outside it. */
export function outputPathFor(outDir: string, outputName: string): string | null {
  const target = path.resolve(outDir, `${outputName}.json`);
  const relative = path.relative(path.resolve(outDir), target);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return target;
}

/** A path as the user would write it: relative to the working folder when inside it. */
function shown(file: string): string {
  const relative = path.relative('.', file);
  return relative.startsWith('..') ? file : relative;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

export async function runBatch(items: readonly BatchItem[], stdin: () => Promise<Uint8Array>, options: BatchOptions, events: BatchEvents): Promise<BatchSummary> {
  const started = Date.now();
  const summary: BatchSummary = { total: items.length, parsed: 0, withWarnings: 0, failed: 0, kept: 0, seconds: 0 };
  // the pool's module (node:worker_threads) is loaded by a batch, not by every start of the command line
  const { WorkerPool } = await import('./worker-pool.js');
  const pool = new WorkerPool({ size: Math.max(1, options.concurrency), timeoutMs: options.timeoutMs, maxHeapMb: 2048 });
  const usedOutputs = new Set<string>();
  const windowSize = Math.max(2, options.concurrency * 4);
  // files parsed at once share the cores between their OCR workers
  const ocr = sharedOcrOptions(options.ocr ?? ocrOptions(), Math.min(options.concurrency, items.length));
  let nextId = 0;

  /** What happens to an input: parsed (into NDJSON or a file), failed, or skipped because its output exists. */
  type Outcome = { result: JobResult; target: string | null } | { kept: string };

  const targetOf = (item: BatchItem): { target: string | null; failure: JobFailure | null } => {
    if (!options.outDir || item.kind !== 'file') return { target: null, failure: null };
    const target = outputPathFor(options.outDir, item.outputName);
    if (target === null) return { target, failure: { code: 'output-name', reason: 'no output name can be made for this input', hint: 'rename the file' } };
    if (usedOutputs.has(target)) {
      return { target, failure: { code: 'output-name', reason: `its output ${shown(target)} is also the output of an earlier input`, hint: 'give inputs different names, or run them separately' } };
    }
    usedOutputs.add(target);
    return { target, failure: null };
  };

  const start = async (item: BatchItem): Promise<Outcome> => {
    const id = nextId++;
    if (item.kind === 'problem') return { result: { id, ok: false, error: { code: item.code, reason: item.reason, hint: item.hint } }, target: null };
    const { target, failure } = targetOf(item);
    if (failure) return { result: { id, ok: false, error: failure }, target: null };
    // an output that exists is kept unless --force, and the input is not parsed at all
    if (target !== null && !options.force && (await exists(target))) return { kept: target };
    const bytes = item.kind === 'stdin' ? await stdin() : null;
    const result = await pool.run({ id, path: item.kind === 'file' ? item.path : null, bytes, limits: options.limits, ocr, pretty: options.pretty });
    return { result, target };
  };

  const emit = async (item: BatchItem, outcome: Outcome): Promise<void> => {
    const display = displayPathOf(item);
    if ('kept' in outcome) {
      summary.kept += 1;
      events.note(`${shown(outcome.kept)} exists: kept (use --force to overwrite)`);
      return;
    }
    const { result, target } = outcome;
    if (!result.ok) {
      summary.failed += 1;
      events.failed(display, result.error);
      if (!options.outDir) await events.writeRecord(errorRecord(display, result.error));
      return;
    }
    if (target === null) {
      await events.writeRecord(result.json);
    } else {
      try {
        await mkdir(path.dirname(target), { recursive: true });
        await writeAtomically(target, result.json + '\n');
      } catch (error) {
        summary.failed += 1;
        events.failed(display, { code: 'write-failed', reason: `cannot write ${shown(target)}: ${(error as Error).message}`, hint: 'check that the output folder is writable' });
        return;
      }
    }
    summary.parsed += 1;
    if (result.warnings > 0) summary.withWarnings += 1;
  };

  try {
    const inFlight: { item: BatchItem; result: Promise<Outcome> }[] = [];
    let next = 0;
    let done = 0;
    while (next < items.length || inFlight.length > 0) {
      while (next < items.length && inFlight.length < windowSize) {
        const item = items[next++]!;
        inFlight.push({ item, result: start(item) });
      }
      const head = inFlight.shift()!;
      events.progress(done, items.length, displayPathOf(head.item));
      await emit(head.item, await head.result);
      done += 1;
      events.progress(done, items.length, null);
    }
  } finally {
    await pool.close();
  }
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
