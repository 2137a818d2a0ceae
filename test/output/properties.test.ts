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

describe('nothing is lost', () => {
  /** Every paragraph of the normalized text lies inside some span of the output. */
  function uncovered(plan: import('../../src/output/schema.js').KhPlan, text: string): string[] {
    const spans: { start: number; end: number }[] = [
      ...plan.header.map((p) => p.span),
      ...plan.footnotes.map((f) => f.span),
      ...plan.unplaced.map((p) => p.span),
      ...(plan.body?.paragraphs.map((p) => p.span) ?? []),
      ...plan.appendices.flatMap((a) => a.paragraphs.map((p) => p.span)),
      ...(plan.signature?.span ? [plan.signature.span] : []),
      ...(plan.recipientsSpan ? [plan.recipientsSpan] : []),
    ];
    const walk = (s: import('../../src/output/schema.js').Section): void => {
      spans.push(s.span);
      s.children.forEach(walk);
    };
    plan.sections.forEach(walk);
    const basis = plan.basisText?.split('\n') ?? [];
    const missing: string[] = [];
    let offset = 0;
    for (const paragraph of text.split('\n')) {
      const start = offset;
      const end = offset + paragraph.length;
      offset = end + 1;
      const inSpan = spans.some((s) => s.start <= start && end <= s.end + 1);
      // a footnote's span starts after its label
      const inFootnote = plan.footnotes.some((f) => f.span.end === end);
      if (!inSpan && !inFootnote && !basis.includes(paragraph)) missing.push(paragraph);
    }
    return missing;
  }

  it.each(['000-sct-dan-van-2022', '001-skhdt-dan-van-2022', '002-thanh-tra-dan-van-2025'].flatMap((n) => [`fixtures/plans/${n}.txt`, `fixtures/plans/${n}.pdf`]).concat(['fixtures/documents/qd-1696-ubnd-lao-cai-2026.pdf']))(
    'every paragraph of %s is in the output',
    async (file) => {
      const bytes = new Uint8Array(readFileSync(file));
      const { parsePlanBytes } = await import('../../src/index.js');
      const plan = await parsePlanBytes(bytes, { path: file });
      expect(uncovered(plan, await extractPlanText(bytes, { path: file }))).toEqual([]);
    },
  );

  it('for any text, every paragraph is in the output', async () => {
    await fc.assert(
      fc.asyncProperty(planLike, async (text) => {
        const plan = await parsePlanText(text).catch((error: unknown) => {
          expect(error).toBeInstanceOf(InputError);
          return null;
        });
        if (plan) expect(uncovered(plan, await extractPlanText(new TextEncoder().encode(text)))).toEqual([]);
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});
