/**
 * Structural pinpoints written right before a citation: `khoản 16 Điều 1 Luật số 146/2025/QH15`,
 * `Điều 52 Luật Bảo vệ môi trường`, `điểm b Khoản 2 Điều 13 Nghị định số 217/2025/NĐ-CP`,
 * `điểm b, điểm e khoản 4, khoản 6 Điều 44 Nghị định số …`, `Điều 8 của Nghị định …`.
 *
 * Parts (điểm / khoản / Điều with their numbers) are read left to right and chained while only
 * commas, "và" and spaces separate them; a chain belongs to the citation that starts right after
 * it (spaces and an optional "của" between). A chain before anything else ("tại Điều 1 chịu trách
 * nhiệm") points into the document itself and is not kept.
 */
import type { TextRange } from '../document/blocks.js';
import { oneSpaced } from './spaces.js';
import type { Pinpoint } from './types.js';
import { LETTERS, NUMERALS } from '../normalize/letter-classes.js';

const SEP = '[ \\t]*(?:,[ \\t]*và|,|và)[ \\t]*';
const POINT_ID = `[a-zđ](?![${LETTERS}${NUMERALS}])`;
const CLAUSE_ID = `\\d{1,3}(?![${LETTERS}${NUMERALS}])`;
const ARTICLE_ID = `(?:\\d{1,4}[a-z]?|[IVXLC]{1,7})(?![${LETTERS}${NUMERALS}])`;
const list = (id: string) => `${id}(?:${SEP}${id})*`;

/** One part; matched on the canonical-tone view. Keywords in any of their usual cases. */
const PART = new RegExp(
  `(?<![${LETTERS}${NUMERALS}])(?:(?:[đĐ]iểm|ĐIỂM)[ \\t]+(${list(POINT_ID)})|(?:[kK]hoản|KHOẢN)[ \\t]+(${list(CLAUSE_ID)})|(?:[đĐ]iều|ĐIỀU)[ \\t]+(${list(ARTICLE_ID)}))`,
  'gu',
);
/** a quick test: what every keyword of PART holds, in each of its cases */
const PART_WORDS = /iểm|IỂM|hoản|HOẢN|iều|IỀU/;
/** what may separate two parts of one chain (table cells break lines: "khoản 6\nĐiều 44") */
const CHAIN_GAP = /^\s*(?:,\s*)?(?:và\s+)?$/u;
const ID_SPLIT = /[ \t]*(?:,[ \t]*và|,|và)[ \t]*/u;

/** Every chain of parts in `text` (local ranges), in order. */
export function findPinpoints(text: string): Pinpoint[] {
  const chains: Pinpoint[] = [];
  if (!PART_WORDS.test(text)) return chains;
  let current: Pinpoint | null = null;
  for (const m of text.matchAll(PART)) {
    const range = { start: m.index, end: m.index + m[0].length };
    if (current && !CHAIN_GAP.test(text.slice(current.range.end, range.start))) {
      chains.push(current);
      current = null;
    }
    current ??= { text: '', range: { start: range.start, end: range.start }, articles: [], clauses: [], points: [] };
    const ids = (m[1] ?? m[2] ?? m[3]!).split(ID_SPLIT);
    if (m[1] !== undefined) current.points.push(...ids);
    else if (m[2] !== undefined) current.clauses.push(...ids);
    else current.articles.push(...ids);
    current.range.end = range.end;
  }
  if (current) chains.push(current);
  for (const chain of chains) chain.text = oneSpaced(text.slice(chain.range.start, chain.range.end));
  return chains;
}

/** Chains by the offset where they end, for `pinpointBefore`. */
export function chainsByEnd(chains: readonly Pinpoint[]): Map<number, Pinpoint> {
  return new Map(chains.map((c) => [c.range.end, c]));
}

/** spaces, or " của ", right before a citation */
const GAP_BEFORE = /(?:\s+của)?\s+$/u;
const SPACES_BEFORE = /\s+$/u;

/** The chain that ends right before a citation starting at `citationStart`, or null. */
export function pinpointBefore(byEnd: ReadonlyMap<number, Pinpoint>, text: string, citationStart: number): Pinpoint | null {
  if (byEnd.size === 0) return null;
  const from = Math.max(0, citationStart - 24);
  const before = text.slice(from, citationStart);
  for (const gap of [GAP_BEFORE, SPACES_BEFORE]) {
    const m = gap.exec(before);
    const chain = m ? byEnd.get(from + m.index) : undefined;
    if (chain) return chain;
  }
  return null;
}

/** A pinpoint moved to document offsets. */
export function shiftPinpoint(pinpoint: Pinpoint | null, by: number): Pinpoint | null {
  if (!pinpoint) return null;
  const range: TextRange = { start: pinpoint.range.start + by, end: pinpoint.range.end + by };
  return { ...pinpoint, range };
}
