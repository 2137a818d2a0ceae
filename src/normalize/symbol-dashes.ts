/**
 * Dashes inside legal symbols (research report §3.11): `04/2015/NĐ–CP`, `04/2015/NĐ - CP` and
 * `08–QĐi/TW` are `04/2015/NĐ-CP` and `08-QĐi/TW`. Only inside a symbol: in running text an en
 * dash carries meaning (`Độc lập – Tự do – Hạnh phúc`) and stays.
 */
import { LETTERS, NUMERALS } from './letter-classes.js';

/** (`charCodeAt.call(text, i)`, not `text.charCodeAt(i)`, in loops: see plain-line.ts) */
const charCodeAt = String.prototype.charCodeAt;

const DASH = '[-‐‑–—−]';
/** a code after a dash: capitals and digits, at most one lower-case letter at its end (TTg, QĐi) */
const CODE = '[A-ZĐ][A-ZĐ0-9]*[a-zđ]?';
const STATE = `\\d{1,5}/(?:\\d{4}/)?[A-ZĐ][A-ZĐ0-9]{0,11}[a-zđ]?(?:[ \\t]*${DASH}[ \\t]*${CODE})+`;
const PARTY = `\\d{1,5}[ \\t]?${DASH}[ \\t]?[A-ZĐ][A-Za-zĐđ]{0,5}/[A-ZĐ]{1,8}`;
const SYMBOL = new RegExp(`(?<![${LETTERS}${NUMERALS}])(?:${STATE}|${PARTY})(?![${LETTERS}${NUMERALS}])`, 'gu');
const DASH_RUN = new RegExp(`[ \\t]*${DASH}[ \\t]*`, 'gu');

/** Is there a dash that is spaced or not a hyphen-minus between a capital or digit and a capital? (as a regex) */
export const SYMBOL_DASH_SUSPECT = /[\p{Lu}\d](?:[ \t]*[‐‑–—−][ \t]*|[ \t]+-[ \t]*|-[ \t]+)\p{Lu}/u;

const CAPITAL = /^\p{Lu}$/u;

const isSpaceOrTab = (code: number): boolean => code === 0x20 || code === 0x09;
const isOtherDash = (code: number): boolean => code === 0x2010 || code === 0x2011 || code === 0x2013 || code === 0x2014 || code === 0x2212;

/** The code point that ends just before `end`, as a string ('' at the start). */
function codePointBefore(text: string, end: number): string {
  if (end <= 0) return '';
  const low = charCodeAt.call(text, end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = charCodeAt.call(text, end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(end - 2, end);
  }
  return text[end - 1]!;
}

/** A capital or digit, then a dash at `d` (spaced when it is a hyphen-minus), then a capital? */
function suspectDashAt(text: string, d: number, hyphenMinus: boolean): boolean {
  let left = d;
  while (left > 0 && isSpaceOrTab(charCodeAt.call(text, left - 1))) left -= 1;
  let right = d + 1;
  while (right < text.length && isSpaceOrTab(charCodeAt.call(text, right))) right += 1;
  if (hyphenMinus && left === d && right === d + 1) return false;
  const before = codePointBefore(text, left);
  if (before === '' || !(CAPITAL.test(before) || (before.length === 1 && before >= '0' && before <= '9'))) return false;
  const after = text.codePointAt(right);
  return after !== undefined && CAPITAL.test(String.fromCodePoint(after));
}

const OTHER_DASH = /[‐‑–—−]/;

/**
 * `SYMBOL_DASH_SUSPECT.test(text)` without the regex: every line with a bullet or a hyphen asks,
 * and the regex walks the whole line with Unicode classes. Only the dashes themselves are looked at.
 * `otherDashes: false`: the caller knows the text has no dash but hyphen-minus.
 */
export function hasSuspectSymbolDash(text: string, otherDashes = true): boolean {
  for (let d = text.indexOf('-'); d >= 0; d = text.indexOf('-', d + 1)) if (suspectDashAt(text, d, true)) return true;
  if (!otherDashes || !OTHER_DASH.test(text)) return false;
  for (let d = 0; d < text.length; d += 1) if (isOtherDash(charCodeAt.call(text, d)) && suspectDashAt(text, d, false)) return true;
  return false;
}

export interface TextEdit {
  start: number;
  end: number;
  replacement: string;
}

/** Edits that make every dash inside a legal symbol a plain "-" (none when all already are). */
export function symbolDashEdits(text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const symbol of text.matchAll(SYMBOL)) {
    for (const dash of symbol[0].matchAll(DASH_RUN)) {
      if (dash[0] === '-') continue;
      const start = symbol.index + dash.index;
      edits.push({ start, end: start + dash[0].length, replacement: '-' });
    }
  }
  return edits;
}
