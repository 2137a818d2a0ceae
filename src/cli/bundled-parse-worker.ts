/**
 * The entry of dist/bundle/parse-worker.js, the batch worker of the bundled command line (its pool
 * starts `./parse-worker.js` beside the bundle). It runs the workers' loop from the command line's
 * bundle, cli-main.cjs, through its code cache: a worker starts from compiled code as the command line
 * does (it shares the V8 flags the command line set, so V8 takes the cache).
 */
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';
import type * as Bundle from './bundle-entry.js';
import { loadCodeCachedScript } from './code-cached-script.js';

if (!parentPort) throw new Error('parse-worker.js runs as a worker thread');
const bundle = loadCodeCachedScript<typeof Bundle>(fileURLToPath(new URL('./cli-main.cjs', import.meta.url)));
bundle.exports.serveParseJobs(parentPort, { codeCache: bundle.codeCache });
