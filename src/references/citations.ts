/**
 * Finding citations in one block (extraction, no resolution): symbols with the type word before
 * them, laws by name, national technical regulations (QCVN), short forms ("Chỉ thị số 13",
 * "Nghị định 35"), each with its tail and the pinpoint written before it; then coordination —
 * `Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị` gives
 * both the date and issuer, a comma list does not.
 */
import type { TextRange } from '../document/blocks.js';
import { withCanonicalTones } from '../normalize/match-keys.js';
import { findNamedLaws } from './named-law.js';
import { chainsByEnd, findPinpoints, pinpointBefore, shiftPinpoint } from './pinpoint.js';
import { STANDARD_TYPE, findStandards } from './standard.js';
import { misreadCodeOf } from './misread-codes.js';
import { CODE_SLOT, DIGIT_CODE_SYMBOL, parseSymbol, symbolAt, symbolMatches, type ParsedSymbol } from './symbol.js';
import { parseTail, type LocalTail } from './tail.js';
import { shortFormMatches } from './short-forms.js';
import { typeOfWord, typeWordBefore } from './type-words.js';
import type { KeyCache } from '../normalize/key-cache.js';
import type { Citation, CitationBlock, ScanText } from './types.js';
import { LETTERS, NUMERALS } from '../normalize/letter-classes.js';

/** A citation before its tail is read; offsets are local to the block. */
interface Found {
  kind: 'full' | 'short';
  range: TextRange;
  /** where the tail starts */
  coreEnd: number;
  type: string | null;
  symbol: ParsedSymbol | null;
  name: string | null;
  nameYear: number | null;
  shortNumber: string | null;
  /** a short form written with "số" ("Chỉ thị số 13"), not only type and number ("Nghị định 35") */
  withSo: boolean;
}

const EMPTY: Readonly<Omit<Found, 'kind' | 'range' | 'coreEnd' | 'type'>> = Object.freeze({ symbol: null, name: null, nameYear: null, shortNumber: null, withSo: false });

/**
 * `Số: 45/KH-SCT`, Party `Số 104-CTr/TU`: the plan's own number in its header, not a citation.
 * Capital "Số" only; "số" in running text introduces a citation.
 */
const OWN_NUMBER = new RegExp(String.raw`(?<![${LETTERS}${NUMERALS}])Số\s*:?\s*$`, 'u');
/**
 * a quick test for any citation: symbols, short forms, QCVN codes and "Hiến pháp năm 2013" all
 * have a digit, laws by name "Luật", "luật" (Bộ luật) or "Pháp lệnh"
 */
const MAY_CITE = /\d|uật|Pháp lệnh/u;
/** what separates list items: "A, B", "A và B", "A, và số B" */
const LIST_GAP = /^\s*(?:,|và|,\s*và)\s*(?:số\s*)?$/u;
const AND_GAP = /^\s+và\s+(?:số\s*)?$/u;
const HAS_DIGIT = /\d/u;

function inside(range: TextRange, at: number): boolean {
  return at >= range.start && at < range.end;
}

function isOwnNumber(text: string, at: number): boolean {
  return OWN_NUMBER.test(text.slice(Math.max(0, at - 8), at));
}

/**
 * The state symbol `raw`, written at `at`, whose type code OCR misread, read with the code of the
 * type word right before it (misread-codes.ts); null when there is no type word or the code does not
 * read as one of its codes.
 */
function misreadSymbol(text: string, at: number, raw: string): { symbol: ParsedSymbol; word: { type: string; start: number } } | null {
  const slot = CODE_SLOT.exec(raw);
  if (!slot || !HAS_DIGIT.test(slot[2]!)) return null;
  const word = typeWordBefore(text, at, null);
  if (!word) return null;
  const before = slot[1]!;
  const written = slot[2]!;
  const code = misreadCodeOf(written, word.type);
  const read = code === null ? null : symbolAt(`${before}${code}${raw.slice(before.length + written.length)}`, 0);
  return read ? { word, symbol: { ...read, raw, range: { start: at, end: at + raw.length }, misread: written } } : null;
}

/** Symbols outside the ranges already taken (sorted by start), with the type word before them. */
function findSymbols(text: string, taken: readonly TextRange[]): Found[] {
  const found: Found[] = [];
  const full = (word: { type: string; start: number } | null, symbol: ParsedSymbol, at: number): Found => ({
    ...EMPTY,
    kind: 'full',
    range: { start: word?.start ?? at, end: symbol.range.end },
    coreEnd: symbol.range.end,
    type: word?.type ?? null,
    symbol,
  });
  let t = 0;
  for (const m of symbolMatches(text)) {
    while (t < taken.length && taken[t]!.end <= m.index) t += 1;
    if (t < taken.length && inside(taken[t]!, m.index)) continue;
    const symbol = parseSymbol(m);
    if (!symbol) continue;
    // a state symbol with a digit in its type code ("4179/TT1-SCT"): OCR's, when the type word reads it
    const misread = symbol.typeCode === null && symbol.system === 'state' ? misreadSymbol(text, m.index, symbol.raw) : null;
    if (misread) {
      found.push(full(misread.word, misread.symbol, m.index));
      continue;
    }
    const word = typeWordBefore(text, m.index, symbol.typeCode);
    if (!word && isOwnNumber(text, m.index)) continue;
    found.push(full(word, symbol, m.index));
  }
  // a type code that starts with a digit ("38/2025/71-BCT") is no symbol unless the type word reads it
  if (text.includes('/')) {
    for (const m of text.matchAll(DIGIT_CODE_SYMBOL)) {
      if (taken.some((r) => inside(r, m.index))) continue;
      const misread = misreadSymbol(text, m.index, m[0]);
      if (misread) found.push(full(misread.word, misread.symbol, m.index));
    }
  }
  return found;
}

function findShort(text: string): Found[] {
  const found: Found[] = [];
  for (const m of shortFormMatches(text)) {
    const end = m.index + m[0].length;
    found.push({ ...EMPTY, kind: 'short', range: { start: m.index, end }, coreEnd: end, type: typeOfWord(m[1]!), shortNumber: m[3]!, withSo: m[2] !== undefined });
  }
  return found;
}

/**
 * A bare symbol right after another citation in a list inherits its type
 * ("Quyết định số 217-QĐ/TW, 218-QĐ/TW"); other bare symbols stay only when their shape is clear.
 */
function keepBare(found: Found[], text: string): Found[] {
  const kept: Found[] = [];
  for (const f of found) {
    const prev = kept[kept.length - 1];
    if (f.kind === 'full' && f.type === null && f.name === null) {
      if (prev && prev.type !== null && LIST_GAP.test(text.slice(prev.coreEnd, f.range.start))) {
        kept.push({ ...f, type: prev.type });
        continue;
      }
      if (!f.symbol?.strong) continue;
    }
    kept.push(f);
  }
  return kept;
}

/** Laws by name and QCVN codes: found first, their ranges are not searched for symbols again. */
function namedCitations(scan: ScanText): Found[] {
  const laws: Found[] = findNamedLaws(scan).map((law) => ({
    ...EMPTY,
    kind: 'full',
    range: law.range,
    coreEnd: law.range.end,
    type: law.type,
    symbol: law.symbol,
    name: law.name,
    nameYear: law.year,
  }));
  const standards: Found[] = findStandards(scan.text, scan.canonical).map((s) => ({
    ...EMPTY,
    kind: 'full',
    range: s.range,
    coreEnd: s.range.end,
    type: STANDARD_TYPE,
    symbol: s.symbol,
  }));
  return [...laws, ...standards].sort((a, b) => a.range.start - b.range.start);
}

/** "A và B ngày … của …": A, with nothing of its own, takes B's tail (right to left for chains). */
function shareTails(found: readonly Found[], tails: LocalTail[], text: string): boolean[] {
  const shared = found.map(() => false);
  for (let i = found.length - 2; i >= 0; i--) {
    const f = found[i]!;
    const next = found[i + 1]!;
    if (f.kind !== 'full' || next.kind !== 'full' || !tails[i]!.empty) continue;
    if (!AND_GAP.test(text.slice(f.coreEnd, next.range.start))) continue;
    tails[i] = tails[i + 1]!;
    shared[i] = true;
  }
  return shared;
}

/** A block's citations, and the text as they were scanned in (null when the block cannot cite anything). */
export interface BlockCitations {
  citations: Citation[];
  scan: ScanText | null;
}

/**
 * All citations in a block, with tails, pinpoints and coordination applied, in text order. `keys`
 * keys the issuers of the whole extraction.
 */
export function citationsInBlock(block: CitationBlock, keys: KeyCache): BlockCitations {
  const text = block.text;
  if (!MAY_CITE.test(text)) return { citations: [], scan: null };
  const scan: ScanText = { text, canonical: withCanonicalTones(text) };
  return { citations: citationsIn(block, scan, keys), scan };
}

function citationsIn(block: CitationBlock, scan: ScanText, keys: KeyCache): Citation[] {
  const { text } = scan;
  const named = namedCitations(scan);
  const all = [...named, ...findSymbols(text, named.map((n) => n.range)), ...findShort(text)];
  all.sort((a, b) => a.range.start - b.range.start);
  const found = keepBare(all, text);
  if (found.length === 0) return [];
  const starts = found.map((f) => f.range.start);
  const tails: LocalTail[] = found.map((f) =>
    f.kind === 'short'
      ? { date: null, issuer: null, term: null, subject: null, empty: true }
      : parseTail(scan, f.coreEnd, starts, f.symbol?.issuerCode ?? null, keys),
  );
  const shared = shareTails(found, tails, text);
  const pinpoints = chainsByEnd(findPinpoints(scan.canonical));

  const abs = (r: TextRange): TextRange => ({ start: block.start + r.start, end: block.start + r.end });
  return found.map((f, i) => {
    const tail = tails[i]!;
    return {
      kind: f.kind,
      text: text.slice(f.range.start, f.range.end),
      range: abs(f.range),
      sectionId: block.sectionId,
      location: block.location,
      appendix: block.appendix,
      type: f.type,
      symbol: f.symbol ? { ...f.symbol, range: abs(f.symbol.range) } : null,
      name: f.name,
      nameYear: f.nameYear,
      shortNumber: f.shortNumber,
      withSo: f.withSo,
      date: tail.date ? { ...tail.date, range: abs(tail.date.range) } : null,
      issuer: tail.issuer ? { value: tail.issuer.value, range: abs(tail.issuer.range) } : null,
      term: tail.term,
      subject: tail.subject,
      sharedTail: shared[i]!,
      pinpoint: shiftPinpoint(pinpointBefore(pinpoints, scan.canonical, f.range.start), block.start),
      aliasOf: null,
    };
  });
}
