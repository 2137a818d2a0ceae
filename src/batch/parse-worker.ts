/** Worker thread entry of the library's batch pool (the bundled command line has its own: src/cli/bundled-parse-worker.ts). */
import { parentPort } from 'node:worker_threads';
import { serveParseJobs } from './serve-parse-jobs.js';

if (!parentPort) throw new Error('parse-worker.js runs as a worker thread');
serveParseJobs(parentPort);
