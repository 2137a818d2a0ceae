#!/usr/bin/env node
/**
 * Reference accuracy against the annotations in fixtures/annotations/references/*.json (written by
 * reading the documents): precision, recall and F1 on the cited documents (type, number, year,
 * symbol — or type and name for a law cited by name), date accuracy and issuer accuracy, per input
 * and overall (micro-averaged). Runs on dist/: `npm run build && node scripts/accuracy-references.js`.
 * The same comparison runs in test/references/accuracy.test.ts.
 *
 *   node scripts/accuracy-references.js            the table, then every miss
 *   node scripts/accuracy-references.js --json     the figures as JSON
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '../dist/index.js';
import { scoreReferences, summarize } from '../dist/references/accuracy.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const folder = path.join(root, 'fixtures/annotations/references');

const rows = [];
for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
  const annotation = JSON.parse(readFileSync(path.join(folder, file), 'utf8'));
  for (const input of annotation.inputs) {
    // scans are read by tesseract.js (always installed), so the figures do not depend on the machine
    const plan = await parsePlan(path.join(root, input), { ocrEngine: 'tesseract.js' });
    rows.push({ name: path.basename(file, '.json'), input: path.extname(input).slice(1), score: scoreReferences(annotation.references, plan.references) });
  }
}

const overall = summarize(rows.map((r) => r.score));
const total = (get) => rows.reduce((n, r) => n + get(r.score), 0);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ overall, inputs: rows.map((r) => ({ name: r.name, input: r.input, ...summarize([r.score]), ...r.score })) }, null, 2));
} else {
  const f3 = (x) => x.toFixed(3);
  const table = [['document', 'input', 'cited', 'found', 'matched', 'P', 'R', 'F1', 'dates', 'issuers']];
  for (const { name, input, score } of rows) {
    const s = summarize([score]);
    table.push([name, input, score.expected, score.found, score.matched, f3(s.precision), f3(s.recall), f3(s.f1), f3(s.dates), f3(s.issuers)]);
  }
  table.push(['overall', '', total((s) => s.expected), total((s) => s.found), total((s) => s.matched), f3(overall.precision), f3(overall.recall), f3(overall.f1), f3(overall.dates), f3(overall.issuers)]);
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
  const line = (row) => row.map((v, i) => (i < 2 ? String(v).padEnd(widths[i]) : String(v).padStart(widths[i]))).join('  ');
  console.log(line(table[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table.slice(1, -1)) console.log(line(row));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  console.log(line(table[table.length - 1]));

  const misses = rows.flatMap(({ name, input, score }) => [
    ...score.missing.map((k) => `${name} (${input}): missed   ${k}`),
    ...score.extra.map((k) => `${name} (${input}): extra    ${k}`),
    ...score.wrongDates.map((m) => `${name} (${input}): date     ${m.key}: expected ${m.expected}, got ${m.actual}`),
    ...score.wrongIssuers.map((m) => `${name} (${input}): issuer   ${m.key}: expected ${m.expected}, got ${m.actual}`),
  ]);
  if (misses.length > 0) console.log(`\n${misses.join('\n')}`);
}
