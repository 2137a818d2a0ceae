/**
 * How Vietnamese a text reads: the share of its words that are valid Vietnamese syllables
 * (research report §3.7.4). Words are split at whitespace, "-" and "/", edge punctuation
 * dropped; ASCII acronyms, codes with digits and one-letter words count neither way; a word with
 * junk inside (`Cá»™ng`) counts as invalid. Also the two guards of viparse against foreign text
 * read as Vietnamese: words with f, j, w, z and words of more than seven letters.
 */
import { isSpaceCode } from '../space-codes.js';
import { isVietnameseSyllable } from '../tone-marks.js';
import { letterInfoOfCode } from '../vietnamese-letters.js';

/** (`charCodeAt.call(text, i)`, not `text.charCodeAt(i)`, in loops: see plain-line.ts) */
const charCodeAt = String.prototype.charCodeAt;

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

/** What a word's characters are, as bits. */
const ASCII_CAPITAL = 1;
const FOREIGN = 2;
const DIGIT = 4;
/** a character that is no letter or digit (EDGE strips it at either end) */
const PUNCTUATION = 8;
const ALL_BITS = 15;

interface KnownWord {
  /** the word stripped of EDGE: `raw.slice(start, end)` */
  start: number;
  end: number;
  /** the bits of its characters, OR-ed and AND-ed */
  some: number;
  all: number;
}

/**
 * What the regexes below say of a word (`raw` stripped of EDGE, tested for \p{N}, ACRONYM and
 * FOREIGN_LETTER) when its characters are ASCII or Vietnamese letters; null when it has another
 * character and the regexes must be asked.
 */
function knownWord(raw: string): KnownWord | null {
  let start = -1;
  let end = 0;
  let some = 0;
  let all = ALL_BITS;
  // the same from the start on, taken as the word's when a letter or digit ends it
  let someSoFar = 0;
  let allSoFar = ALL_BITS;
  for (let i = 0; i < raw.length; i += 1) {
    const code = charCodeAt.call(raw, i);
    let bits: number;
    if (code >= 0x80) {
      if (letterInfoOfCode(code) === undefined) return null;
      bits = 0;
    } else {
      const lower = code | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) bits = (code < 0x61 ? ASCII_CAPITAL : 0) | (lower === 0x66 || lower === 0x6a || lower === 0x77 || lower === 0x7a ? FOREIGN : 0);
      else bits = code >= 0x30 && code <= 0x39 ? DIGIT : PUNCTUATION;
    }
    if ((bits & PUNCTUATION) !== 0 && start < 0) continue;
    if (start < 0) start = i;
    someSoFar |= bits;
    allSoFar &= bits;
    if ((bits & PUNCTUATION) === 0) {
      end = i + 1;
      some = someSoFar;
      all = allSoFar;
    }
  }
  return start < 0 ? { start: 0, end: 0, some: 0, all: 0 } : { start, end, some, all };
}

export function scoreSyllables(text: string): SyllableScore {
  const score: SyllableScore = { counted: 0, valid: 0, distinctValid: 0, foreign: 0, long: 0 };
  const distinct = new Set<string>();
  for (const raw of wordsOf(text)) {
    // a word of ASCII and Vietnamese letters, digits and ASCII punctuation (most words) is read without a regex
    const known = knownWord(raw);
    const word = known ? raw.slice(known.start, known.end) : raw.replace(EDGE, '');
    if (word.length <= 1) continue;
    if (known ? (known.some & DIGIT) !== 0 || (known.all & ASCII_CAPITAL) !== 0 : /\p{N}/u.test(word) || ACRONYM.test(word)) continue;
    score.counted += 1;
    if (isVietnameseSyllable(word)) {
      score.valid += 1;
      distinct.add(word.toLowerCase());
    }
    if (known ? (known.some & FOREIGN) !== 0 : FOREIGN_LETTER.test(word)) score.foreign += 1;
    if (word.length > 7) score.long += 1;
  }
  score.distinctValid = distinct.size;
  return score;
}

/** The non-empty pieces of `text.split(/[\s/-]+/u)` (the empty ones count neither way). */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const code = i < text.length ? charCodeAt.call(text, i) : 0x20;
    if (code !== 0x2f && code !== 0x2d && !isSpaceCode(code)) continue;
    if (i > start) words.push(text.slice(start, i));
    start = i + 1;
  }
  return words;
}

export function ratioOf(score: SyllableScore): number {
  return score.counted === 0 ? 0 : score.valid / score.counted;
}
