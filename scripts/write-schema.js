#!/usr/bin/env node
// Writes schemas/kh-plan.schema.json from the zod schema (src/output/schema.ts, built to dist/).
// Run with `npm run schema`; test/output/schema.test.ts fails when the committed file drifts.
import { writeFileSync } from 'node:fs';
import { batchErrorJsonSchema, planJsonSchema } from '../dist/output/schema.js';

for (const [name, schema] of [
  ['kh-plan.schema.json', planJsonSchema()],
  ['kh-batch-error.schema.json', batchErrorJsonSchema()],
]) {
  const target = new URL(`../schemas/${name}`, import.meta.url);
  writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
  process.stdout.write(`wrote ${target.pathname}\n`);
}
