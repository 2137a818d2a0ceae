/**
 * A line as units — one code point each, with the column of the source character it came from —
 * and the steps that work on them: character mapping (spaces, invisibles, hyphens, quotes,
 * confusables), Cyrillic/Greek look-alikes, tokens, NFC composition, space collapse. Keeping a
 * column per unit is what lets every span of the output point back at the source.
 */
import { CONFUSABLE_CHARACTERS, hasLatinLetter, latinHomoglyph } from './confusables.js';
import type { PendingFix } from './line-fixes.js';
import { LetterClass, letterClass, SPACING_TONES } from './vietnamese-letters.js';
import { LETTERS, MARKS } from './letter-classes.js';

export interface Unit {
  /** one code point */
  ch: string;
  /** column of the source character it came from */
  origin: number;
}

export type TokenKind = 'word' | 'orphan' | 'space' | 'other';

export interface Token {
  kind: TokenKind;
  units: Unit[];
}

const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF\u00AD]/u;
const SPACE = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/u;
const HYPHENS = /[\u2010\u2011\u2212\u2043]/u;
/** low-9 and reversed double quotes („ ‟) used as opening quotes → “ */
const QUOTE_OPEN = /[\u201E\u201F]/u;
const MARK = new RegExp(String.raw`[${MARKS}]`, 'u');
const LETTER = new RegExp(String.raw`[${LETTERS}]`, 'u');
const GREEK_OR_CYRILLIC = /[\u0370-\u052F\u1F00-\u1FFF]/u;

export function isMark(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x300) return false;
  return code <= 0x36f || MARK.test(ch);
}

export function isLetter(ch: string): boolean {
  return letterClass(ch.charCodeAt(0)) !== LetterClass.Other || LETTER.test(ch);
}

/**
 * Does the mapping below make this character (one UTF-16 unit) a plain space, with no repair to
 * report? ASCII whitespace, NBSP and the other Unicode spaces; not the invisible characters.
 */
export function becomesSpace(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code <= 0x20 && SPACE.test(ch);
  return letterClass(code) !== LetterClass.Vietnamese && !INVISIBLE.test(ch) && SPACE.test(ch);
}

function codePointName(cp: string): string {
  return `U+${cp.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Units of a line with spaces, invisibles, hyphens, quotes and confusables mapped (not decomposed). */
export function mapCharacters(line: string, fixes: PendingFix[]): Unit[] {
  const units: Unit[] = [];
  let column = 0;
  for (const cp of line) {
    const at = column;
    column += cp.length;
    const code = cp.charCodeAt(0);
    if (code < 0x80) {
      units.push({ ch: code <= 0x20 && SPACE.test(cp) ? ' ' : cp, origin: at });
      continue;
    }
    if (letterClass(code) === LetterClass.Vietnamese) {
      units.push({ ch: cp, origin: at });
      continue;
    }
    if (INVISIBLE.test(cp)) {
      fixes.push({ code: 'normalize/invisible', from: at, to: column, before: codePointName(cp) });
      continue;
    }
    let ch = cp;
    if (SPACE.test(ch)) ch = ' ';
    else if (HYPHENS.test(ch)) ch = '-';
    else if (QUOTE_OPEN.test(ch)) ch = '\u201C';
    else if (ch === '\u2033') ch = '"';
    else {
      const replacement = CONFUSABLE_CHARACTERS.get(ch);
      if (replacement !== undefined) {
        fixes.push({ code: 'normalize/confusable', from: at, to: column, before: cp });
        ch = replacement;
      }
    }
    for (const part of ch) units.push({ ch: part, origin: at });
  }
  return units;
}

/** Cyrillic/Greek look-alikes inside words that also have Latin letters → Latin. */
export function replaceHomoglyphs(units: Unit[], line: string, fixes: PendingFix[]): Unit[] {
  if (!GREEK_OR_CYRILLIC.test(line)) return units;
  const out: Unit[] = [];
  let start = 0;
  while (start < units.length) {
    if (!isLetter(units[start]!.ch)) {
      out.push(units[start]!);
      start += 1;
      continue;
    }
    let end = start;
    while (end < units.length && (isLetter(units[end]!.ch) || isMark(units[end]!.ch))) end += 1;
    const word = units.slice(start, end);
    const mixed = word.some((u) => latinHomoglyph(u.ch) !== undefined) && hasLatinLetter(word.map((u) => u.ch));
    for (const u of word) {
      const latin = mixed ? latinHomoglyph(u.ch) : undefined;
      if (latin === undefined) {
        out.push(u);
        continue;
      }
      fixes.push({ code: 'normalize/confusable', from: u.origin, to: u.origin + u.ch.length, before: u.ch });
      // a look-alike with a mark may have no precomposed Latin form (ὀ → o + U+0313): one unit per code point
      for (const part of latin) out.push({ ch: part, origin: u.origin });
    }
    start = end;
  }
  return out;
}

/** Words (a letter, then letters, marks and spacing accents), orphan mark runs, spaces, the rest. */
export function tokenize(units: readonly Unit[]): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < units.length) {
    const ch = units[i]!.ch;
    let j = i + 1;
    let kind: TokenKind;
    if (isLetter(ch)) {
      kind = 'word';
      while (j < units.length && (isLetter(units[j]!.ch) || isMark(units[j]!.ch) || SPACING_TONES.has(units[j]!.ch))) j += 1;
    } else if (isMark(ch)) {
      kind = 'orphan';
      while (j < units.length && isMark(units[j]!.ch)) j += 1;
    } else if (ch === ' ') {
      kind = 'space';
      while (j < units.length && units[j]!.ch === ' ') j += 1;
    } else kind = 'other';
    tokens.push({ kind, units: units.slice(i, j) });
    i = j;
  }
  return tokens;
}

/** The units of tokens, in order (a loop: `flatMap` is several times slower in V8). */
export function unitsOfTokens(tokens: readonly Token[]): Unit[] {
  const out: Unit[] = [];
  for (const token of tokens) for (const u of token.units) out.push(u);
  return out;
}

/** The characters of units as one string. */
export function charsOf(units: readonly Unit[]): string {
  let text = '';
  for (const u of units) text += u.ch;
  return text;
}

/** Characters that are NFC on their own without asking ICU: below U+0300, Vietnamese letters, punctuation. */
function isNfcAlone(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code < 0x300 || letterClass(code) === LetterClass.Vietnamese || (code >= 0x2000 && code <= 0x20cf);
}

/**
 * NFC, each composed character keeping the column of its base. Only a character with marks
 * after it, or one outside the Vietnamese range (Ω U+2126 → Ω), can change.
 */
export function compose(units: readonly Unit[]): Unit[] {
  const out: Unit[] = [];
  let i = 0;
  while (i < units.length) {
    let j = i + 1;
    while (j < units.length && isMark(units[j]!.ch)) j += 1;
    const first = units[i]!;
    if (j === i + 1 && isNfcAlone(first.ch)) out.push(first);
    else for (const cp of charsOf(units.slice(i, j)).normalize('NFC')) out.push({ ch: cp, origin: first.origin });
    i = j;
  }
  return out;
}

/** The text of units, and for each UTF-16 offset the unit it is in. */
export function textOf(units: readonly Unit[]): { text: string; unitAt: number[] } {
  let text = '';
  const unitAt: number[] = [];
  for (let k = 0; k < units.length; k += 1) {
    const ch = units[k]!.ch;
    text += ch;
    for (let c = 0; c < ch.length; c += 1) unitAt.push(k);
  }
  return { text, unitAt };
}

export function collapseSpaces(units: readonly Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    if (u.ch === ' ' && (out.length === 0 || out[out.length - 1]!.ch === ' ')) continue;
    out.push(u);
  }
  while (out.length > 0 && out[out.length - 1]!.ch === ' ') out.pop();
  return out;
}

/** Source columns [from, to) of some units, and the source text there. */
export function sourceRange(units: readonly Unit[], line: string): { from: number; to: number; before: string } {
  const from = units[0]!.origin;
  const last = units[units.length - 1]!.origin;
  const to = last + (line.codePointAt(last)! > 0xffff ? 2 : 1);
  return { from, to, before: line.slice(from, to) };
}
