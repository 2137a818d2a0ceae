#!/usr/bin/env node
// Text accuracy on the corpus: for every PDF with a correct text beside it (`x.truth.txt` next to
// `x.pdf`), the character error rate and word F1 of `kh-parse text`, of raw pdf.js (the strings
// of getTextContent joined) and of poppler's `pdftotext -layout`, against the truth (whitespace
// normalized, reading order). The truth texts are laid out line by line across columns (signature
// blocks, tables), which a reader that keeps columns apart is charged for in strict reading order;
// so a second CER lets blocks move (one edit per block read elsewhere), and a third ignores the
// order of the words. Scans (no text layer, or one not in Vietnamese) are read by OCR: their
// kh-parse rows say with which engine, one row per engine installed (tesseract.js always, the
// system tesseract when it has Vietnamese). The last column is the wall time per page.
// Run after `npm run build`.
// Usage: node scripts/measure-text.js [corpus folder, default ../shared/corpus]. Prints Markdown.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { systemTesseractHasVietnamese } from '../dist/extract/ocr/system-tesseract-engine.js';
import { ocrOptions } from '../dist/extract/ocr/ocr-options.js';
import { blockMoveCharacterErrorRate, characterErrorRate, orderFreeCharacterErrorRate, wordF1 } from '../dist/extract/text-accuracy.js';
import { createInputFile, extractStage, normalizeStage } from '../dist/pipeline/stages.js';

const corpus = path.resolve(process.argv[2] ?? '../shared/corpus');
if (!existsSync(corpus)) {
  process.stdout.write(`measure-text: no corpus at ${corpus}; nothing to measure\n`);
  process.exit(0);
}
const pdfs = readdirSync(corpus)
  .filter((f) => f.endsWith('.pdf') && existsSync(path.join(corpus, f.replace(/\.pdf$/u, '.truth.txt'))))
  .sort();
if (pdfs.length === 0) {
  process.stdout.write(`measure-text: no PDF with a .truth.txt in ${corpus}; nothing to measure\n`);
  process.exit(0);
}

/** What `kh-parse text` prints (the same stages, in this process), and whether pages were read by OCR and by what. */
async function khParseText(file, engine = 'auto') {
  const input = createInputFile(new Uint8Array(readFileSync(file)), file, undefined, ocrOptions({ mode: 'auto', engine }));
  try {
    await extractStage(input);
    await normalizeStage(input);
  } catch (error) {
    return { error: error.reason ?? error.message };
  }
  const ocr = input.data.extracted.notes.find((n) => n.code === 'extract/ocr');
  return { text: String(input.value), ocrEngine: ocr ? /\((tesseract(?:\.js)?), /u.exec(ocr.message)?.[1] ?? '?' : null };
}

/** The kh-parse rows of a file: one, or for a scan one per OCR engine installed. */
async function khParseRows(file, pages) {
  const first = await timed(() => khParseText(file), pages);
  if (!first.ocrEngine) return [['kh-parse text', first]];
  const engines = ['tesseract.js', ...(systemTesseractHasVietnamese() ? ['tesseract'] : [])];
  const rows = [];
  for (const engine of engines) {
    const result = engine === first.ocrEngine ? first : await timed(() => khParseText(file, engine), pages);
    rows.push([`kh-parse text (OCR: ${engine})`, result]);
  }
  return rows;
}

/** `run`'s result with the seconds per page it took. */
async function timed(run, pages) {
  const started = performance.now();
  const result = await run();
  return { ...result, secondsPerPage: (performance.now() - started) / 1000 / pages };
}

async function pageCount(file) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, verbosity: 0 }).promise;
  const pages = doc.numPages;
  await doc.destroy();
  return pages;
}

async function pdfjsText(file) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, verbosity: 0 }).promise;
  let text = '';
  for (let p = 1; p <= doc.numPages; p += 1) {
    const content = await (await doc.getPage(p)).getTextContent();
    for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
    text += '\n';
  }
  await doc.destroy();
  return { text };
}

function pdftotextText(file) {
  const run = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) return { error: 'not installed' };
  return run.status === 0 ? { text: run.stdout } : { error: `failed (exit ${run.status})` };
}

const percent = (x) => `${(100 * x).toFixed(2)} %`;

function cells(result, truth) {
  const time = result.secondsPerPage === undefined ? '–' : result.secondsPerPage.toFixed(2);
  if ('error' in result) return [result.error, '–', '–', '–', time];
  return [
    percent(characterErrorRate(result.text, truth)),
    percent(blockMoveCharacterErrorRate(result.text, truth)),
    percent(orderFreeCharacterErrorRate(result.text, truth)),
    wordF1(result.text, truth).toFixed(3),
    time,
  ];
}

const out = [
  `Text accuracy against the truth texts in ${path.relative(process.cwd(), corpus) || corpus}: character error rate (CER, lower is better)`,
  'in reading order, with blocks read in another order costing one edit each, and with word order ignored;',
  'word-level F1 (higher is better); seconds per page (wall time, this machine). Table cell separators (" | ") count as spaces.',
  '',
  '| file (truth characters) | extractor | CER | CER, blocks may move | CER, word order ignored | word F1 | s/page |',
  '|---|---|---:|---:|---:|---:|---:|',
];
for (const name of pdfs) {
  const file = path.join(corpus, name);
  const truth = readFileSync(file.replace(/\.pdf$/u, '.truth.txt'), 'utf8');
  const label = `${name} (${[...truth.normalize('NFC').replace(/\s+/gu, ' ').trim()].length})`;
  const pages = await pageCount(file);
  const results = [
    ...(await khParseRows(file, pages)),
    ['raw pdf.js', await timed(() => pdfjsText(file), pages)],
    ['pdftotext -layout', await timed(() => pdftotextText(file), pages)],
  ];
  for (const [tool, result] of results) out.push(`| ${[label, tool, ...cells(result, truth)].join(' | ')} |`);
}
process.stdout.write(`${out.join('\n')}\n`);
