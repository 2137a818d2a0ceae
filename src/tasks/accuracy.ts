/**
 * Scoring extracted tasks, deadlines and targets against annotations written by reading the
 * documents (fixtures/annotations/tasks/*.json), for scripts/accuracy-tasks.js and its test.
 *
 *   pairs    (section, lead unit, deadline) of every task, compared as sets: a task without a
 *            deadline gives (section, unit, none); units compare by match key (case and tone style
 *            do not count); a deadline is its ISO date, "every P6M" when it recurs without a day,
 *            "ongoing", or "undated …" when kh-parse could not date it. Precision and recall.
 *   dates    every deadline with a date: right when a deadline whose text holds the date as
 *            written has the annotated ISO date; dates kh-parse gives that no annotation holds count
 *            against it. accuracy = right / (annotated + extra).
 *   targets  (section, value, unit, comparator) of every target with a number, matched one to one;
 *            accuracy = matched / (annotated + extra); subjects compared on the matched ones.
 */
import { toneKey } from '../normalize/match-keys.js';
import type { Deadline, KhPlan, Task } from '../output/schema.js';

export interface AnnotatedTask {
  sectionId: string;
  lead: string[];
  /** ISO dates, "every P6M", "every ?", "ongoing" */
  deadlines: string[];
  text?: string;
  kind?: 'assignment' | 'report';
  support?: string[];
  reportTo?: string[];
  reportVia?: string[];
}

export interface AnnotatedDate {
  /** the date as written, found in the deadline's raw text */
  written: string;
  date: string;
}

export interface AnnotatedTarget {
  sectionId: string;
  value: number;
  unit: string;
  comparator: string;
  subject: string | null;
}

export interface TaskAnnotation {
  document: string;
  inputs: string[];
  notes?: string[];
  tasks: AnnotatedTask[];
  dates: AnnotatedDate[];
  targets: AnnotatedTarget[];
}

export interface TaskScore {
  pairs: { expected: number; found: number; matched: number; missing: string[]; extra: string[] };
  dates: { expected: number; right: number; extra: string[]; wrong: string[] };
  targets: { expected: number; matched: number; subjectsRight: number; extra: string[]; missing: string[]; wrongSubjects: string[] };
}

export interface ScoreSummary {
  precision: number;
  recall: number;
  f1: number;
  /** null when there is nothing to compare */
  dates: number | null;
  targets: number | null;
  subjects: number | null;
}

/** How a deadline is compared. */
export function deadlineToken(d: Deadline): string {
  if (d.date !== null) return d.date;
  if (d.kind === 'ongoing') return 'ongoing';
  if (d.kind === 'recurring') return `every ${d.recurrence ?? '?'}`;
  return `undated ${d.raw}`;
}

function sectionOf(task: Task): string {
  return task.sectionId ?? (task.location === 'appendix' ? 'appendix' : 'preamble');
}

function pairsOf(section: string, lead: readonly string[], deadlines: readonly string[]): string[] {
  const units = lead.length > 0 ? lead.map(toneKey) : [''];
  const tokens = deadlines.length > 0 ? deadlines : ['none'];
  return units.flatMap((u) => tokens.map((t) => `${section} | ${u} | ${t}`));
}

function scorePairs(annotated: readonly AnnotatedTask[], tasks: readonly Task[]): TaskScore['pairs'] {
  const expected = new Set(annotated.flatMap((t) => pairsOf(t.sectionId, t.lead, t.deadlines)));
  const found = new Set(tasks.flatMap((t) => pairsOf(sectionOf(t), t.lead, t.deadlines.map(deadlineToken))));
  const matched = [...found].filter((p) => expected.has(p)).length;
  return {
    expected: expected.size,
    found: found.size,
    matched,
    missing: [...expected].filter((p) => !found.has(p)),
    extra: [...found].filter((p) => !expected.has(p)),
  };
}

const spaced = (s: string) => s.replace(/\s+/gu, ' ').trim();

function scoreDates(annotated: readonly AnnotatedDate[], tasks: readonly Task[]): TaskScore['dates'] {
  const dated = new Map<string, { raw: string; date: string }>();
  for (const d of tasks.flatMap((t) => t.deadlines)) if (d.date !== null) dated.set(`${d.raw} | ${d.date}`, { raw: spaced(d.raw), date: d.date });
  const found = [...dated.values()];
  let right = 0;
  const wrong: string[] = [];
  for (const a of annotated) {
    const holding = found.filter((f) => f.raw.includes(spaced(a.written)));
    if (holding.some((f) => f.date === a.date)) right += 1;
    else wrong.push(`${a.written}: expected ${a.date}, got ${holding.map((f) => f.date).join(', ') || 'nothing'}`);
  }
  const extra = found.filter((f) => !annotated.some((a) => f.raw.includes(spaced(a.written)))).map((f) => `${f.raw} → ${f.date}`);
  return { expected: annotated.length, right, extra, wrong };
}

function scoreTargets(annotated: readonly AnnotatedTarget[], plan: KhPlan): TaskScore['targets'] {
  const keyOf = (t: { sectionId: string | null; value: number | null; unit: string | null; comparator: string | null }) => `${t.sectionId} | ${t.value} ${t.unit} ${t.comparator}`;
  const left = plan.targets.filter((t) => t.value !== null);
  let matched = 0;
  let subjectsRight = 0;
  const missing: string[] = [];
  const wrongSubjects: string[] = [];
  for (const a of annotated) {
    const index = left.findIndex((t) => keyOf(t) === keyOf(a));
    if (index < 0) {
      missing.push(keyOf(a));
      continue;
    }
    const [t] = left.splice(index, 1);
    matched += 1;
    if ((t!.subject === null ? null : toneKey(t!.subject)) === (a.subject === null ? null : toneKey(a.subject))) subjectsRight += 1;
    else wrongSubjects.push(`${keyOf(a)}: expected ${a.subject}, got ${t!.subject}`);
  }
  return { expected: annotated.length, matched, subjectsRight, extra: left.map(keyOf), missing, wrongSubjects };
}

/** The score of one parsed input against its document's annotation. */
export function scoreTasks(annotation: TaskAnnotation, plan: KhPlan): TaskScore {
  return { pairs: scorePairs(annotation.tasks, plan.tasks), dates: scoreDates(annotation.dates, plan.tasks), targets: scoreTargets(annotation.targets, plan) };
}

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

/** Micro-averaged figures over some scores. */
export function summarize(scores: readonly TaskScore[]): ScoreSummary {
  const sum = (get: (s: TaskScore) => number) => scores.reduce((n, s) => n + get(s), 0);
  const matched = sum((s) => s.pairs.matched);
  const precision = ratio(matched, sum((s) => s.pairs.found)) ?? 1;
  const recall = ratio(matched, sum((s) => s.pairs.expected)) ?? 1;
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    dates: ratio(sum((s) => s.dates.right), sum((s) => s.dates.expected + s.dates.extra.length)),
    targets: ratio(sum((s) => s.targets.matched), sum((s) => s.targets.expected + s.targets.extra.length)),
    subjects: ratio(sum((s) => s.targets.subjectsRight), sum((s) => s.targets.matched)),
  };
}
