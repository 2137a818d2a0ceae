/**
 * The comparison of scripts/accuracy-tasks.js, run on the sources: the overall figures over the
 * annotated documents (fixtures/annotations/tasks, written by reading them) must not fall below
 * what was measured when they were written (2026-11-22: pairs precision 1.000, recall 0.988, then
 * 1.000 once the delegation table of QĐ 1696 was read with the lead its appendix title names;
 * deadline dates 1.000, target values 1.000, over 7 inputs of 4 documents; pairs 1.000/1.000 over 9
 * inputs of 6; 0.990/0.990 once QĐ 1050 joined, whose item 3.8 belongs to the agent after "do", then
 * 1.000 once that agent was read: 101 pairs over 10 inputs of 7; 0.993/0.993 once the UBND tỉnh's
 * công văn on VLNCN joined, then 1.000 once its "báo cáo định kỳ, đột xuất theo quy định" was read: 134
 * pairs over 11 inputs of 8), less a small margin. Not a speed test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { deadlineToken, scoreTasks, summarize, type TaskAnnotation, type TaskScore } from '../../src/tasks/accuracy.js';
import { deadline, plan, task } from '../support/plan-builder.js';

const FOLDER = 'fixtures/annotations/tasks';
const MEASURED = { precision: 1, recall: 1, dates: 1, targets: 1 };
const MARGIN = 0.02;

const annotations = readdirSync(FOLDER)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(path.join(FOLDER, f), 'utf8')) as TaskAnnotation);

describe('task accuracy on the annotated documents', async () => {
  const scores: { input: string; score: TaskScore }[] = [];
  for (const annotation of annotations) {
    for (const input of annotation.inputs) scores.push({ input, score: scoreTasks(annotation, await parsePlan(input, { ocrEngine: 'tesseract.js' })) });
  }
  const overall = summarize(scores.map((s) => s.score));
  const misses = scores.flatMap(({ input, score }) => [
    ...score.pairs.missing.map((k) => `${input}: missed ${k}`),
    ...score.pairs.extra.map((k) => `${input}: extra ${k}`),
    ...score.dates.wrong.map((k) => `${input}: date ${k}`),
    ...score.dates.extra.map((k) => `${input}: extra date ${k}`),
    ...score.targets.missing.map((k) => `${input}: missed target ${k}`),
    ...score.targets.extra.map((k) => `${input}: extra target ${k}`),
  ]);

  it('every annotation has inputs and tasks', () => {
    expect(annotations.length).toBeGreaterThanOrEqual(4);
    for (const a of annotations) expect(a.inputs.length * a.tasks.length).toBeGreaterThan(0);
  });

  it(`precision of (section, lead, deadline) pairs ≥ ${MEASURED.precision - MARGIN}`, () => {
    expect(overall.precision, misses.join('\n')).toBeGreaterThanOrEqual(MEASURED.precision - MARGIN);
  });

  it(`recall of (section, lead, deadline) pairs ≥ ${MEASURED.recall - MARGIN}`, () => {
    expect(overall.recall, misses.join('\n')).toBeGreaterThanOrEqual(MEASURED.recall - MARGIN);
  });

  it(`deadline date accuracy ≥ ${MEASURED.dates - MARGIN}`, () => {
    expect(overall.dates, misses.join('\n')).toBeGreaterThanOrEqual(MEASURED.dates - MARGIN);
  });

  it(`target value accuracy ≥ ${MEASURED.targets - MARGIN}`, () => {
    expect(overall.targets, misses.join('\n')).toBeGreaterThanOrEqual(MEASURED.targets - MARGIN);
  });
});

describe('the scoring itself', () => {
  const found = plan('p.txt', {}, [
    task({ sectionId: 'III.1', text: 'a', lead: ['Văn phòng', 'Thanh tra Sở'], deadlines: [deadline({ kind: 'date', raw: 'trước ngày 05/5', date: '2025-05-05' })] }),
    task({ sectionId: 'III.2', text: 'b', lead: ['UỶ BAN NHÂN DÂN tỉnh'], deadlines: [deadline({ kind: 'recurring', raw: 'định kỳ 6 tháng', recurrence: 'P6M' })] }),
    task({ sectionId: 'III.3', text: 'c', lead: [], deadlines: [deadline({ kind: 'date', raw: 'trước ngày 31/4', date: null }), deadline({ kind: 'date', raw: 'trước ngày 15/9', date: '2025-09-16' })] }),
  ]);
  const annotation: TaskAnnotation = {
    document: 'test',
    inputs: [],
    tasks: [
      { sectionId: 'III.1', lead: ['Văn phòng'], deadlines: ['2025-05-05'] },
      { sectionId: 'III.2', lead: ['Ủy ban nhân dân tỉnh'], deadlines: ['every P6M'] },
      { sectionId: 'III.4', lead: ['Sở Nội vụ'], deadlines: [] },
    ],
    dates: [
      { written: '05/5', date: '2025-05-05' },
      { written: '15/9', date: '2025-09-15' },
    ],
    targets: [],
  };

  it('compares (section, unit, deadline) pairs as sets, units whatever their case and tone style', () => {
    const score = scoreTasks(annotation, found);
    expect(score.pairs).toMatchObject({ expected: 3, found: 5, matched: 2, missing: ['III.4 | sở nội vụ | none'] });
    expect(score.pairs.extra).toEqual(['III.1 | thanh tra sở | 2025-05-05', 'III.3 |  | undated trước ngày 31/4', 'III.3 |  | 2025-09-16']);
    expect(summarize([score])).toMatchObject({ precision: 2 / 5, recall: 2 / 3 });
  });

  it('counts a wrong date and a date nobody annotated against date accuracy', () => {
    const score = scoreTasks({ ...annotation, dates: [{ written: '05/5', date: '2025-05-05' }] }, found);
    expect(score.dates).toMatchObject({ expected: 1, right: 1, extra: ['trước ngày 15/9 → 2025-09-16'] });
    expect(summarize([score]).dates).toBe(1 / 2);
    expect(scoreTasks(annotation, found).dates.wrong).toEqual(['15/9: expected 2025-09-15, got 2025-09-16']);
  });

  it('tokens of deadlines', () => {
    expect(
      [
        deadline({ kind: 'ongoing', raw: 'Thường xuyên' }),
        deadline({ kind: 'recurring', raw: 'định kỳ theo quy định' }),
        deadline({ kind: 'period', raw: 'quý IV', date: '2025-12-31' }),
      ].map(deadlineToken),
    ).toEqual(['ongoing', 'every ?', '2025-12-31']);
  });
});
