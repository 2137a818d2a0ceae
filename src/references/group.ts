/**
 * Full citations grouped by the document they cite: the same canonical symbol, or the same law
 * name (and year). A law cited by its number with its name as subject (`Luật số 42/2024/QH15 …
 * về Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ`) and the same law cited by name
 * (`Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ`) are one document.
 */
import type { KeyCache } from '../normalize/key-cache.js';
import { LAW_TYPES } from './type-words.js';
import type { Citation } from './types.js';

export interface Group {
  citations: Citation[];
  canonical: string | null;
  lawName: string | null;
  lawYear: number | null;
}

function lawYearOf(c: Citation): number | null {
  return c.nameYear ?? (c.symbol?.system === 'law' ? c.symbol.year : null);
}

/** Full citations grouped by what they cite, in order of first mention. */
export function groupCitations(citations: readonly Citation[], keys: KeyCache): Group[] {
  const groups: Group[] = [];
  const byCanonical = new Map<string, Group>();
  const byLawName = new Map<string, Group[]>();
  for (const c of citations) {
    if (c.kind !== 'full') continue;
    const canonical = c.symbol?.canonical ?? null;
    const lawName = c.name === null ? null : keys.fold(c.name);
    const year = lawYearOf(c);
    let group = canonical === null ? undefined : byCanonical.get(canonical);
    if (!group && lawName !== null) {
      group = byLawName
        .get(lawName)
        ?.find(
          (g) =>
            (g.lawYear === null || year === null || g.lawYear === year) &&
            (g.canonical === null || canonical === null || g.canonical === canonical),
        );
    }
    if (!group) {
      group = { citations: [], canonical: null, lawName: null, lawYear: null };
      groups.push(group);
    }
    group.citations.push(c);
    group.canonical ??= canonical;
    if (group.lawName === null && lawName !== null) {
      group.lawName = lawName;
      byLawName.set(lawName, [...(byLawName.get(lawName) ?? []), group]);
    }
    group.lawYear ??= year;
    if (canonical !== null) byCanonical.set(canonical, group);
  }
  return groups;
}

const OPENING_QUOTE = /^[“"„]/u;
const STARTS_UPPER = /^\p{Lu}/u;

/** "Luật" + a subject that is a law's name ("về Xử lý vi phạm hành chính, …"), folded; or null. */
function nameFromSubject(c: Citation, keys: KeyCache): string | null {
  if (c.type === null || !LAW_TYPES.has(c.type) || c.subject === null) return null;
  const subject = c.subject.replace(OPENING_QUOTE, '');
  return STARTS_UPPER.test(subject) ? keys.fold(`${c.type} ${subject}`) : null;
}

/** what may follow a law's name in a subject: another clause, or its year (folded text) */
const AFTER_NAME = /^(?:\s*[,;(]|\s+nam\s+\d{4}(?!\d))/u;

/** True when a subject-derived name is `name`, or `name` and then another clause or its year. */
function startsName(derived: string, name: string): boolean {
  return derived === name || (derived.startsWith(name) && AFTER_NAME.test(derived.slice(name.length)));
}

/**
 * Laws cited only by name join the one law cited by number whose subject is that name; groups
 * stay in order of first mention.
 */
export function linkLawsByName(groups: readonly Group[], keys: KeyCache): Group[] {
  if (!groups.some((g) => g.canonical === null && g.lawName !== null)) return [...groups];
  const numbered = groups
    .filter((g) => g.canonical !== null && g.citations.some((c) => c.symbol?.system === 'law'))
    .map((g) => ({ group: g, names: g.citations.map((c) => nameFromSubject(c, keys)).filter((n): n is string => n !== null) }));
  if (numbered.length === 0) return [...groups];
  const merged = new Set<Group>();
  for (const g of groups) {
    if (g.canonical !== null || g.lawName === null) continue;
    const name = g.lawName;
    const fits = numbered.filter(
      ({ group, names }) => (g.lawYear === null || group.lawYear === null || g.lawYear === group.lawYear) && names.some((n) => startsName(n, name)),
    );
    if (fits.length !== 1) continue;
    const target = fits[0]!.group;
    target.citations.push(...g.citations);
    target.lawName ??= name;
    merged.add(g);
  }
  if (merged.size === 0) return [...groups];
  const first = (g: Group) => g.citations.reduce((min, c) => Math.min(min, c.range.start), Infinity);
  return groups.filter((g) => !merged.has(g)).sort((a, b) => first(a) - first(b));
}
