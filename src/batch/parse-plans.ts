/**
 * Parse many inputs (files, folders, globs) into plans held in memory, for commands that
 * aggregate across plans (a citation index, a task list, a calendar). Uses the same worker pool
 * and reports failures the same way as a batch; the plans come back in input order.
 */
import type { InputLimits } from '../extract/limits.js';
import type { OcrOptions } from '../extract/ocr/ocr-options.js';
import { KhPlan } from '../output/schema.js';
import { collectBatchItems } from './collect-inputs.js';
import type { JobFailure } from './parse-job.js';
import { runBatch, type BatchSummary } from './run-batch.js';

export interface ParsePlansOptions {
  concurrency: number;
  timeoutMs: number;
  limits: InputLimits;
  /** which PDF pages are read by OCR, and how (default: `auto`) */
  ocr?: OcrOptions;
}

export interface ParsePlansEvents {
  failed(displayPath: string | null, failure: JobFailure): void;
  note(text: string): void;
  progress?(done: number, total: number, current: string | null): void;
}

export async function parsePlans(
  inputs: readonly string[],
  stdin: () => Promise<Uint8Array>,
  options: ParsePlansOptions,
  events: ParsePlansEvents,
): Promise<{ plans: KhPlan[]; summary: BatchSummary }> {
  const items = await collectBatchItems(inputs, events.note);
  const plans: KhPlan[] = [];
  const summary = await runBatch(
    items,
    stdin,
    { ...options, pretty: false, outDir: null, force: false },
    {
      writeRecord: async (line) => {
        const record = JSON.parse(line) as unknown;
        // error records were reported through `failed` already
        if (typeof record === 'object' && record !== null && 'schemaVersion' in record) plans.push(KhPlan.parse(record));
      },
      failed: events.failed,
      note: events.note,
      progress: events.progress ?? (() => {}),
    },
  );
  return { plans, summary };
}
