#!/usr/bin/env node
// kh-parse benchmark. Run after `npm run build` (npm run bench does both).
//   npm run bench              full run: 500 plans replicated from the fixtures (~3,000 pages)
//   npm run bench -- --quick   under a minute: 60 plans, fewer repetitions
// Prints Markdown tables: per-document and per-stage times, text and PDF throughput, raw pdf.js and
// pdftotext (when installed) on the same PDFs as baselines with ratios, CLI cold start, peak memory
// for one file and for the whole folder, batch scaling from 1 to 2 workers. Nothing is committed:
// the replicated folder lives in a temp directory and is removed at the end.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import { textBlocks, preambleBlocks, sectionViews } from '../dist/document/views.js';
import { planContext } from '../dist/document/plan-context.js';
import { compilePlan } from '../dist/output/compile-plugin.js';
import { paragraphParser } from '../dist/pipeline/paragraph-parser.js';
import { createInputFile, extractStage, normalizeStage } from '../dist/pipeline/stages.js';
import { extractReferences } from '../dist/references/index.js';
import { structurePlugin } from '../dist/structure/structure-plugin.js';
import { extractTargets, extractTasks } from '../dist/tasks/index.js';
import { normalizeSource } from '../dist/normalize/normalize-source.js';
import { readText } from '../dist/extract/read-text.js';

const QUICK = process.argv.includes('--quick');
const RUNS = QUICK ? 5 : 15;
const PLANS = QUICK ? 60 : 500;
const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = path.join(root, 'fixtures/plans');
const bin = path.join(root, 'bin/kh-parse.js');
const rssRun = path.join(root, 'scripts/rss-run.js');
const files = readdirSync(fixtures).filter((f) => /\.(txt|pdf)$/u.test(f)).sort();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

async function timed(fn) {
  await fn();
  const times = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** The pipeline run stage by stage, with the time of each (ms). */
async function stageTimes(bytes, name) {
  const t = {};
  const mark = async (stage, fn) => {
    const start = performance.now();
    const result = await fn();
    t[stage] = (t[stage] ?? 0) + performance.now() - start;
    return result;
  };
  const file = createInputFile(bytes, name);
  await mark('extract', () => extractStage(file));
  await mark('normalize', () => normalizeStage(file));
  const processor = unified().use(paragraphParser);
  const tree = await mark('structure', () => {
    const parsed = processor.parse(file);
    structurePlugin.call(processor)(parsed, file);
    return parsed;
  });
  const context = planContext(file.data.document ?? null);
  await mark('references', () => {
    file.data.references = extractReferences(textBlocks(tree), context).references;
  });
  t.referencesFound = file.data.references.length;
  t.mentionsFound = file.data.references.reduce((n, r) => n + r.mentions.length, 0);
  await mark('tasks', () => {
    const sections = sectionViews(tree);
    file.data.tasks = extractTasks(preambleBlocks(tree), sections, context).tasks;
    file.data.targets = extractTargets(sections);
  });
  await mark('compile + validate', () => compilePlan(tree, file));
  return t;
}

async function rawPdfjs(bytes) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  for (let p = 1; p <= doc.numPages; p += 1) await (await doc.getPage(p)).getTextContent();
  const pages = doc.numPages;
  await doc.destroy();
  return pages;
}

function hasPdftotext() {
  return spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
}

const out = [];
const cpu = os.cpus()[0]?.model ?? 'cpu';
out.push(`# kh-parse bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpu} × ${os.cpus().length}, ${os.loadavg()[0].toFixed(1)} load`);
out.push(`${QUICK ? 'quick run' : 'full run'}: medians of ${RUNS} warm runs; folder of ${PLANS} plans`);
out.push('');

// 1. per document, per stage
out.push('## One document at a time (in process, warm)');
out.push('');
out.push('| input | KiB | pages | total ms | extract | normalize | structure | references | tasks | compile + validate | raw pdf.js ms | pdftotext ms |');
out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
const pdftotext = hasPdftotext();
let textBytes = 0;
let textMs = 0;
let pdfPages = 0;
let pdfMs = 0;
let rawMs = 0;
let popplerMs = 0;
let refsFound = 0;
let mentionsFound = 0;
let refsMs = 0;
const stageTotals = {};
for (const name of files) {
  const full = path.join(fixtures, name);
  const bytes = readFileSync(full);
  const splits = [];
  for (let i = 0; i < RUNS + 1; i += 1) splits.push(await stageTimes(bytes, full));
  splits.shift();
  const stages = Object.keys(splits[0]).filter((k) => !k.endsWith('Found'));
  if (name.endsWith('.txt')) {
    refsFound += splits[0].referencesFound;
    mentionsFound += splits[0].mentionsFound;
    refsMs += median(splits.map((x) => x.references));
  }
  const per = Object.fromEntries(stages.map((s) => [s, median(splits.map((x) => x[s]))]));
  const total = median(splits.map((x) => stages.reduce((sum, s) => sum + x[s], 0)));
  for (const s of stages) stageTotals[s] = (stageTotals[s] ?? 0) + per[s];
  let pages = null;
  let raw = null;
  let poppler = null;
  if (name.endsWith('.pdf')) {
    pages = await rawPdfjs(bytes);
    raw = await timed(() => rawPdfjs(bytes));
    if (pdftotext) poppler = await timed(() => execFileSync('pdftotext', ['-layout', full, '-'], { stdio: ['ignore', 'ignore', 'ignore'] }));
    pdfPages += pages;
    pdfMs += total;
    rawMs += raw;
    popplerMs += poppler ?? 0;
  } else {
    textBytes += bytes.length;
    textMs += total;
  }
  out.push(
    `| ${name} | ${fmt(bytes.length / 1024)} | ${pages ?? '–'} | ${fmt(total)} | ${stages.map((s) => fmt(per[s], 2)).join(' | ')} | ${raw === null ? '–' : fmt(raw)} | ${poppler === null ? '–' : fmt(poppler)} |`,
  );
}
out.push('');
const stageSum = Object.values(stageTotals).reduce((a, b) => a + b, 0);
out.push(`Share of time per stage over these documents: ${Object.entries(stageTotals).map(([s, v]) => `${s} ${fmt((100 * v) / stageSum, 0)} %`).join(', ')}.`);
out.push('');
out.push('| figure | value |');
out.push('|---|---|');
out.push(`| text path | ${fmt(textBytes / 1024 / 1024 / (textMs / 1000), 2)} MB/s, ${fmt((files.filter((f) => f.endsWith('.txt')).length * 1000) / textMs)} documents/s on one core |`);
out.push(`| references stage on text | ${fmt((refsFound * 1000) / refsMs, 0)} references/s, ${fmt((mentionsFound * 1000) / refsMs, 0)} mentions/s (${refsFound} references in the text plans) |`);
out.push(`| PDF path | ${fmt(pdfPages / (pdfMs / 1000))} pages/s on one core |`);
out.push(`| kh-parse / raw pdf.js getTextContent (same PDFs) | ${fmt(pdfMs / rawMs, 2)} (after-extraction work adds ${fmt((100 * (pdfMs - rawMs)) / rawMs, 0)} %) |`);
out.push(`| kh-parse / pdftotext -layout | ${pdftotext ? fmt(pdfMs / popplerMs, 2) : 'pdftotext not installed'} |`);

// normalize alone, on a large text
{
  const big = Buffer.concat(files.filter((f) => f.endsWith('.txt')).flatMap((f) => Array(QUICK ? 40 : 150).fill(readFileSync(path.join(fixtures, f)))));
  const extracted = readText(big, 'text');
  const ms = await timed(() => normalizeSource(extracted));
  out.push(`| normalize stage alone (${fmt(big.length / 1024 / 1024)} MB of plan text) | ${fmt(big.length / 1024 / 1024 / (ms / 1000), 1)} MB/s |`);
}

// 2. CLI cold start
{
  const sample = path.join(fixtures, '002-thanh-tra-dan-van-2025.txt');
  const cold = [];
  const empty = [];
  for (let i = 0; i < (QUICK ? 5 : 11); i += 1) {
    let start = performance.now();
    spawnSync(process.execPath, [bin, sample], { stdio: 'ignore' });
    cold.push(performance.now() - start);
    start = performance.now();
    spawnSync(process.execPath, ['-e', ''], { stdio: 'ignore' });
    empty.push(performance.now() - start);
  }
  out.push(`| CLI cold start, one text plan | ${fmt(median(cold), 0)} ms (node -e '': ${fmt(median(empty), 0)} ms; ratio ${fmt(median(cold) / median(empty), 1)}) |`);
}

// 3. a realistic folder: batch scaling and memory
const work = mkdtempSync(path.join(os.tmpdir(), 'kh-bench-'));
try {
  const folder = path.join(work, 'plans');
  for (let i = 0; i < PLANS; i += 1) {
    const name = files[i % files.length];
    const dir = path.join(folder, `office-${String(Math.floor(i / 50)).padStart(2, '0')}`);
    mkdirSync(dir, { recursive: true });
    cpSync(path.join(fixtures, name), path.join(dir, `${String(i).padStart(4, '0')}-${name}`));
  }
  const folderPages = readdirSync(folder, { recursive: true }).filter((f) => String(f).endsWith('.pdf')).length * (pdfPages / files.filter((f) => f.endsWith('.pdf')).length);
  const folderMB = readdirSync(folder, { recursive: true }).map((f) => path.join(folder, String(f))).filter((f) => statSync(f).isFile()).reduce((s, f) => s + statSync(f).size, 0) / 1024 / 1024;
  const runBatch = (workers) => {
    const outDir = path.join(work, `out-${workers}-${Math.random().toString(36).slice(2)}`);
    const start = performance.now();
    const result = spawnSync(process.execPath, [rssRun, folder, '-d', outDir, '-q', '-j', String(workers)], { encoding: 'utf8' });
    const seconds = (performance.now() - start) / 1000;
    rmSync(outDir, { recursive: true, force: true });
    const rss = Number(/maxRSS (\d+)/u.exec(result.stderr)?.[1] ?? NaN) / 1024;
    return { seconds, rss, ok: result.status === 0 };
  };
  const one = runBatch(1);
  const two = runBatch(2);
  const single = spawnSync(process.execPath, [rssRun, path.join(fixtures, '000-sct-dan-van-2022.pdf')], { encoding: 'utf8' });
  const singleRss = Number(/maxRSS (\d+)/u.exec(single.stderr)?.[1] ?? NaN) / 1024;
  out.push(`| folder: ${PLANS} plans, ${fmt(folderMB)} MB, ~${fmt(folderPages, 0)} PDF pages | 1 worker ${fmt(one.seconds)} s (${fmt(PLANS / one.seconds)} plans/s), 2 workers ${fmt(two.seconds)} s (${fmt(PLANS / two.seconds)} plans/s): scaling ${fmt(one.seconds / two.seconds, 2)}× |`);
  out.push(`| peak RSS | one PDF ${fmt(singleRss, 0)} MiB; the folder with 2 workers ${fmt(two.rss, 0)} MiB (${fmt(two.rss / singleRss, 2)}× one file) |`);
  if (!one.ok || !two.ok) out.push('| note | the batch exited non-zero: check the fixtures |');
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.stdout.write(`${out.join('\n')}\n`);
