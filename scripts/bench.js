#!/usr/bin/env node
// kh-parse benchmark (issue #8). Run after `npm run build` (npm run bench does both).
//   npm run bench              full run: 500 plans replicated from the fixtures (~3,000 pages)
//   npm run bench -- --quick   under a minute: 60 plans, fewer repetitions
// Prints Markdown tables: per-document and per-stage times, then every figure of the issue with its
// target beside it: text and PDF throughput, raw pdf.js and pdftotext (when installed) on the same
// PDFs as baselines with ratios, the references and tasks stages per plan, CLI cold start against
// `node -e ''` plus the work, peak memory for one file and for the whole folder, batch scaling
// from 1 to 2 workers. Times are medians of several runs, in process after a warm-up unless said
// otherwise. Nothing is committed: the replicated folder lives in a temp directory and is removed.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unified } from 'unified';
import { compilePlan } from '../dist/output/compile-plugin.js';
import { paragraphParser } from '../dist/pipeline/paragraph-parser.js';
import { createInputFile, extractStage, normalizeStage } from '../dist/pipeline/stages.js';
import { referencesPlugin } from '../dist/references/references-plugin.js';
import { structurePlugin } from '../dist/structure/structure-plugin.js';
import { tasksPlugin } from '../dist/tasks/tasks-plugin.js';
import { normalizeSource } from '../dist/normalize/normalize-source.js';
import { readText } from '../dist/extract/read-text.js';
import { loadPdfjs } from '../dist/extract/load-pdfjs.js';

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
const verdict = (met) => (met ? 'met' : '**not met**');
const load = () => os.loadavg()[0].toFixed(1);

async function timed(fn, runs = RUNS) {
  await fn();
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** The pipeline run stage by stage (the plugins the CLI runs), with the time of each (ms). */
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
  await mark('references', () => referencesPlugin.call(processor)(tree, file));
  await mark('tasks', () => tasksPlugin.call(processor)(tree, file));
  await mark('compile + validate', () => compilePlan(tree, file));
  return t;
}

/** pdf.js alone: getTextContent on every page (loaded as kh-parse loads it, with the platform's own built-ins). */
async function rawPdfjs(bytes) {
  const pdfjs = await loadPdfjs();
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
out.push(`# kh-parse bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpu} × ${os.cpus().length}, load ${load()} at the start`);
out.push(`\`npm run bench${QUICK ? ' -- --quick' : ''}\` (${QUICK ? 'quick run' : 'full run'}): medians of ${RUNS} warm runs; folder of ${PLANS} plans`);
out.push('');

// 1. per document, per stage, warm: a batch parses hundreds of plans of every kind in each worker, and
// V8 needs some 150 parses before all of the code is optimized (the times of a text plan fall by half
// over that many runs, then stay), so every document is parsed in turn, WARM_ROUNDS rounds (at most
// WARM_MS) before any is timed: the code is then warm for all of them, as in a worker, not only for
// the one timed (the first document timed would otherwise pay for the warm-up of the code they share,
// and each the cost of code specialised for it alone). The folder figures below include the warm-up
// of every worker.
const WARM_ROUNDS = QUICK ? 25 : 80;
const WARM_MS = QUICK ? 5000 : 15000;
const inputs = files.map((name) => ({ name, full: path.join(fixtures, name), bytes: readFileSync(path.join(fixtures, name)) }));
const warmStart = performance.now();
let warmRounds = 0;
while (warmRounds < WARM_ROUNDS && performance.now() - warmStart < WARM_MS) {
  for (const { bytes, full } of inputs) await stageTimes(bytes, full);
  warmRounds += 1;
}
out.push(`## One document at a time (in process, after ${warmRounds} rounds of parsing every document in turn)`);
out.push('');
out.push('| input | KiB | pages | total ms | extract | normalize | structure | references | tasks | compile + validate | raw pdf.js ms | pdftotext ms |');
out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
const pdftotext = hasPdftotext();
let textBytes = 0;
let textMs = 0;
let pdfPages = 0;
let pdfMs = 0;
let pdfExtractMs = 0;
let rawMs = 0;
let popplerMs = 0;
const perPlan = { references: [], tasks: [] };
const totals = {};
const stageTotals = {};
for (const { name, full, bytes } of inputs) {
  const splits = [];
  for (let i = 0; i < RUNS; i += 1) splits.push(await stageTimes(bytes, full));
  const stages = Object.keys(splits[0]);
  const per = Object.fromEntries(stages.map((s) => [s, median(splits.map((x) => x[s]))]));
  const total = median(splits.map((x) => stages.reduce((sum, s) => sum + x[s], 0)));
  totals[name] = total;
  for (const s of stages) stageTotals[s] = (stageTotals[s] ?? 0) + per[s];
  perPlan.references.push(per.references);
  perPlan.tasks.push(per.tasks);
  let pages = null;
  let raw = null;
  let poppler = null;
  if (name.endsWith('.pdf')) {
    pages = await rawPdfjs(bytes);
    raw = await timed(() => rawPdfjs(bytes));
    if (pdftotext) poppler = await timed(() => execFileSync('pdftotext', ['-layout', full, '-'], { stdio: ['ignore', 'ignore', 'ignore'] }));
    pdfPages += pages;
    pdfMs += total;
    pdfExtractMs += per.extract;
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
out.push('| figure | value | target | |');
out.push('|---|---|---|---|');
const row = (figure, value, target = '', met = null) => out.push(`| ${figure} | ${value} | ${target} | ${met === null ? '' : verdict(met)} |`);

const textMBs = textBytes / 1024 / 1024 / (textMs / 1000);
row('text path', `${fmt(textMBs, 2)} MB/s, ${fmt((files.filter((f) => f.endsWith('.txt')).length * 1000) / textMs)} documents/s on one core`, '≥ 5 MB/s per core', textMBs >= 5);
row('PDF path', `${fmt(pdfPages / (pdfMs / 1000))} pages/s on one core`);
const afterMs = pdfMs - pdfExtractMs;
const added = afterMs / rawMs;
row(
  'everything after extraction, on the PDFs',
  `normalize → validate ${fmt(afterMs)} ms = ${fmt(100 * added, 0)} % of raw pdf.js getTextContent (${fmt(rawMs)} ms)`,
  '≤ 25 % of raw pdf.js',
  added <= 0.25,
);
row(
  'the extract stage vs raw pdf.js',
  `${fmt(pdfExtractMs)} ms (${fmt((100 * (pdfExtractMs - rawMs)) / rawMs, 0)} % over raw getTextContent: layout, glyph repair); whole parse ${fmt(pdfMs / rawMs, 2)}× raw pdf.js`,
);
row('kh-parse / pdftotext -layout', pdftotext ? `${fmt(pdfMs / popplerMs, 2)}` : 'pdftotext not installed');
for (const stage of ['references', 'tasks']) {
  const ms = perPlan[stage];
  row(`${stage} stage per plan`, `median ${fmt(median(ms), 2)} ms, ${fmt(Math.min(...ms), 2)}–${fmt(Math.max(...ms), 2)} ms over the ${ms.length} documents`, '≤ 1 ms per typical plan', median(ms) <= 1);
}

// normalize alone, on a large text
{
  const big = Buffer.concat(files.filter((f) => f.endsWith('.txt')).flatMap((f) => Array(QUICK ? 40 : 150).fill(readFileSync(path.join(fixtures, f)))));
  const extracted = readText(big, 'text');
  const ms = await timed(() => normalizeSource(extracted), QUICK ? 3 : RUNS);
  row(`normalize stage alone (${fmt(big.length / 1024 / 1024)} MB of plan text)`, `${fmt(big.length / 1024 / 1024 / (ms / 1000), 1)} MB/s`);
}

// 2. CLI cold start, and what it loads
{
  const sampleName = '002-thanh-tra-dan-van-2025.txt';
  const sample = path.join(fixtures, sampleName);
  const pdfSampleName = sampleName.replace(/\.txt$/u, '.pdf');
  const cold = [];
  const empty = [];
  const coldPdf = [];
  for (let i = 0; i < (QUICK ? 7 : 15); i += 1) {
    let start = performance.now();
    spawnSync(process.execPath, [bin, sample], { stdio: 'ignore' });
    cold.push(performance.now() - start);
    start = performance.now();
    spawnSync(process.execPath, ['-e', ''], { stdio: 'ignore' });
    empty.push(performance.now() - start);
    start = performance.now();
    spawnSync(process.execPath, [bin, path.join(fixtures, pdfSampleName)], { stdio: 'ignore' });
    coldPdf.push(performance.now() - start);
  }
  const work = totals[sampleName];
  const limit = 1.5 * (median(empty) + work);
  row(
    'CLI cold start, one text plan',
    `${fmt(median(cold), 0)} ms (node -e '' ${fmt(median(empty), 0)} ms; the work, warm in process, ${fmt(work, 1)} ms)`,
    `≤ 1.5 × (node + work) = ${fmt(limit, 0)} ms`,
    median(cold) <= limit,
  );
  // the same starts counted in instructions (valgrind's callgrind, all threads): the same count at
  // every run whatever else the machine does, where the times above move with its load
  const instructions = (args) => {
    const run = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return Number(/Collected : (\d+)/u.exec(run.stderr ?? '')?.[1] ?? NaN);
  };
  if (!QUICK && spawnSync('valgrind', ['--version'], { stdio: 'ignore' }).status === 0) {
    const nodeOnly = instructions(['-e', '']);
    const khText = instructions([bin, sample]);
    const khPdf = instructions([bin, path.join(fixtures, pdfSampleName)]);
    const g = (n) => `${fmt(n / 1e9, 3)} G`;
    row(
      'cold starts in instructions (callgrind)',
      `node -e '' ${g(nodeOnly)}; one text plan ${g(khText)} (${fmt(khText / nodeOnly, 2)}×); one PDF plan ${g(khPdf)}`,
    );
  }
  row(
    `CLI cold start, one PDF plan (${pdfSampleName})`,
    `${fmt(median(coldPdf), 0)} ms (the work, warm in process, ${fmt(totals[pdfSampleName], 1)} ms; pdf.js from its bundle and code cache)`,
  );
  // what a text file loads: ES modules (NODE_DEBUG=esm) and CommonJS ones (NODE_DEBUG=module); the
  // bundled command line, and pdf.js's bundle when a PDF needs it, are read as files with their code
  // caches: whether pdf.js ran is read from the global it sets
  const traced = spawnSync(process.execPath, [bin, sample], { env: { ...process.env, NODE_DEBUG: 'esm,module' }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const loaded = new Set([...(traced.stderr.match(/file:\/\/\S+?\.m?js/gu) ?? []), ...[...traced.stderr.matchAll(/\bload "([^"]+)"/gu)].map((m) => pathToFileURL(m[1]).href)]);
  const probe = `const { main, codeCache } = await import(${JSON.stringify(pathToFileURL(path.join(root, 'dist/bundle/cli.js')).href)});
    const discard = { write: () => true, on: () => undefined, isTTY: false };
    await main([${JSON.stringify(sample)}], { stdout: discard, stderr: discard, stdin: process.stdin, env: {} });
    process.stdout.write(JSON.stringify({ codeCache, pdfjs: 'pdfjsLib' in globalThis }));`;
  const probed = JSON.parse(spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' }).stdout || '{}');
  const pdfjsLoaded = probed.pdfjs !== false || [...loaded].some((url) => url.includes('pdfjs'));
  row(
    'modules loaded for a text file',
    `${loaded.size} module files, then the bundled command line with its V8 code cache (${probed.codeCache ?? 'unknown'}); pdf.js ${pdfjsLoaded ? 'loaded' : 'not loaded'}`,
    'pdf.js only for PDFs',
    !pdfjsLoaded,
  );
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
  // the same plans split in two folders, for two separate kh-parse processes at once (below)
  const halves = [0, 1].map((h) => path.join(work, `half-${h}`));
  for (let i = 0; i < PLANS; i += 1) {
    const name = files[i % files.length];
    mkdirSync(halves[i % 2], { recursive: true });
    cpSync(path.join(fixtures, name), path.join(halves[i % 2], `${String(i).padStart(4, '0')}-${name}`));
  }
  const folderPages = readdirSync(folder, { recursive: true }).filter((f) => String(f).endsWith('.pdf')).length * (pdfPages / files.filter((f) => f.endsWith('.pdf')).length);
  const folderMB = readdirSync(folder, { recursive: true }).map((f) => path.join(folder, String(f))).filter((f) => statSync(f).isFile()).reduce((s, f) => s + statSync(f).size, 0) / 1024 / 1024;
  // cpus: the cores the process is held to (taskset), or null for all of them
  const runBatch = (workers, inputFolder = folder, cpus = null) => {
    const outDir = path.join(work, `out-${workers}-${Math.random().toString(36).slice(2)}`);
    const command = [process.execPath, rssRun, inputFolder, '-d', outDir, '-q', '-j', String(workers)];
    const start = performance.now();
    const result = cpus === null ? spawnSync(command[0], command.slice(1), { encoding: 'utf8' }) : spawnSync('taskset', ['-c', cpus, ...command], { encoding: 'utf8' });
    const seconds = (performance.now() - start) / 1000;
    rmSync(outDir, { recursive: true, force: true });
    const rss = Number(/maxRSS (\d+)/u.exec(result.stderr)?.[1] ?? NaN) / 1024;
    const cpuSeconds = Number(/cpuMs (\d+)/u.exec(result.stderr)?.[1] ?? NaN) / 1000;
    return { seconds, rss, cpuSeconds, ok: result.status === 0 };
  };
  // best of two runs each (one in a quick run): other work on the machine only ever slows a run down
  const best = (workers, cpus = null) => (QUICK ? [runBatch(workers, folder, cpus)] : [runBatch(workers, folder, cpus), runBatch(workers, folder, cpus)]).sort((a, b) => a.seconds - b.seconds)[0];
  const one = best(1);
  const two = best(2);
  // the same folder with the workers' process held to as many cores as workers (taskset): 1 worker
  // on 1 core, 2 on 2. Unpinned, one worker's V8 compiler and GC threads take part of the second core,
  // so 1 → 2 workers measures the machine as much as the batch
  const pinned = spawnSync('taskset', ['-c', '0', 'true'], { stdio: 'ignore' }).status === 0 && os.cpus().length >= 2;
  const onePinned = pinned ? best(1, '0') : null;
  const twoPinned = pinned ? best(2, '0,1') : null;
  const single = spawnSync(process.execPath, [rssRun, path.join(fixtures, '000-sct-dan-van-2022.pdf')], { encoding: 'utf8' });
  const singleRss = Number(/maxRSS (\d+)/u.exec(single.stderr)?.[1] ?? NaN) / 1024;
  const scaling = one.seconds / two.seconds;
  row(
    `folder: ${PLANS} plans, ${fmt(folderMB)} MB, ~${fmt(folderPages, 0)} PDF pages`,
    `1 worker ${fmt(one.seconds)} s (${fmt(PLANS / one.seconds)} plans/s), 2 workers ${fmt(two.seconds)} s (${fmt(PLANS / two.seconds)} plans/s): scaling ${fmt(scaling, 2)}×`,
    '≥ 1.7× from 1 to 2 workers',
    scaling >= 1.7,
  );
  if (onePinned && twoPinned) {
    const perCore = onePinned.seconds / twoPinned.seconds;
    row(
      'the folder with one core per worker (taskset)',
      `1 worker on 1 core ${fmt(onePinned.seconds)} s, 2 workers on 2 cores ${fmt(twoPinned.seconds)} s: scaling ${fmt(perCore, 2)}×`,
      '≥ 1.7× from 1 to 2 workers',
      perCore >= 1.7,
    );
  }
  // two workers with nothing shared between them: each half of the folder in its own kh-parse
  // process with 1 worker, both at once. Each process warms up its own V8 (compiling the same code
  // again) and has its own compiler and GC threads, as each worker does; if this scales no better
  // than 2 workers in one process, what holds the scaling back is not the pool
  const halvesRun = () =>
    Promise.all(
      halves.map(
        (half) =>
          new Promise((resolve) => {
            const outDir = path.join(work, `out-half-${Math.random().toString(36).slice(2)}`);
            const child = spawn(process.execPath, [bin, half, '-d', outDir, '-q', '-j', '1'], { stdio: 'ignore' });
            child.on('close', (code) => {
              rmSync(outDir, { recursive: true, force: true });
              resolve(code === 0);
            });
          }),
      ),
    );
  const apart = [];
  for (let i = 0; i < (QUICK ? 1 : 2); i += 1) {
    const start = performance.now();
    const ok = await halvesRun();
    apart.push({ seconds: (performance.now() - start) / 1000, ok: ok.every(Boolean) });
  }
  const halvesBest = apart.sort((a, b) => a.seconds - b.seconds)[0];
  row(
    'the folder in two halves, two processes at once (1 worker each)',
    `${fmt(halvesBest.seconds)} s: ${fmt(one.seconds / halvesBest.seconds, 2)}× 1 worker (2 workers in one process: ${fmt(scaling, 2)}×)`,
  );
  // the CPU a batch keeps busy: the workers' threads and V8's compiler and GC threads beside them
  const cores = (run) => run.cpuSeconds / run.seconds;
  row(
    'cores kept busy by the folder',
    `1 worker ${fmt(cores(one), 2)} (${fmt(one.cpuSeconds)} s of CPU), 2 workers ${fmt(cores(two), 2)} (${fmt(two.cpuSeconds)} s of CPU): on ${os.cpus().length} cores, 2 workers can be at most ${fmt(Math.min(2, os.cpus().length / cores(one)), 2)}× faster than 1`,
  );
  const rssRatio = two.rss / singleRss;
  // the text path end to end: a folder of text plans through the command line with one worker
  // (process start, each worker's warm-up, reading and writing the files all included)
  const textFolder = path.join(work, 'text-plans');
  mkdirSync(textFolder);
  const textFiles = files.filter((f) => f.endsWith('.txt'));
  const TEXT_PLANS = QUICK ? 60 : 300;
  for (let i = 0; i < TEXT_PLANS; i += 1) cpSync(path.join(fixtures, textFiles[i % textFiles.length]), path.join(textFolder, `${String(i).padStart(4, '0')}.txt`));
  const textFolderMB = readdirSync(textFolder).reduce((sum, f) => sum + statSync(path.join(textFolder, f)).size, 0) / 1024 / 1024;
  const textRun = (QUICK ? [runBatch(1, textFolder)] : [runBatch(1, textFolder), runBatch(1, textFolder)]).sort((a, b) => a.seconds - b.seconds)[0];
  row(
    `text folder through the command line: ${TEXT_PLANS} text plans, ${fmt(textFolderMB, 1)} MB, 1 worker`,
    `${fmt(textRun.seconds, 2)} s: ${fmt(textFolderMB / textRun.seconds, 2)} MB/s, ${fmt(TEXT_PLANS / textRun.seconds)} plans/s (start, warm-up, reading and writing included; ${fmt(textRun.cpuSeconds, 1)} s of CPU)`,
  );
  row('peak RSS', `one PDF ${fmt(singleRss, 0)} MiB; the folder with 2 workers ${fmt(two.rss, 0)} MiB (${fmt(rssRatio, 2)}× one file)`, '≤ 2× one file', rssRatio <= 2);
  if (!one.ok || !two.ok || !halvesBest.ok) out.push('| note | the batch exited non-zero: check the fixtures | | |');
} finally {
  rmSync(work, { recursive: true, force: true });
}
out.push('');
out.push(`Load average (1 min) at the end: ${load()}; with ${os.cpus().length} cores, a load above 1 means other work shared the machine and the times are high.`);
process.stdout.write(`${out.join('\n')}\n`);
