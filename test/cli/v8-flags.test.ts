/**
 * kh-parse's V8 settings (src/cli/v8-flags.ts) are set in a running process, which Node allows but
 * V8 does not promise to survive for every setting: some GC settings changed at run time stop the
 * process at its next full collection (`--single-threaded-gc` does, on Node 20). These run full
 * collections after kh-parse's settings, in the process that set them and in a worker made after,
 * with Node's own objects and buffers on the heap, and must end normally.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const FLAGS = pathToFileURL(path.resolve('dist/cli/v8-flags.js')).href;

/** A program that churns the heap through full collections and prints how many it saw. */
const CHURN = `
  const { PerformanceObserver, constants } = await import('node:perf_hooks');
  let full = 0;
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) full += 1; });
  observer.observe({ entryTypes: ['gc'] });
  const kept = [];
  for (let round = 0; round < 120; round += 1) {
    const batch = [];
    for (let i = 0; i < 20000; i += 1) batch.push({ text: 'kế hoạch ' + i, url: new URL('file:///plans/' + i), bytes: new Uint8Array(16) });
    kept.push(batch);
    if (kept.length > 6) kept.shift();
    await new Promise((resolve) => setImmediate(resolve));
  }
  observer.disconnect();
`;

describe("kh-parse's V8 settings, set at run time", () => {
  it('leave the process that set them, and a worker made after, through full collections', () => {
    const program = `
      const { setV8Flags } = await import(${JSON.stringify(FLAGS)});
      setV8Flags();
      ${CHURN}
      const { Worker } = await import('node:worker_threads');
      const worker = new Worker(${JSON.stringify(`${CHURN}; (await import('node:worker_threads')).parentPort.postMessage(full);`)}, { eval: true, type: 'module' });
      const inWorker = await new Promise((resolve, reject) => { worker.once('message', resolve); worker.once('error', reject); });
      process.stdout.write(JSON.stringify({ main: full, worker: inWorker }));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', program], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const { main, worker } = JSON.parse(result.stdout);
    expect(main).toBeGreaterThanOrEqual(3);
    expect(worker).toBeGreaterThanOrEqual(3);
  });
});
