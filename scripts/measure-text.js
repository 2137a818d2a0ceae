#!/usr/bin/env node
// Text accuracy on the corpus: for every PDF with a correct text beside it (`x.truth.txt` next to
// `x.pdf`), the character error rate and word F1 of `kh-parse text`, of raw pdf.js (the strings
// of getTextContent joined) and of poppler's `pdftotext -layout`, against the truth (whitespace
// normalized, reading order). A second CER ignores the order of the words: the truth texts are
// laid out line by line across columns (signature blocks, tables), which a reader that keeps
// columns apart is charged for in the first. Run after `npm run build`.
// Usage: node scripts/measure-text.js [corpus folder, default ../shared/corpus]. Prints Markdown.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { characterErrorRate, orderFreeCharacterErrorRate, wordF1 } from '../dist/extract/text-accuracy.js';

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

const BIN = new URL('../bin/kh-parse.js', import.meta.url).pathname;

function khParseText(file) {
  const run = spawnSync(process.execPath, [BIN, 'text', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status === 0) return { text: run.stdout };
  // "kh-parse: <file>: <what went wrong> (<what to do>)": keep what went wrong
  const message = run.stderr.trim().split('\n').pop() ?? '';
  return { error: message.slice(`kh-parse: ${file}: `.length).replace(/ \(.*$/u, '') || `failed (exit ${run.status})` };
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
  if ('error' in result) return [result.error, '–', '–'];
  return [percent(characterErrorRate(result.text, truth)), percent(orderFreeCharacterErrorRate(result.text, truth)), wordF1(result.text, truth).toFixed(3)];
}

const out = [
  `Text accuracy against the truth texts in ${path.relative(process.cwd(), corpus) || corpus}: character error rate (CER, lower is better)`,
  'in reading order and with word order ignored, word-level F1 (higher is better)',
  '',
  '| file (truth characters) | extractor | CER | CER, word order ignored | word F1 |',
  '|---|---|---:|---:|---:|',
];
for (const name of pdfs) {
  const file = path.join(corpus, name);
  const truth = readFileSync(file.replace(/\.pdf$/u, '.truth.txt'), 'utf8');
  const label = `${name} (${[...truth.normalize('NFC').replace(/\s+/gu, ' ').trim()].length})`;
  const results = [
    ['kh-parse text', khParseText(file)],
    ['raw pdf.js', await pdfjsText(file)],
    ['pdftotext -layout', pdftotextText(file)],
  ];
  for (const [tool, result] of results) out.push(`| ${[label, tool, ...cells(result, truth)].join(' | ')} |`);
}
process.stdout.write(`${out.join('\n')}\n`);
