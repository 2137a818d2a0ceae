#!/usr/bin/env node
// Measures kh-parse on the bundled plans: time per document for text and PDF input (median of
// runs, warm), raw pdf.js text extraction of the same PDFs for comparison, the CLI's cold start,
// and peak memory. Usage: npm run bench [-- --runs N]. Prints a Markdown table.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { parsePlanBytes } from '../dist/index.js';
import { readText } from '../dist/extract/read-text.js';
import { normalizeSource } from '../dist/normalize/normalize-source.js';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 20;
const DIR = new URL('../fixtures/plans/', import.meta.url);
const files = readdirSync(DIR).filter((f) => /\.(txt|pdf)$/u.test(f)).sort();

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function time(fn) {
  await fn(); // warm-up
  const times = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

async function rawPdfjs(bytes) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  for (let p = 1; p <= doc.numPages; p += 1) await (await doc.getPage(p)).getTextContent();
  await doc.destroy();
}

// the normalize stage alone (lines → paragraphs: tone marks, spaces, keys' groundwork, joining),
// and reading (decoding, legacy-encoding detection), on the seed texts replicated to ~10 MB;
// measured first, on a fresh heap
const seedText = files.filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, DIR), 'utf8')).join('\n');
const bigText = Array.from({ length: Math.ceil(10e6 / Buffer.byteLength(seedText)) }, () => seedText).join('\n');
const bigBytes = new TextEncoder().encode(bigText);
const bigMb = bigBytes.length / 1048576;
const extracted = readText(bigBytes, 'text');
const NORMALIZE_RUNS = Math.max(3, Math.min(RUNS, 7));
const timeSync = (fn) => {
  // two warm-ups: on a 10 MB input the first runs are still being optimized
  fn();
  fn();
  const times = [];
  for (let i = 0; i < NORMALIZE_RUNS; i += 1) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
};
const normalizeMs = timeSync(() => normalizeSource(extracted));
const readMs = timeSync(() => readText(bigBytes, 'text'));

const rows = [];
for (const name of files) {
  const bytes = readFileSync(new URL(name, DIR));
  const ms = await time(() => parsePlanBytes(bytes));
  const raw = name.endsWith('.pdf') ? await time(() => rawPdfjs(bytes)) : null;
  rows.push({ name, kb: statSync(new URL(name, DIR)).size / 1024, ms, raw });
}

const bin = new URL('../bin/kh-parse.js', import.meta.url).pathname;
const sample = new URL('002-thanh-tra-dan-van-2025.txt', DIR).pathname;
const cold = [];
const empty = [];
for (let i = 0; i < 7; i += 1) {
  let start = performance.now();
  spawnSync(process.execPath, [bin, sample], { stdio: 'ignore' });
  cold.push(performance.now() - start);
  start = performance.now();
  spawnSync(process.execPath, ['-e', ''], { stdio: 'ignore' });
  empty.push(performance.now() - start);
}

const out = [];
out.push(`kh-parse bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, median of ${RUNS} warm runs`);
out.push('');
out.push('| input | size (KiB) | kh-parse (ms) | raw pdf.js getTextContent (ms) | kh-parse / raw |');
out.push('|---|---:|---:|---:|---:|');
for (const r of rows) {
  out.push(`| ${r.name} | ${r.kb.toFixed(1)} | ${r.ms.toFixed(1)} | ${r.raw === null ? '–' : r.raw.toFixed(1)} | ${r.raw === null ? '–' : (r.ms / r.raw).toFixed(2)} |`);
}
const textRows = rows.filter((r) => r.name.endsWith('.txt'));
const mbPerS = textRows.reduce((s, r) => s + r.kb / 1024, 0) / (textRows.reduce((s, r) => s + r.ms, 0) / 1000);
out.push('');
out.push(`text path: ${mbPerS.toFixed(2)} MB/s on one core`);
out.push(
  `normalize stage alone: ${(bigMb / (normalizeMs / 1000)).toFixed(1)} MB/s; reading with legacy-encoding detection: ${(bigMb / (readMs / 1000)).toFixed(1)} MB/s (seed texts replicated to ${bigMb.toFixed(1)} MB, median of ${NORMALIZE_RUNS})`,
);
out.push(`CLI cold start, one text plan: ${median(cold).toFixed(0)} ms (node -e '': ${median(empty).toFixed(0)} ms)`);
out.push(`peak RSS of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
process.stdout.write(`${out.join('\n')}\n`);
