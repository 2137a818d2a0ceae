/**
 * Typos that are valid syllables (`thòi` is a word; `kịp thòi` is a typo for `kịp thời`), so no
 * rule can catch them: a curated table of exact word pairs (research report §3.9). Never from a
 * single word. Each fix has the length of what it replaces, so it keeps every offset.
 */
import { LETTERS, MARKS } from './letter-classes.js';

/** [typo, fix], lower case, one space between the words. */
const BIGRAMS: readonly (readonly [string, string])[] = [
  ['kịp thòi', 'kịp thời'],
  ['thòi gian', 'thời gian'],
  ['thòi hạn', 'thời hạn'],
  ['thòi điểm', 'thời điểm'],
];

const FIX_OF: ReadonlyMap<string, string> = new Map(BIGRAMS);
const PATTERN = new RegExp(`(?<![${LETTERS}${MARKS}])(?:${BIGRAMS.map(([typo]) => typo).join('|')})(?![${LETTERS}${MARKS}])`, 'giu');

/** A quick test: can the line hold one of the typos? */
export const TYPO_SUSPECT = /thòi/iu;

export interface TypoFix {
  start: number;
  end: number;
  /** the corrected text, same length, case as written */
  text: string;
}

function withCaseOf(written: string, fix: string): string {
  let out = '';
  for (let i = 0; i < fix.length; i += 1) out += written[i] === written[i]!.toLowerCase() ? fix[i]! : fix[i]!.toUpperCase();
  return out;
}

/** The table's typos in an NFC text whose spaces are collapsed. */
export function typoFixes(text: string): TypoFix[] {
  const out: TypoFix[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const written = m[0];
    const fix = FIX_OF.get(written.toLowerCase());
    if (!fix || fix.length !== written.length) continue;
    out.push({ start: m.index, end: m.index + written.length, text: withCaseOf(written, fix) });
  }
  return out;
}
