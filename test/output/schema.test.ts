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

  it('says what is wrong in English, with the path of the value', async () => {
    const plan = await parsePlan('fixtures/plans/002-thanh-tra-dan-van-2025.txt');
    const broken = { ...plan, source: { ...plan.source, sha256: 'xyz' }, tasks: [{ ...plan.tasks[0], lead: 5 }] };
    const checked = KhPlan.safeParse(broken);
    expect(checked.success).toBe(false);
    expect(checked.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'source.sha256: Invalid string: must match pattern /^[0-9a-f]{64}$/',
      'tasks.0.lead: Invalid input: expected array, received number',
    ]);
  });

  it("a footnote mark's span has its own description; other spans keep the shared one", () => {
    type Node = { description?: string; properties: Record<string, Node>; items: Node };
    const footnote = (planJsonSchema() as unknown as Node).properties.footnotes!.items;
    expect(footnote.properties.marks!.items.properties.span!.description).toMatch(/^where the mark is/u);
    expect(footnote.properties.span!.description).toMatch(/^where an item is/u);
  });
});
