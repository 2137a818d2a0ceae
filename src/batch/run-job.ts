/**
 * Parse one job: read, parse, serialize. Used in the worker threads and, for a single input, in
 * the main thread. Never throws: every failure becomes a `JobResult` with a code and a hint.
 */
import { InputError } from '../extract/errors.js';
import { readInputSync } from '../extract/input-file.js';
import { parsePlanBytes } from '../index.js';
import type { JobResult, ParseJob } from './parse-job.js';

export async function runJob(job: ParseJob): Promise<JobResult> {
  try {
    const bytes = job.bytes ?? readInputSync(job.path!, job.limits.maxBytes);
    const plan = await parsePlanBytes(bytes, { path: job.path, limits: job.limits, ocr: job.ocr.mode, ocrEngine: job.ocr.engine, ocrWorkers: job.ocr.workers });
    return { id: job.id, ok: true, json: JSON.stringify(plan, null, job.pretty ? 2 : undefined), warnings: plan.warnings.length };
  } catch (error) {
    if (error instanceof InputError) return { id: job.id, ok: false, error: { code: error.code, reason: error.reason, hint: error.hint } };
    const message = error instanceof Error ? error.message : String(error);
    return { id: job.id, ok: false, error: { code: 'internal', reason: `internal error: ${message}`, hint: 'please report this with the input file' } };
  }
}
