/** Worker thread entry: parses the jobs it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import type { ParseJob } from './parse-job.js';
import { runJob } from './run-job.js';
import { WORKER_READY } from './worker-ready.js';

const port = parentPort;
if (!port) throw new Error('parse-worker.js runs as a worker thread');
port.on('message', (job: ParseJob) => {
  void runJob(job).then((result) => port.postMessage(result));
});
// the job timer starts now: loading the parser is not the file's time
port.postMessage(WORKER_READY);
