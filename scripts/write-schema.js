#!/usr/bin/env node
// Writes schemas/kh-plan.schema.json from the zod schema (src/output/schema.ts, built to dist/).
// Run with `npm run schema`; test/output/schema.test.ts fails when the committed file drifts.
import { writeFileSync } from 'node:fs';
import { planJsonSchema } from '../dist/output/schema.js';

const target = new URL('../schemas/kh-plan.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(planJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${target.pathname}\n`);
