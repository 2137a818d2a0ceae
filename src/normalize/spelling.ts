/**
 * Spelling fixes for words that are not Vietnamese syllables but are one letter away from exactly
 * one (research report §3.8): `nghành` → `ngành` (ngh and gh only before i, e, ê), closed `uơ` →
 * `ươ` (`nuớc` → `nước`; open `thuở`, `huơ` are valid and never reach here), `ưo` → `ươ`
 * (`bưóc` → `bước`). A valid syllable is never rewritten, and a word that more than one rule
 * could fix is left alone.
 */
import { parseToned, type Syllable } from './syllable.js';
import type { Tone } from './vietnamese-letters.js';
import { LETTERS } from './letter-classes.js';

export interface SpellingFix {
  bases: string;
  /** letter index removed by the fix (ngh → ng), or -1 */
  removed: number;
  syllable: Syllable;
}

interface Rule {
  pattern: RegExp;
  replace: string;
  /** index (within the match) of the letter the fix removes, or -1 */
  removes: number;
}

const RULES: readonly Rule[] = [
  { pattern: /^ngh(?=[aăâoôơuư])/u, replace: 'ng', removes: 2 },
  { pattern: /^gh(?=[aăâoôơuư])/u, replace: 'g', removes: 1 },
  { pattern: new RegExp(String.raw`uơ(?=[${LETTERS}])`, 'u'), replace: 'ươ', removes: -1 },
  { pattern: /ưo/u, replace: 'ươ', removes: -1 },
];

/** The one valid spelling of an invalid word's letters (toneless lowercase bases), or null. */
export function spellingFix(bases: string, tone: Tone): SpellingFix | null {
  const found: SpellingFix[] = [];
  for (const rule of RULES) {
    const m = rule.pattern.exec(bases);
    if (!m) continue;
    const fixed = bases.slice(0, m.index) + rule.replace + bases.slice(m.index + m[0].length);
    const syllable = parseToned(fixed, tone);
    if (syllable && !found.some((f) => f.bases === fixed)) found.push({ bases: fixed, removed: rule.removes < 0 ? -1 : m.index + rule.removes, syllable });
  }
  return found.length === 1 ? found[0]! : null;
}
