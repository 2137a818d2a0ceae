/**
 * The later uses of aliases (`alias.ts`): every occurrence of an alias after its definition, in any
 * case or tone style, as a whole phrase and not the start of a symbol ("Nghị định 35" but not
 * "Nghị định 35/2022/NĐ-CP"). Found in one pass over the words of a block: at each word that
 * starts an alias, the longest alias written there; it belongs to the latest definition before it.
 */
import type { TextRange } from '../document/blocks.js';
import type { AliasDefinition } from './alias.js';
import type { Citation, CitationBlock, Pinpoint } from './types.js';
import { LETTERS, MARKS, NUMERALS } from '../normalize/letter-classes.js';
import { matchAt } from './match-at.js';

interface AliasUse {
  definition: AliasDefinition;
  range: TextRange;
}

const WORD = new RegExp(String.raw`[${LETTERS}${NUMERALS}]+`, 'gu');
const COMBINING_MARKS = new RegExp(`[${MARKS}]`, 'gu');
const D_WITH_STROKE = /đ/gu;
/** a use followed by a symbol's slash or dash is the start of a full citation */
/** the word after a use, read from a given offset */
const FOLLOWING_WORD = new RegExp(String.raw`\s+([${LETTERS}${NUMERALS}]+)`, 'uy');
const SYMBOL_AFTER = new RegExp(String.raw`^\s*[/‐‑–—−-]\s*[${LETTERS}${NUMERALS}]`, 'u');

/**
 * Lower case without marks, letter by letter, keeping the length (so offsets carry over): the
 * view aliases are looked for in, whatever the case or tone style they are written in.
 */
export function foldSameLength(text: string): string {
  let out = '';
  for (const ch of text) {
    // an ASCII character has no mark to drop: only its case changes
    const folded = ch.charCodeAt(0) < 0x80 ? ch.toLowerCase() : ch.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().replace(D_WITH_STROKE, 'd');
    out += folded.length === ch.length ? folded : ch;
  }
  return out;
}

const wordsOf = (s: string) => [...foldSameLength(s).matchAll(WORD)].map((m) => m[0]);

/** The latest definition ending at or before `at` (definitions sorted by end), or null. */
function latestBefore(definitions: readonly AliasDefinition[], at: number): AliasDefinition | null {
  let lo = 0;
  let hi = definitions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (definitions[mid]!.range.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? definitions[lo - 1]! : null;
}

/** Uses of the aliases in a block (document offsets). */
export function findAliasUses(text: string, blockStart: number, definitions: readonly AliasDefinition[]): AliasUse[] {
  const byKey = new Map<string, AliasDefinition[]>();
  let maxWords = 1;
  for (const d of definitions) {
    const words = wordsOf(d.alias);
    maxWords = Math.max(maxWords, words.length);
    const key = words.join(' ');
    byKey.set(key, [...(byKey.get(key) ?? []), d]);
  }
  for (const list of byKey.values()) list.sort((a, b) => a.range.end - b.range.end);
  const firstWords = new Set([...byKey.keys()].map((k) => k.split(' ')[0]!));

  const folded = foldSameLength(text);
  const uses: AliasUse[] = [];
  let after = 0;
  for (const m of folded.matchAll(WORD)) {
    if (m.index < after || !firstWords.has(m[0])) continue;
    const words = [m[0]];
    const ends = [m.index + m[0].length];
    while (words.length < maxWords) {
      const f = matchAt(FOLLOWING_WORD, folded, ends[ends.length - 1]!);
      if (!f) break;
      words.push(f[1]!);
      ends.push(f.index + f[0].length);
    }
    for (let k = words.length; k >= 1; k--) {
      const list = byKey.get(words.slice(0, k).join(' '));
      if (!list) continue;
      const end = ends[k - 1]!;
      const definition = latestBefore(list, blockStart + m.index);
      if (definition && !SYMBOL_AFTER.test(folded.slice(end, end + 4))) {
        uses.push({ definition, range: { start: blockStart + m.index, end: blockStart + end } });
        after = end;
      }
      break;
    }
  }
  return uses;
}

/** A test for "overlaps one of `ranges`", in O(log n) per range. */
function overlapTest(ranges: readonly TextRange[]): (r: TextRange) => boolean {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  let max = -Infinity;
  for (const r of sorted) maxEnd.push((max = Math.max(max, r.end)));
  return (r) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < r.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1]! > r.start;
  };
}

function aliasCitation(block: CitationBlock, { definition, range }: AliasUse, pinpoint: Pinpoint | null): Citation {
  return {
    kind: 'alias',
    text: block.text.slice(range.start - block.start, range.end - block.start),
    range,
    sectionId: block.sectionId,
    location: block.location,
    appendix: block.appendix,
    type: definition.type,
    symbol: null,
    name: null,
    nameYear: null,
    shortNumber: null,
    withSo: false,
    date: null,
    issuer: null,
    term: null,
    subject: null,
    sharedTail: false,
    pinpoint,
    aliasOf: definition.citationStart,
  };
}

/**
 * A block's citations with the uses of the aliases added (as `alias` citations), in text order.
 * The alias written in its own definition is not a use; a use inside a full citation is not one; a
 * short form that is an alias use ("Nghị định 35" defined as an alias) is the alias use.
 */
export function withAliasUses(
  block: CitationBlock,
  citations: readonly Citation[],
  definitions: readonly AliasDefinition[],
  pinpointAt: (start: number) => Pinpoint | null,
): Citation[] {
  if (definitions.length === 0) return [...citations];
  const inDefinition = overlapTest(definitions.map((d) => d.range));
  const own = citations.filter((c) => c.kind === 'full' || !inDefinition(c.range));
  const insideFull = overlapTest(own.filter((c) => c.kind === 'full').map((c) => c.range));
  const uses = findAliasUses(block.text, block.start, definitions).filter((u) => !inDefinition(u.range) && !insideFull(u.range));
  if (uses.length === 0) return own;
  const onUse = overlapTest(uses.map((u) => u.range));
  const kept = own.filter((c) => c.kind === 'full' || !onUse(c.range));
  return [...kept, ...uses.map((u) => aliasCitation(block, u, pinpointAt(u.range.start)))].sort((a, b) => a.range.start - b.range.start);
}
