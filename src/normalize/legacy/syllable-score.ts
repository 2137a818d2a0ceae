/**
 * How Vietnamese a text reads: the share of its words that are valid Vietnamese syllables
 * (research report §3.7.4). Words are split at whitespace, "-" and "/", edge punctuation
 * dropped; ASCII acronyms, codes with digits and one-letter words count neither way; a word with
 * junk inside (`Cá»™ng`) counts as invalid. Also the two guards of viparse against foreign text
 * read as Vietnamese: words with f, j, w, z and words of more than seven letters.
 */
import { isVietnameseSyllable } from '../tone-marks.js';

export interface SyllableScore {
  /** words that count */
  counted: number;
  valid: number;
  /** different valid words (lower case): a repeated word is no more evidence than one */
  distinctValid: number;
  /** counted words with f, j, w or z */
  foreign: number;
  /** counted words of more than seven letters */
  long: number;
}

const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const ACRONYM = /^[A-Z]{2,}$/u;
const FOREIGN_LETTER = /[fjwzFJWZ]/u;

export function scoreSyllables(text: string): SyllableScore {
  const score: SyllableScore = { counted: 0, valid: 0, distinctValid: 0, foreign: 0, long: 0 };
  const distinct = new Set<string>();
  for (const raw of text.split(/[\s/-]+/u)) {
    const word = raw.replace(EDGE, '');
    if (word.length <= 1 || /\p{N}/u.test(word) || ACRONYM.test(word)) continue;
    score.counted += 1;
    if (isVietnameseSyllable(word)) {
      score.valid += 1;
      distinct.add(word.toLowerCase());
    }
    if (FOREIGN_LETTER.test(word)) score.foreign += 1;
    if (word.length > 7) score.long += 1;
  }
  score.distinctValid = distinct.size;
  return score;
}

export function ratioOf(score: SyllableScore): number {
  return score.counted === 0 ? 0 : score.valid / score.counted;
}
