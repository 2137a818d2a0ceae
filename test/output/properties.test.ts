/**
 * Properties over arbitrary input: the parser returns a schema-valid plan or a typed
 * InputError, never anything else; every span lies inside the normalized text.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPlanText, InputError, parsePlanText } from '../../src/index.js';
import { normalizeLine } from '../../src/normalize/normalize-line.js';
import { KhPlan } from '../../src/output/schema.js';

const seedLines = readFileSync('fixtures/plans/000-sct-dan-van-2022.txt', 'utf8').split('\n').filter((l) => l.trim() !== '');
const vietnamese = fc.constantFrom(...seedLines, 'I. MỤC ĐÍCH', '1. Giao Văn phòng chủ trì', 'a) ', '- ', 'Nơi nhận:', 'KT. GIÁM ĐỐC', '(1) ', 'ngày 31/2/2022', '218-', 'QĐ/TW', '\u0323', '**');
const planLike = fc.array(fc.oneof(vietnamese, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 })), { maxLength: 40 }).map((lines) => lines.join('\n'));

describe('properties', () => {
  it('any text gives a schema-valid plan or an InputError', async () => {
    await fc.assert(
      fc.asyncProperty(planLike, async (text) => {
        try {
          const plan = await parsePlanText(text);
          expect(KhPlan.safeParse(plan).success).toBe(true);
          const normalized = await extractPlanText(new TextEncoder().encode(text));
          for (const r of plan.references) for (const m of r.mentions) expect(normalized.slice(m.span.start, m.span.end)).toBe(m.text);
          for (const w of plan.warnings) if (w.span) expect(w.span.end).toBeLessThanOrEqual(normalized.length);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 150, seed: 20261121 },
    );
  });

  it('line normalization is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(vietnamese, fc.string({ unit: 'grapheme', maxLength: 60 })), (line) => {
        const once = normalizeLine(line).text;
        expect(normalizeLine(once).text).toBe(once);
      }),
      { numRuns: 2000, seed: 20261121 },
    );
  });
});
