#!/usr/bin/env node
/**
 * Task accuracy against the annotations in fixtures/annotations/tasks/*.json (written by reading
 * the documents): precision and recall of (section, lead unit, deadline) pairs, deadline date
 * accuracy, target value accuracy (and target subjects), per input and overall (micro-averaged).
 * Runs on dist/: `npm run build && node scripts/accuracy-tasks.js`. The same comparison runs in
 * test/tasks/accuracy.test.ts.
 *
 *   node scripts/accuracy-tasks.js            the table, then every miss
 *   node scripts/accuracy-tasks.js --json     the figures as JSON
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '../dist/index.js';
import { scoreTasks, summarize } from '../dist/tasks/accuracy.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const folder = path.join(root, 'fixtures/annotations/tasks');

const rows = [];
for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
  const annotation = JSON.parse(readFileSync(path.join(folder, file), 'utf8'));
  for (const input of annotation.inputs) {
    // scans are read by tesseract.js (always installed), so the figures do not depend on the machine
    const plan = await parsePlan(path.join(root, input), { ocrEngine: 'tesseract.js' });
    rows.push({ name: path.basename(file, '.json'), input: path.extname(input).slice(1), score: scoreTasks(annotation, plan) });
  }
}

const overall = summarize(rows.map((r) => r.score));
const total = (get) => rows.reduce((n, r) => n + get(r.score), 0);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ overall, inputs: rows.map((r) => ({ name: r.name, input: r.input, ...summarize([r.score]), ...r.score })) }, null, 2));
} else {
  const f3 = (x) => (x === null ? '–' : x.toFixed(3));
  const table = [['document', 'input', 'pairs', 'found', 'matched', 'P', 'R', 'dates', 'date acc', 'targets', 'target acc', 'subjects']];
  const add = (name, input, s, sum) =>
    table.push([name, input, s.pairs.expected, s.pairs.found, s.pairs.matched, f3(sum.precision), f3(sum.recall), s.dates.expected, f3(sum.dates), s.targets.expected, f3(sum.targets), f3(sum.subjects)]);
  for (const { name, input, score } of rows) add(name, input, score, summarize([score]));
  const all = {
    pairs: { expected: total((s) => s.pairs.expected), found: total((s) => s.pairs.found), matched: total((s) => s.pairs.matched) },
    dates: { expected: total((s) => s.dates.expected) },
    targets: { expected: total((s) => s.targets.expected) },
  };
  add('overall', '', all, overall);
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
  const line = (row) => row.map((v, i) => (i < 2 ? String(v).padEnd(widths[i]) : String(v).padStart(widths[i]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  console.log(line(table[0]));
  console.log(rule);
  for (const row of table.slice(1, -1)) console.log(line(row));
  console.log(rule);
  console.log(line(table[table.length - 1]));

  const misses = rows.flatMap(({ name, input, score }) => [
    ...score.pairs.missing.map((k) => `${name} (${input}): missed   ${k}`),
    ...score.pairs.extra.map((k) => `${name} (${input}): extra    ${k}`),
    ...score.dates.wrong.map((k) => `${name} (${input}): date     ${k}`),
    ...score.dates.extra.map((k) => `${name} (${input}): date     extra ${k}`),
    ...score.targets.missing.map((k) => `${name} (${input}): target   missed ${k}`),
    ...score.targets.extra.map((k) => `${name} (${input}): target   extra ${k}`),
    ...score.targets.wrongSubjects.map((k) => `${name} (${input}): subject  ${k}`),
  ]);
  if (misses.length > 0) console.log(`\n${misses.join('\n')}`);
}
