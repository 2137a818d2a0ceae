/**
 * The number/symbol grammar (DOMAIN.md §3): state `N/TYPE-ISSUER`, công văn `N/ISSUER-UNIT`,
 * legal-normative `N/YEAR/TYPE-ISSUER`, laws `N/YEAR/QH15`, Party `N-TYPE/ISSUER`. Spaced forms
 * (`134 /KH-UBND`, `104 -CTr/TU`, `4973/UBND- NCKSTTHC`) and evident typos (`218-QĐ-TW`,
 * `01/KL/TW`, `77-Kl/TU`) are read as what they are; the canonical form is normalized.
 */
import type { TextRange } from '../document/blocks.js';
import { PARTY_ISSUER_CODES, TYPE_CODES, canonicalCode, isAssemblyCode } from './codes.js';
import { isKnownIssuerCode } from './issuers.js';
import { matchAt } from './match-at.js';
import { LETTERS, NUMERALS } from '../normalize/letter-classes.js';

export type ReferenceSystem = 'state' | 'party' | 'law';

export interface ParsedSymbol {
  /** as written in the source */
  raw: string;
  range: TextRange;
  /** the number as written, leading zeros kept ("04") */
  number: string;
  /** year of a legal-normative symbol (`04/2015/NĐ-CP`), else null */
  year: number | null;
  /** what follows the number (and year): "CT-TTg", "NĐ-CP", "NQ/TW", "QH15" */
  symbol: string;
  /** "33/CT-TTg", "04/2015/NĐ-CP", "25-NQ/TW" */
  canonical: string;
  system: ReferenceSystem;
  /** the type code when the symbol has one ("CT"), else null (công văn) */
  typeCode: string | null;
  /** the issuing body's code ("TTg", "TU", "UBND"); null when missing or joint (TTLT) */
  issuerCode: string | null;
  /** shape clear enough to be a reference without a type word before it */
  strong: boolean;
  /** the type code as a scan's OCR wrote it, when it was read as the code of the type word before it (misread-codes.ts) */
  misread?: string;
}

const DASH = '[-‐‑–—−]';
const CODE = '[A-ZĐ][A-Za-zĐđ0-9]{0,14}';
const PARTY = `(\\d{1,5})[ \\t]?${DASH}[ \\t]?(${CODE})[ \\t]?(\\/|${DASH})[ \\t]?(${CODE})`;
const STATE = `(\\d{1,5})[ \\t]?\\/[ \\t]?(?:(\\d{4})[ \\t]?\\/[ \\t]?)?(${CODE}(?:(?:${DASH}[ \\t]?|[ \\t]${DASH}|\\/)${CODE})*)`;
/**
 * Every symbol-shaped run; `parseSymbol` decides what it is. Both branches start with a digit, and
 * no letter, digit or slash stands before it (but "số" may: "số12/QĐ-UBND").
 */
const SYMBOL = new RegExp(`(?=\\d)(?:(?<=[sS][ốỐ])|(?<![${LETTERS}${NUMERALS}\\/]))(?:${PARTY}|${STATE})(?![${LETTERS}${NUMERALS}])`, 'u');
/**
 * A state symbol whose type code starts with a digit (`38/2025/71-BCT`): no symbol as written, but a
 * misread one when a type word stands before it (misread-codes.ts). Global: used through matchAll() only.
 */
export const DIGIT_CODE_SYMBOL = new RegExp(
  `(?<![${LETTERS}${NUMERALS}\\/])\\d{1,5}[ \\t]?\\/[ \\t]?(?:\\d{4}[ \\t]?\\/[ \\t]?)?\\d[A-Za-zĐđ0-9]{0,3}${DASH}[A-ZĐ][A-Za-zĐđ0-9]{0,14}(?![${LETTERS}${NUMERALS}])`,
  'gu',
);
/** A state symbol's number (and year) and its first code: where a type code is written. */
export const CODE_SLOT = /^(\d{1,5}[ \t]?\/[ \t]?(?:\d{4}[ \t]?\/[ \t]?)?)([A-Za-zĐđ0-9]+)/u;

/** The same grammar, anchored at the start of a text. */
export const SYMBOL_AT = new RegExp(`^${SYMBOL.source}`, 'u');
/** The same grammar, tried at one offset of a text (sticky, the look-behinds see the text before). */
const SYMBOL_FROM = new RegExp(SYMBOL.source, 'uy');
/**
 * the separator after a symbol's number: a slash or a dash that a code or (after a slash) a year
 * follows, not one in a date ("26/11/2021"); the number's last digit is right before it, or a space
 * or tab before it (scanned for the separator, which is rarer than a digit)
 */
const SEPARATOR_AFTER_NUMBER = new RegExp(`(?:\\/|${DASH})(?=[ \\t]?(?:[A-ZĐ]|\\d{4}[ \\t]?\\/))`, 'g');
const MAX_NUMBER_DIGITS = 5;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * The matches of SYMBOL in `text`, as a global scan finds them. SYMBOL is only tried where a
 * symbol can start: no digit may stand before its number (the look-behinds), so it starts with
 * the run of digits that ends before a separator, and that run has at most five digits.
 */
export function symbolMatches(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0;
  SEPARATOR_AFTER_NUMBER.lastIndex = 0;
  while (SEPARATOR_AFTER_NUMBER.test(text)) {
    // the digit before the separator, or before the space or tab before it
    let end = SEPARATOR_AFTER_NUMBER.lastIndex - 2;
    if (end > 0 && (text[end] === ' ' || text[end] === '\t')) end--;
    if (end < 0 || !isDigit(text.charCodeAt(end))) continue;
    let start = end;
    while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
    if (start < from || end - start >= MAX_NUMBER_DIGITS) continue;
    const m = matchAt(SYMBOL_FROM, text, start);
    if (m) {
      found.push(m);
      from = start + m[0].length;
    }
  }
  return found;
}

const SEPARATOR = new RegExp(`[ \\t]*(${DASH}|\\/)[ \\t]*`, 'g');

/** A code part is upper case, allowing one lower-case letter (`TTg`, `QĐi`, `CTr`, typo `Kl`): `[a-zđ]` at most once. */
function plausibleCode(part: string): boolean {
  let lower = 0;
  for (let i = 0; i < part.length; i++) {
    const c = part.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || c === 0x111) lower += 1;
  }
  return lower <= 1;
}

/**
 * The symbol written at `at`, read as if the text started there (nothing before it counts against
 * it), or null when there is none or it is not plausible.
 */
export function symbolAt(text: string, at: number): ParsedSymbol | null {
  const m = SYMBOL_AT.exec(text.slice(at));
  return m ? parseSymbol(m, at) : null;
}

/** Read a match of SYMBOL / SYMBOL_AT; null when it is not a plausible symbol. */
export function parseSymbol(m: RegExpExecArray, offset = 0): ParsedSymbol | null {
  const raw = m[0];
  const range = { start: offset + m.index, end: offset + m.index + raw.length };
  if (m[1] !== undefined) return partySymbol(raw, range, m[1], m[2]!, m[3]!, m[4]!);
  return stateSymbol(raw, range, m[5]!, m[6], m[7]!);
}

function partySymbol(raw: string, range: TextRange, number: string, typeRaw: string, sep: string, issuerRaw: string): ParsedSymbol | null {
  if (!plausibleCode(typeRaw) || !plausibleCode(issuerRaw)) return null;
  const type = canonicalCode(typeRaw);
  const issuer = canonicalCode(issuerRaw);
  const partyIssuer = PARTY_ISSUER_CODES.has(issuer);
  // `218-QĐ-TW`: a dash where the slash belongs is only read as Party with a Party issuer
  if (sep !== '/' && !partyIssuer) return null;
  return partyResult(raw, range, number, type, issuer, TYPE_CODES.has(type) && partyIssuer);
}

/** A Party symbol `N-TYPE/ISSUER`, however it was written. */
function partyResult(raw: string, range: TextRange, number: string, type: string, issuer: string, strong: boolean): ParsedSymbol {
  const symbol = `${type}/${issuer}`;
  return { raw, range, number, year: null, symbol, canonical: `${number}-${symbol}`, system: 'party', typeCode: type, issuerCode: issuer, strong };
}

function stateSymbol(raw: string, range: TextRange, number: string, yearRaw: string | undefined, codes: string): ParsedSymbol | null {
  const parts: string[] = [];
  const seps: string[] = [];
  let last = 0;
  SEPARATOR.lastIndex = 0;
  for (let s = SEPARATOR.exec(codes); s !== null; s = SEPARATOR.exec(codes)) {
    parts.push(codes.slice(last, s.index));
    seps.push(s[1] === '/' ? '/' : '-');
    last = s.index + s[0].length;
  }
  parts.push(codes.slice(last));
  if (!parts.every(plausibleCode)) return null;
  const canon = parts.map(canonicalCode);
  const year = yearRaw === undefined ? null : Number(yearRaw);

  // `01/KL/TW`: a slash where the dash belongs, with a Party issuer, is a Party symbol
  if (year === null && canon.length === 2 && seps[0] === '/' && PARTY_ISSUER_CODES.has(canon[1]!)) {
    return partyResult(raw, range, number, canon[0]!, canon[1]!, TYPE_CODES.has(canon[0]!));
  }

  const symbol = canon.join('-');
  const first = canon[0]!;
  const hasType = TYPE_CODES.has(first);
  // `KH-UBND-VX`: the issuer, then its unit; `TTLT-BTP-BNV`: several issuers, none of them alone
  const issuerCode = first === 'TTLT' ? null : ((hasType ? canon[1] : first) ?? null);
  const isLaw = canon.some(isAssemblyCode);
  return {
    raw,
    range,
    number,
    year,
    symbol,
    canonical: `${number}/${year === null ? '' : `${year}/`}${symbol}`,
    system: isLaw ? 'law' : 'state',
    typeCode: hasType ? first : null,
    issuerCode,
    strong:
      canon.length >= 2
        ? hasType || isKnownIssuerCode(first)
        : year !== null && isLaw,
  };
}
