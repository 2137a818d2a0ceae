/**
 * What the bundled command line (dist/bundle/cli-main.cjs, built by scripts/bundle.js) exports: the
 * command line for dist/bundle/cli.js, and the batch workers' loop for dist/bundle/parse-worker.js,
 * so that both load the one bundle through the one code cache.
 */
export { main } from './main.js';
export { serveParseJobs } from '../batch/serve-parse-jobs.js';
