/**
 * Scoring extracted references against annotations written by reading the documents
 * (fixtures/annotations/references/*.json), for scripts/accuracy-references.js and its test.
 *
 * A cited document is identified by (type, number, year, symbol) — or, for a law cited only by
 * name, (type, name, year). Precision and recall count documents found or missed; date accuracy is
 * the share of matched documents whose ISO date is the annotated one (null when the document gives
 * no valid date), issuer accuracy the share whose issuer names the annotated body: compared without
 * case, marks or spacing, with UBND / HĐND spelled out.
 */
import { foldKey } from '../normalize/match-keys.js';
import type { Reference } from '../output/schema.js';

export interface AnnotatedReference {
  type: string;
  number: string | null;
  year: number | null;
  symbol: string | null;
  /** law name, for laws cited by name (also given for a law cited by number and name) */
  name: string | null;
  date: string | null;
  issuer: string | null;
}

export interface ReferenceAnnotation {
  document: string;
  inputs: string[];
  notes?: string[];
  references: AnnotatedReference[];
}

type Identified = Pick<AnnotatedReference, 'type' | 'number' | 'year' | 'symbol' | 'name'>;

export interface Miss {
  key: string;
  expected: string | null;
  actual: string | null;
}

export interface ReferenceScore {
  expected: number;
  found: number;
  matched: number;
  datesRight: number;
  issuersRight: number;
  missing: string[];
  extra: string[];
  wrongDates: Miss[];
  wrongIssuers: Miss[];
}

export interface ScoreSummary {
  precision: number;
  recall: number;
  f1: number;
  dates: number;
  issuers: number;
}

/** The identity of a cited document, as compared. */
export function referenceKey(r: Identified): string {
  if (r.symbol !== null) return [r.type, r.number ?? '', r.year ?? '', r.symbol].join(' | ');
  return [r.type, foldKey(r.name ?? ''), r.year ?? ''].join(' | ');
}

/** An issuer as compared: folded, abbreviations spelled out. */
export function issuerKey(issuer: string | null): string | null {
  if (issuer === null) return null;
  return foldKey(issuer)
    .replace(/(?<![a-z])ubnd(?![a-z])/gu, 'uy ban nhan dan')
    .replace(/(?<![a-z])hdnd(?![a-z])/gu, 'hoi dong nhan dan');
}

/** Compare what was extracted from one input with its annotation. */
export function scoreReferences(expected: readonly AnnotatedReference[], actual: readonly Reference[]): ReferenceScore {
  const wanted = new Map(expected.map((r) => [referenceKey(r), r]));
  const got = new Map(actual.map((r) => [referenceKey({ ...r, type: r.type ?? '' }), r]));
  const score: ReferenceScore = {
    expected: wanted.size,
    found: got.size,
    matched: 0,
    datesRight: 0,
    issuersRight: 0,
    missing: [...wanted.keys()].filter((k) => !got.has(k)),
    extra: [...got.keys()].filter((k) => !wanted.has(k)),
    wrongDates: [],
    wrongIssuers: [],
  };
  for (const [key, want] of wanted) {
    const have = got.get(key);
    if (!have) continue;
    score.matched += 1;
    if (have.date === want.date) score.datesRight += 1;
    else score.wrongDates.push({ key, expected: want.date, actual: have.date });
    if (issuerKey(have.issuer) === issuerKey(want.issuer)) score.issuersRight += 1;
    else score.wrongIssuers.push({ key, expected: want.issuer, actual: have.issuer });
  }
  return score;
}

/** The figures of one score, or of several added up (micro-averaged). */
export function summarize(scores: readonly ReferenceScore[]): ScoreSummary {
  const sum = (get: (s: ReferenceScore) => number) => scores.reduce((n, s) => n + get(s), 0);
  const matched = sum((s) => s.matched);
  const found = sum((s) => s.found);
  const expected = sum((s) => s.expected);
  const precision = found === 0 ? 1 : matched / found;
  const recall = expected === 0 ? 1 : matched / expected;
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    dates: matched === 0 ? 1 : sum((s) => s.datesRight) / matched,
    issuers: matched === 0 ? 1 : sum((s) => s.issuersRight) / matched,
  };
}
