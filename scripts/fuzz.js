#!/usr/bin/env node
// Mutates the bundled plans (PDF and text) — bit flips, truncation, splicing, inserted bytes — and
// parses every case on the batch workers of the built command line (dist/bundle/parse-worker.js: the
// bundled code, with the bundled pdf.js's own DecompressionStream and Response, under the command
// line's V8 flags) with a time limit, counting what happens:
//   accepted  parsed into a plan        rejected  refused with a documented error code
//   crashed   an internal error or a dead worker (a bug)   timeouts  over the time limit
// Usage: npm run fuzz [-- --cases N --seed S --timeout SECONDS]. Crashing inputs are saved in .fuzz/.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { WorkerPool } from '../dist/batch/worker-pool.js';
import { setV8Flags } from '../dist/cli/v8-flags.js';
import { DEFAULT_LIMITS } from '../dist/extract/limits.js';
import { ocrOptions, sharedOcrOptions } from '../dist/extract/ocr/ocr-options.js';

// as the command line sets them, before its workers start (their heaps are made with them)
setV8Flags();

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const CASES = arg('cases', 2000);
const SEED = arg('seed', 20261121);
const TIMEOUT = arg('timeout', 20);

/** mulberry32: a small seeded PRNG, so a run can be repeated exactly */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(SEED);
const pick = (n) => Math.floor(random() * n);

const dir = new URL('../fixtures/plans/', import.meta.url);
const seeds = readdirSync(dir).filter((f) => /\.(pdf|txt)$/u.test(f)).sort().map((f) => ({ name: f, bytes: readFileSync(new URL(f, dir)) }));
const NASTY = ['\u0000', '\uFFFD', '\u0323', '\u0301', '\u200B', '%PDF-1.7', 'endobj', 'stream', ')', '(', '/', '-', '\r', '\n\n\n', 'Điều 1.', 'I.', 'a)', '218-'].map((s) => Buffer.from(s));

const mutations = {
  'bit flips': (b) => {
    const out = Buffer.from(b);
    for (let k = 1 + pick(16); k > 0; k -= 1) out[pick(out.length)] ^= 1 << pick(8);
    return out;
  },
  truncation: (b) => b.subarray(0, pick(b.length)),
  splicing: (b) => {
    const other = seeds[pick(seeds.length)].bytes;
    return Buffer.concat([b.subarray(0, pick(b.length)), other.subarray(pick(other.length))]);
  },
  insertion: (b) => {
    const at = pick(b.length);
    return Buffer.concat([b.subarray(0, at), NASTY[pick(NASTY.length)], b.subarray(at)]);
  },
};
const kinds = Object.keys(mutations);

const workers = Math.max(1, availableParallelism());
const pool = new WorkerPool({
  size: workers,
  timeoutMs: TIMEOUT * 1000,
  maxHeapMb: 2048,
  workerUrl: new URL('../dist/bundle/parse-worker.js', import.meta.url),
});
// the command line's default: pages without a usable text layer are read by OCR, the cores shared
// between the files parsed at once (one per worker), as a batch shares them
const ocr = sharedOcrOptions(ocrOptions(), workers);
const counts = { accepted: 0, rejected: 0, crashed: 0, timeouts: 0 };
const byCode = new Map();
const started = Date.now();
mkdirSync(new URL('../.fuzz/', import.meta.url), { recursive: true });
const jobs = [];
for (let i = 0; i < CASES; i += 1) {
  const seed = seeds[pick(seeds.length)];
  const kind = kinds[pick(kinds.length)];
  const bytes = new Uint8Array(mutations[kind](seed.bytes));
  const name = `${seed.name}.${kind.replace(' ', '-')}.${i}`;
  jobs.push(
    pool.run({ id: i, path: null, bytes, limits: DEFAULT_LIMITS, ocr, pretty: false }).then((result) => {
      if (result.ok) counts.accepted += 1;
      else if (result.error.code === 'timeout') counts.timeouts += 1;
      else if (result.error.code === 'internal' || result.error.code === 'crashed') {
        counts.crashed += 1;
        writeFileSync(new URL(`../.fuzz/${name}`, import.meta.url), bytes);
        process.stderr.write(`crash: ${name}: ${result.error.reason}\n`);
      } else counts.rejected += 1;
      if (!result.ok) byCode.set(result.error.code, (byCode.get(result.error.code) ?? 0) + 1);
    }),
  );
}
await Promise.all(jobs);
await pool.close();
const seconds = (Date.now() - started) / 1000;
process.stdout.write(
  `kh-parse fuzz — ${CASES} cases from ${seeds.length} plans (seed ${SEED}, ${TIMEOUT} s limit), ${seconds.toFixed(0)} s\n` +
    `accepted ${counts.accepted} · rejected ${counts.rejected} · crashed ${counts.crashed} · timeouts ${counts.timeouts}\n` +
    `rejections by code: ${[...byCode].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ')}\n`,
);
process.exitCode = counts.crashed > 0 ? 1 : 0;
