/**
 * Resolution: citations of the same document become one reference (same canonical symbol, or
 * the same law name: `group.ts`), short forms and aliases attach to the one reference they can
 * mean (or stay out, with a warning: `later-mentions.ts`), citations of the document itself are
 * dropped, fields are filled from the fullest mention, and the inconsistencies between mentions
 * become warnings.
 */
import type { WarningDraft } from '../document/blocks.js';
import { issuerFitsCode, issuerForCode } from './issuers.js';
import { groupCitations, linkLawsByName, type Group } from './group.js';
import type { KeyCache } from '../normalize/key-cache.js';
import { attachLaterMentions } from './later-mentions.js';
import { citesSelf, selfCanonical } from './self.js';
import { LAW_TYPES } from './type-words.js';
import type { Citation, MentionDraft, ReferenceDraft, SelfInfo } from './types.js';

/** How much a mention says about the document it cites: how many of its fields are written. */
function fullness(c: Citation): number {
  const written = (v: unknown) => (v === null ? 0 : 1);
  return written(c.type) + written(c.date) + written(c.issuer) + written(c.term) + written(c.subject) + written(c.symbol);
}

function dateKey(c: Citation): string | null {
  return c.date === null ? null : (c.date.iso ?? c.date.raw);
}

/** "Luật Đầu tư năm 2020", "Hiến pháp năm 2013", "Luật Phòng, chống tham nhũng" */
function lawCanonical(name: string, year: number | null): string {
  return year === null ? name : `${name} năm ${year}`;
}

function label(c: Citation): string {
  return c.symbol?.canonical ?? c.name ?? c.text;
}

function buildReference(group: Group, index: number, warnings: WarningDraft[], keys: KeyCache): ReferenceDraft {
  const mentions = [...group.citations].sort((a, b) => a.range.start - b.range.start);
  const full = mentions.filter((c) => c.kind === 'full');
  const ranked = [...full].sort((a, b) => fullness(b) - fullness(a) || a.range.start - b.range.start);
  const pick = <T>(get: (c: Citation) => T | null): T | null => {
    for (const c of ranked) {
      const v = get(c);
      if (v !== null) return v;
    }
    return null;
  };

  const symbol = pick((c) => c.symbol);
  const name = pick((c) => c.name);
  const type = pick((c) => c.type);
  const dated = ranked.find((c) => c.date !== null) ?? null;
  const written = ranked.find((c) => c.issuer !== null) ?? null;
  const codeIssuer = symbol?.issuerCode ? issuerForCode(symbol.issuerCode) : null;
  // the shortest of the fullest subjects: run-on clauses only ever make a subject longer
  const subject =
    ranked
      .filter((c) => c.subject !== null)
      .sort((a, b) => fullness(b) - fullness(a) || a.subject!.length - b.subject!.length)[0]?.subject ?? null;
  const lawYear = group.lawYear;
  const system = symbol === null || name !== null || (type !== null && LAW_TYPES.has(type)) ? 'law' : symbol.system;

  checkDates(full, warnings);
  checkIssuers(full, warnings, keys);

  const issuer = written?.issuer?.value ?? codeIssuer;
  return {
    id: `ref-${index + 1}`,
    type,
    number: symbol?.number ?? null,
    year: symbol?.year ?? lawYear,
    symbol: symbol?.symbol ?? null,
    canonical: symbol?.canonical ?? lawCanonical(name ?? '', lawYear),
    system,
    name,
    date: dated?.date?.iso ?? null,
    dateRaw: dated?.date?.raw ?? null,
    issuer,
    issuerKey: issuer === null ? null : keys.tone(issuer),
    issuerFrom: written ? 'text' : codeIssuer !== null ? 'code' : null,
    term: pick((c) => c.term),
    subject,
    relation: mentions.some((c) => c.location === 'basis') ? 'basis' : 'cited',
    mentions: mentions.map(
      (c): MentionDraft => ({
        sectionId: c.sectionId,
        location: c.location,
        text: c.text,
        form: c.kind,
        pinpoint: c.pinpoint && { text: c.pinpoint.text, articles: c.pinpoint.articles, clauses: c.pinpoint.clauses, points: c.pinpoint.points },
        appendix: c.appendix,
        range: c.range,
      }),
    ),
  };
}

/** Two different dates for one document → a warning at each later one. */
function checkDates(full: readonly Citation[], warnings: WarningDraft[]): void {
  let first: Citation | null = null;
  const warned = new Set<string>();
  for (const c of full) {
    const key = dateKey(c);
    if (key === null) continue;
    if (first === null) {
      first = c;
      continue;
    }
    if (key === dateKey(first) || warned.has(key)) continue;
    warned.add(key);
    warnings.push({
      code: 'references/conflicting-dates',
      message: `${label(c)} is cited with the date "${c.date!.raw}" in "${c.text}", but with "${first.date!.raw}" in "${first.text}"`,
      range: c.date!.range,
    });
  }
}

/** A written issuer that contradicts the issuer code of the symbol → warning. */
function checkIssuers(full: readonly Citation[], warnings: WarningDraft[], keys: KeyCache): void {
  for (const c of full) {
    const code = c.symbol?.issuerCode;
    if (!code || !c.issuer || issuerFitsCode(code, c.issuer.value, keys.fold)) continue;
    const body = issuerForCode(code);
    warnings.push({
      code: 'references/issuer-mismatch',
      message: `"${c.text}" has the issuer code "${code}"${body ? ` (${body})` : ''}, but the issuer written is "${c.issuer.value}"`,
      range: c.range,
    });
  }
}

/** Written dates that are not calendar dates, once per date as written. */
function invalidDates(citations: readonly Citation[]): WarningDraft[] {
  return citations
    .filter((c) => c.date?.problem && !c.sharedTail)
    .map((c) => ({
      code: 'references/invalid-date',
      message: `The date "${c.date!.raw}" of "${c.text}" is not a valid date: ${c.date!.problem!}`,
      range: c.date!.range,
    }));
}

/** Symbols whose type code OCR misread and that were read with the type word's code (misread-codes.ts). */
function misreadCodes(citations: readonly Citation[]): WarningDraft[] {
  return citations
    .filter((c) => c.symbol?.misread !== undefined)
    .map((c) => ({
      code: 'references/misread-code',
      message: `"${c.symbol!.raw}": "${c.symbol!.misread!}" read as the code of ${c.type!}, ${c.symbol!.canonical} (a scan's OCR writes digits for letters)`,
      range: c.symbol!.range,
    }));
}

/**
 * Merge citations (in document order) into references ordered by first mention. `self` is the
 * document's own type, number and symbol: citations of it are not references. `keys` keys names
 * and issuers.
 */
export function resolveCitations(
  citations: readonly Citation[],
  self: SelfInfo | null,
  keys: KeyCache,
): { references: ReferenceDraft[]; warnings: WarningDraft[] } {
  const ownCanonical = selfCanonical(self);
  const kept = citations.filter((c) => !citesSelf(c, ownCanonical));
  const warnings: WarningDraft[] = [...invalidDates(kept), ...misreadCodes(kept)];
  const groups = linkLawsByName(groupCitations(kept, keys), keys);
  attachLaterMentions(groups, kept, self, warnings);
  const references = groups.map((g, i) => buildReference(g, i, warnings, keys));
  warnings.sort((a, b) => (a.range?.start ?? 0) - (b.range?.start ?? 0));
  return { references, warnings };
}
