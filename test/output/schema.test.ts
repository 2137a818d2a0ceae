import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { batchErrorJsonSchema, KhPlan, planJsonSchema } from '../../src/output/schema.js';
import { parsePlan } from '../../src/index.js';

describe('output schema', () => {
  it('schemas/kh-plan.schema.json is what the zod schema generates (run `npm run schema` after changing it)', () => {
    const committed = JSON.parse(readFileSync('schemas/kh-plan.schema.json', 'utf8')) as unknown;
    expect(committed).toEqual(JSON.parse(JSON.stringify(planJsonSchema())));
    const errorRecord = JSON.parse(readFileSync('schemas/kh-batch-error.schema.json', 'utf8')) as unknown;
    expect(errorRecord).toEqual(JSON.parse(JSON.stringify(batchErrorJsonSchema())));
  });

  it('is JSON Schema draft 2020-12 with the fixed top-level fields', () => {
    const schema = planJsonSchema() as { $schema: string; required: string[] };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    for (const field of ['schemaVersion', 'source', 'document', 'basis', 'sections', 'references', 'tasks', 'targets', 'footnotes', 'recipients', 'signature', 'warnings']) {
      expect(schema.required).toContain(field);
    }
  });

  it.each(['000-sct-dan-van-2022', '001-skhdt-dan-van-2022', '002-thanh-tra-dan-van-2025'].flatMap((n) => [`${n}.txt`, `${n}.pdf`]))(
    'the output for %s validates',
    async (name) => {
      const plan = await parsePlan(`fixtures/plans/${name}`);
      expect(KhPlan.safeParse(plan).success).toBe(true);
    },
  );
});
