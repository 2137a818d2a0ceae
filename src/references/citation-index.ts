/**
 * A citation index over many plans: one row per cited document (its canonical id, type, date,
 * issuer, subject) with the plans that cite it and where (section ids, pages, footnotes,
 * appendices). The same document is recognised across plans by its canonical citation whatever the
 * case or tone style, and a law cited only by name in one plan joins the law cited by number with
 * that name in another. Where plans disagree on a field (one writes the issuer, another only the
 * code), the value most plans give wins, ties going to the first plan. Pure: plans in, rows out.
 */
import { toneKey } from '../normalize/match-keys.js';
import type { KhPlan, Reference } from '../output/schema.js';
import { selfCanonical } from './self.js';

/** A plan that cites the document, and where. */
export interface CitingPlan {
  /** the plan's input path (null for stdin) */
  path: string | null;
  /** the plan's own number ("45/KH-SCT"), null when it has none */
  number: string | null;
  title: string | null;
  /** "basis" when the plan is based on the document (cited in its preamble) */
  relation: 'basis' | 'cited';
  /** section ids of the mentions, in order, without repeats */
  sections: string[];
  /** where the mentions are: basis, body, footnote, title, appendix, unplaced */
  locations: string[];
  /** the appendices holding mentions ("Phụ lục I") */
  appendices: string[];
  /** PDF pages of the mentions, ascending (none for text input) */
  pages: number[];
  mentions: number;
}

export interface CitationIndexRow {
  canonical: string;
  type: string | null;
  number: string | null;
  year: number | null;
  symbol: string | null;
  system: Reference['system'];
  name: string | null;
  date: string | null;
  issuer: string | null;
  subject: string | null;
  /** how many plans cite it, of `totalPlans` indexed */
  planCount: number;
  totalPlans: number;
  citedBy: CitingPlan[];
}

interface Entry {
  refs: Reference[];
  /** with the index of the plan, to keep them in the order given */
  citedBy: { plan: number; citing: CitingPlan }[];
  /** position of the first citation (plan index, reference index), for a stable order */
  order: number;
}

function distinct<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

function citingPlan(plan: KhPlan, refs: readonly Reference[]): CitingPlan {
  const mentions = refs.flatMap((r) => r.mentions);
  return {
    path: plan.source.path,
    number: selfCanonical(plan.document),
    title: plan.document.title,
    relation: refs.some((r) => r.relation === 'basis') ? 'basis' : 'cited',
    sections: distinct(mentions.map((m) => m.sectionId).filter((s): s is string => s !== null)),
    locations: distinct(mentions.map((m) => m.location)),
    appendices: distinct(mentions.map((m) => m.appendix).filter((a): a is string => a !== null)),
    pages: distinct(mentions.map((m) => m.span.page).filter((p): p is number => p !== null)).sort((a, b) => a - b),
    mentions: mentions.length,
  };
}

/** The value most references give (non-null), ties to the first; null when none gives one. */
function consensus<T>(refs: readonly Reference[], get: (r: Reference) => T | null): T | null {
  const counts = new Map<T, number>();
  for (const r of refs) {
    const v = get(r);
    if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  let best: T | null = null;
  let bestCount = 0;
  for (const [v, n] of counts) {
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

const isNameOnly = (r: Reference) => r.number === null && r.name !== null;

/** Name-only entries join the one numbered entry carrying the same law name. */
function joinLawNames(entries: Map<string, Entry>): void {
  const numberedByName = new Map<string, Entry[]>();
  for (const entry of entries.values()) {
    const names = distinct(entry.refs.filter((r) => r.number !== null && r.name !== null).map((r) => toneKey(r.name!)));
    for (const name of names) numberedByName.set(name, [...(numberedByName.get(name) ?? []), entry]);
  }
  for (const [key, entry] of entries) {
    if (!entry.refs.every(isNameOnly)) continue;
    const targets = numberedByName.get(toneKey(entry.refs[0]!.name!)) ?? [];
    if (targets.length !== 1) continue;
    const target = targets[0]!;
    target.refs.push(...entry.refs);
    for (const from of entry.citedBy) {
      const same = target.citedBy.find((c) => c.plan === from.plan);
      if (same) mergeCiting(same.citing, from.citing);
      else target.citedBy.push(from);
    }
    target.citedBy.sort((a, b) => a.plan - b.plan);
    target.order = Math.min(target.order, entry.order);
    entries.delete(key);
  }
}

function mergeCiting(into: CitingPlan, from: CitingPlan): void {
  if (from.relation === 'basis') into.relation = 'basis';
  into.sections = distinct([...into.sections, ...from.sections]);
  into.locations = distinct([...into.locations, ...from.locations]);
  into.appendices = distinct([...into.appendices, ...from.appendices]);
  into.pages = distinct([...into.pages, ...from.pages]).sort((a, b) => a - b);
  into.mentions += from.mentions;
}

function rowOf(entry: Entry, totalPlans: number): CitationIndexRow {
  const { refs } = entry;
  const numbered = refs.filter((r) => r.number !== null);
  const identity = consensus(numbered.length > 0 ? numbered : refs, (r) => r.canonical)!;
  const main = refs.find((r) => r.canonical === identity)!;
  return {
    canonical: main.canonical,
    type: consensus(refs, (r) => r.type),
    number: main.number,
    year: main.year,
    symbol: main.symbol,
    system: main.system,
    name: consensus(refs, (r) => r.name),
    date: consensus(refs, (r) => r.date),
    issuer: consensus(refs, (r) => r.issuer),
    subject: consensus(refs, (r) => r.subject),
    planCount: entry.citedBy.length,
    totalPlans,
    citedBy: entry.citedBy.map((c) => c.citing),
  };
}

/**
 * The citation index of `plans`: one row per cited document, the most cited first (then in
 * order of first citation), each with the plans citing it in the order given.
 */
export function buildCitationIndex(plans: readonly KhPlan[]): CitationIndexRow[] {
  const entries = new Map<string, Entry>();
  plans.forEach((plan, p) => {
    const byKey = new Map<string, Reference[]>();
    for (const ref of plan.references) {
      const key = toneKey(ref.canonical);
      byKey.set(key, [...(byKey.get(key) ?? []), ref]);
    }
    [...byKey].forEach(([key, refs], i) => {
      const entry = entries.get(key) ?? { refs: [], citedBy: [], order: p * 1_000_000 + i };
      entry.refs.push(...refs);
      entry.citedBy.push({ plan: p, citing: citingPlan(plan, refs) });
      entries.set(key, entry);
    });
  });
  joinLawNames(entries);
  return [...entries.values()]
    .sort((a, b) => b.citedBy.length - a.citedBy.length || a.order - b.order)
    .map((entry) => rowOf(entry, plans.length));
}
