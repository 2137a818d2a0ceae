/**
 * A fixed pool of worker threads that parse jobs in parallel. A job that runs longer than the
 * timeout, or whose worker dies (out of memory, a crash in the PDF engine), is abandoned: the
 * worker is terminated and replaced, and the job fails with its own error; the batch goes on.
 */
import { Worker } from 'node:worker_threads';
import type { JobResult, ParseJob } from './parse-job.js';
import { isReadyMessage } from './worker-ready.js';

interface Slot {
  worker: Worker;
  busy: boolean;
  /** settles when the worker has loaded the parser and listens for jobs */
  ready: Promise<void>;
}

interface Pending {
  job: ParseJob;
  resolve: (result: JobResult) => void;
}

export interface WorkerPoolOptions {
  size: number;
  /** per-job time limit in milliseconds */
  timeoutMs: number;
  /** heap limit per worker, in MiB */
  maxHeapMb: number;
  /** the workers' module: by default the one beside this module (scripts/fuzz.js passes the bundled
   * command line's, dist/bundle/parse-worker.js) */
  workerUrl?: URL;
}

/** The compiled worker next to this module; when this module runs from the TypeScript sources (the
 * test runner), the built one in dist/ (`npm test` builds first). */
const WORKER_URL = import.meta.url.endsWith('.ts')
  ? new URL('../../dist/batch/parse-worker.js', import.meta.url)
  : new URL('./parse-worker.js', import.meta.url);

/**
 * The young generation of each worker's heap, in MiB: the short-lived strings and objects of a
 * parse. V8's default (some 48 MiB) costs each worker a dozen MiB more for no measurable speed.
 */
const YOUNG_GENERATION_MB = 8;

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {
    for (let i = 0; i < options.size; i += 1) this.slots.push({ ...this.spawn(), busy: false });
  }

  /** A new worker, and when it is ready: it says so once its modules are loaded. */
  private spawn(): Pick<Slot, 'worker' | 'ready'> {
    const worker = new Worker(this.options.workerUrl ?? WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    const ready = new Promise<void>((resolve) => {
      const onReady = (message: unknown) => {
        if (!isReadyMessage(message)) return;
        worker.off('message', onReady);
        resolve();
      };
      worker.on('message', onReady);
    });
    return { worker, ready };
  }

  run(job: ParseJob): Promise<JobResult> {
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.dispatch();
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.closed || slot.busy || this.queue.length === 0) continue;
      this.start(slot, this.queue.shift()!);
    }
  }

  private start(slot: Slot, pending: Pending): void {
    slot.busy = true;
    const { worker } = slot;
    const seconds = Math.round(this.options.timeoutMs / 1000);
    let finished = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (result: JobResult, replace: boolean) => {
      finished = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (replace) {
        void worker.terminate();
        Object.assign(slot, this.spawn());
      }
      slot.busy = false;
      pending.resolve(result);
      this.dispatch();
    };
    const onMessage = (result: JobResult) => {
      if (result.id === pending.job.id) finish(result, false);
    };
    const fail = (code: string, reason: string, hint: string) => finish({ id: pending.job.id, ok: false, error: { code, reason, hint } }, true);
    const onError = (error: Error) =>
      fail('crashed', `the parser stopped on this file: ${error.message}`, 'the file may be damaged or too large; try it alone, or report it');
    const onExit = (code: number) => fail('crashed', `the parser stopped on this file (exit ${code})`, 'the file may be damaged or too large; try it alone, or report it');
    // the time limit is the file's: it runs from when the worker is ready, not while it loads the
    // parser (which a busy machine can make take seconds)
    void slot.ready.then(() => {
      if (finished) return;
      timer = setTimeout(
        () => fail('timeout', `parsing took longer than ${seconds} s and was abandoned`, 'raise the limit with --timeout, or check the file in a PDF reader'),
        this.options.timeoutMs,
      );
    });
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.postMessage(pending.job);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}
