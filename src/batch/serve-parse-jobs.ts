/**
 * The loop of a batch worker: parses the jobs it is sent, one at a time, and says when it listens.
 * Run by the worker entries: dist/batch/parse-worker.js (the library's pool) and the bundled
 * command line's dist/bundle/parse-worker.js.
 */
import type { MessagePort } from 'node:worker_threads';
import type { ParseJob } from './parse-job.js';
import { runJob } from './run-job.js';
import { readyMessage } from './worker-ready.js';

/** `loaded` says how the worker's code was loaded, for the ready message (the code cache's use). */
export function serveParseJobs(port: MessagePort, loaded?: { codeCache: string }): void {
  port.on('message', (job: ParseJob) => {
    void runJob(job).then((result) => port.postMessage(result));
  });
  // the job timer starts now: loading the parser is not the file's time
  port.postMessage(readyMessage(loaded?.codeCache));
}
