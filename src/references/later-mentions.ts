/**
 * Later mentions resolved to a document cited in full: short forms (`Chỉ thị số 13`, `Nghị định
 * 35`) by type and number, aliases by the citation that defined them. A short form joins the one
 * earlier full citation with its type and number (or, with none earlier, the one anywhere in the
 * plan: footnotes come after the body). Where two fit, it stays unresolved with a warning — abstain
 * rather than guess; a "số" form that fits nothing is reported too, a bare "Nghị định 35" is not.
 */
import type { WarningDraft } from '../document/blocks.js';
import type { Group } from './group.js';
import type { Citation, SelfInfo } from './types.js';

interface Candidate {
  group: Group;
  /** where this type and number is first cited in full */
  first: number;
}

const key = (type: string | null, number: string) => `${type ?? ''}|${Number(number)}`;

/** Each (type, number) cited in full → the groups citing it. */
function candidatesByNumber(groups: readonly Group[]): Map<string, Candidate[]> {
  const index = new Map<string, Candidate[]>();
  for (const group of groups) {
    for (const c of group.citations) {
      if (c.kind !== 'full' || !c.symbol || c.type === null) continue;
      const k = key(c.type, c.symbol.number);
      const list = index.get(k) ?? [];
      const known = list.find((x) => x.group === group);
      if (known) known.first = Math.min(known.first, c.range.start);
      else list.push({ group, first: c.range.start });
      index.set(k, list);
    }
  }
  return index;
}

function labelOf(group: Group): string {
  return group.canonical ?? group.citations[0]!.name ?? group.citations[0]!.text;
}

function shortForm(c: Citation, index: ReadonlyMap<string, Candidate[]>, self: SelfInfo | null, warnings: WarningDraft[]): Group | null {
  const all = index.get(key(c.type, c.shortNumber!)) ?? [];
  const earlier = all.filter((x) => x.first < c.range.start);
  const fitting = earlier.length > 0 ? earlier : all;
  if (fitting.length === 1) return fitting[0]!.group;
  if (fitting.length > 1) {
    warnings.push({
      code: 'references/ambiguous-short-form',
      message: `"${c.text}" can mean ${fitting.map((x) => labelOf(x.group)).join(' or ')}: it is left unresolved`,
      range: c.range,
    });
    return null;
  }
  const isSelf = self?.number != null && self.type === c.type && Number(self.number) === Number(c.shortNumber);
  if (c.withSo && !isSelf) {
    warnings.push({
      code: 'references/unresolved-short-form',
      message: `"${c.text}" names no document that this plan cites in full, so it is not among the references`,
      range: c.range,
    });
  }
  return null;
}

/** Attach short forms and alias uses (document order) to their groups; warn where that fails. */
export function attachLaterMentions(groups: readonly Group[], citations: readonly Citation[], self: SelfInfo | null, warnings: WarningDraft[]): void {
  const index = candidatesByNumber(groups);
  const byStart = new Map<number, Group>();
  for (const g of groups) for (const c of g.citations) byStart.set(c.range.start, g);
  for (const c of citations) {
    if (c.kind === 'full') continue;
    const group = c.kind === 'alias' ? byStart.get(c.aliasOf!) : shortForm(c, index, self, warnings);
    group?.citations.push(c);
  }
}
