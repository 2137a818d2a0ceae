/**
 * Rejoining hard-wrapped lines into paragraphs.
 *
 * With layout (PDF), a paragraph ends at a short line, an indented or differently sized next
 * line, a wider vertical gap, or a jump to another column; it continues across a page break
 * when the last line was full. Without layout (text), the wrap width is measured from the
 * document itself: lines that fill it continue, short lines end a paragraph; documents with
 * one paragraph per line only join a line that starts in lowercase. In both, a list marker or
 * heading starts a new paragraph, a symbol split at the line end (`218-` + `QĐ/TW`) is rejoined
 * without a space, and footnote blocks that cut a paragraph are moved after it.
 */
import type { LineBox, SourceLine } from '../extract/source-line.js';
import type { NormalizedLine } from './normalize-line.js';
import { isSpaceAt, isSpaceCode } from './space-codes.js';
import { LetterClass, letterClass, letterInfoOfCode } from './vietnamese-letters.js';
import { LETTERS, NUMERALS } from './letter-classes.js';
import { startsWithCitedArticle } from './cited-article.js';

/** (`charCodeAt.call(text, i)`, not `text.charCodeAt(i)`, in loops: see plain-line.ts) */
const charCodeAt = String.prototype.charCodeAt;

export interface PreparedLine extends NormalizedLine {
  source: SourceLine;
}

export interface LinePiece {
  /** offset of the piece in the paragraph text */
  offset: number;
  line: PreparedLine;
}

export interface BuiltParagraph {
  text: string;
  role: 'body' | 'footnote';
  pieces: LinePiece[];
  /** markdown bold on its first line */
  bold: boolean;
  box: LineBox | null;
}

const MARKER = new RegExp(String.raw`^(?:(?:phần|PHẦN|chương|CHƯƠNG)\s+(?:[IVXLC]+|\d+|thứ\s+[${LETTERS}]+)\b|[IVXLC]{1,6}\.(?:\s|$)|\d{1,2}(?:\.\d{1,2}){0,3}\.?(?=\s)|\d{1,2}\)|[a-zđ][).](?=\s)|\([ivx]{1,4}\)|[-–—•+*](?=\s|[${LETTERS}])|\(\d{1,3}\)|điều\s+\d|nơi nhận|kính gửi|phụ lục)`, 'iu');
const FOOTNOTE_LABEL = /^(?:\(\d{1,3}\)|\[\d{1,3}\])/u;

/** Does the text end a sentence: `.;:!?…` before closing quotes and brackets? (`/[.;:!?…]["”’)]*$/u` read from the end) */
function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && '"”’)'.includes(text[i]!)) i -= 1;
  return i >= 0 && '.;:!?…'.includes(text[i]!);
}
const SEPARATOR = /^(?:\s{10,}|[\s_\-—–]*[_\-—–]{5,}[\s_\-—–]*)$/u;
const TABLE_ROW = /^\|.*\|$/u;

/** `TABLE_ROW.test(text)`, most lines answered by their first character */
const isTableRow = (text: string): boolean => charCodeAt.call(text, 0) === 0x7c && TABLE_ROW.test(text);

/** `text.endsWith(end)` for a short ASCII `end`, without the built-in's call (asked of every line) */
function endsWithText(text: string, end: string): boolean {
  const from = text.length - end.length;
  if (from < 0) return false;
  for (let i = 0; i < end.length; i += 1) if (charCodeAt.call(text, from + i) !== charCodeAt.call(end, i)) return false;
  return true;
}

// Character tests asked of every line: ASCII and the Vietnamese letters are answered at once, the
// rest by the Unicode regex.
const isAsciiLower = (code: number): boolean => code >= 0x61 && code <= 0x7a;

/** 1 when the UTF-16 unit is a lowercase letter (\p{Ll}), 0 when it is not, -1 when only the regex can tell */
function lowercaseOf(code: number): number {
  if (code < 0x80) return isAsciiLower(code) ? 1 : 0;
  const info = letterInfoOfCode(code);
  if (info !== undefined) return info.upper ? 0 : 1;
  return -1;
}

function startsLowercase(text: string): boolean {
  const lower = lowercaseOf(charCodeAt.call(text, 0));
  return lower >= 0 ? lower === 1 : /^[\p{Ll}]/u.test(text);
}

/** Does the text have a lowercase letter? (most lines have one among their first characters) */
function hasLowercase(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const lower = lowercaseOf(charCodeAt.call(text, i));
    if (lower === 1) return true;
    // (the characters before i are known not to be lowercase letters, nor half of a pair)
    if (lower < 0) return /\p{Ll}/u.test(text.slice(i));
  }
  return false;
}

const LETTER = new RegExp(`[${LETTERS}]`, 'u');
const NUMERAL = new RegExp(`[${NUMERALS}]`, 'u');
const TWO_LETTERS = new RegExp(`[${LETTERS}].*[${LETTERS}]`, 'su');
const LETTER_OR_DIGIT = new RegExp(`[${LETTERS}${NUMERALS}]`, 'u');
const STARTS_WITH_LETTER_OR_DIGIT = new RegExp(`^[${LETTERS}${NUMERALS}]`, 'u');
/** the rest of a symbol cut after its number: "/QĐ-UBND", "-KH/TU" */
const SYMBOL_REST = new RegExp(String.raw`^[-‐‑/][\p{Lu}${NUMERALS}][${LETTERS}${NUMERALS}]{0,11}[-‐‑/][\p{Lu}${NUMERALS}]`, 'u');

/** At least two letters, a capital, no lowercase letter (tested without building strings: every line goes through here). */
function isAllCaps(text: string): boolean {
  return !hasLowercase(text) && /\p{Lu}/u.test(text) && TWO_LETTERS.test(text);
}

/** `NUMERAL.test(text[i] ?? '')` (a letter is no number) */
function isNumberAt(text: string, i: number): boolean {
  const code = charCodeAt.call(text, i);
  if (code < 0x80) return code >= 0x30 && code <= 0x39;
  return letterClass(code) === LetterClass.Other && NUMERAL.test(text[i] ?? '');
}

function isCapsLine(text: string): boolean {
  return isAllCaps(text) && text.split(/\s+/u).filter((w) => LETTER.test(w)).length >= 2;
}

/** Does `next` begin a block of its own (list item, heading, labelled block)? */
export function startsBlock(prev: string, next: string): boolean {
  const m = MARKER.exec(next);
  if (!m || startsWithCitedArticle(next)) return false;
  const rest = next.slice(m[0].length).trimStart();
  // "kinh tế" ⏎ "- xã hội": a dash that continues an unfinished sentence is not a bullet
  if (!endsSentence(prev) && startsLowercase(rest)) return false;
  return true;
}

interface Measures {
  /** text: typical full-line length; 0 when lines are not hard-wrapped */
  wrapWidth: number;
  /** text: blank lines separate paragraphs */
  blankSeparates: boolean;
  /** PDF, per page (pages may differ: a landscape appendix): left margin, right edge of full lines */
  left: Map<number, number>;
  right: Map<number, number>;
  /** PDF: the line pitch of a font size on a page (`pitchOf`) */
  pitch: LinePitches;
}

/**
 * Line pitches measured on the document: by page and font size (a page of prose and a page of
 * tables differ, and so do the body and the recipients in a smaller size on one page), by font size,
 * and over all lines; each the most common gap between consecutive lines (the smallest of equally
 * common ones), from at least `MIN_PITCH_SAMPLES` gaps.
 */
interface LinePitches {
  byPageAndSize: Map<string, number>;
  bySize: Map<number, number>;
  all: number;
}

const MIN_PITCH_SAMPLES = 3;

/** The pitch of lines in `fontSize` on `page`: the page's, else the document's for that size, else the document's. */
function pitchOf(pitches: LinePitches, page: number, fontSize: number): number {
  return pitches.byPageAndSize.get(`${page}/${fontSize}`) ?? pitches.bySize.get(fontSize) ?? pitches.all;
}

function sampleOf<K>(samples: Map<K, number[]>, key: K): number[] {
  let sample = samples.get(key);
  if (!sample) samples.set(key, (sample = []));
  return sample;
}

function measurePitches(byPage: ReadonlyMap<number, readonly LineBox[]>): LinePitches {
  const byPageAndSize = new Map<string, number[]>();
  const bySize = new Map<number, number[]>();
  const all: number[] = [];
  for (const [page, boxes] of byPage) {
    for (let i = 1; i < boxes.length; i += 1) {
      const [a, b] = [boxes[i - 1]!, boxes[i]!];
      const gap = a.y - b.y;
      if (!(gap > 0 && gap < 3 * a.fontSize && Math.abs(a.fontSize - b.fontSize) < 0.5)) continue;
      const pitch = Math.round(gap * 2) / 2;
      sampleOf(byPageAndSize, `${page}/${a.fontSize}`).push(pitch);
      sampleOf(bySize, a.fontSize).push(pitch);
      all.push(pitch);
    }
  }
  const modes = <K>(samples: Map<K, number[]>) => new Map([...samples].filter(([, v]) => v.length >= MIN_PITCH_SAMPLES).map(([k, v]) => [k, mode(v)] as const));
  return { byPageAndSize: modes(byPageAndSize), bySize: modes(bySize), all: mode(all) || 0 };
}

/** `percentile` of small non-negative integers (line lengths), by counting instead of sorting. */
function percentileOfCounts(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  let max = 0;
  for (const v of values) if (v > max) max = v;
  const counts = new Uint32Array(max + 1);
  for (const v of values) counts[v]! += 1;
  const rank = Math.min(values.length - 1, Math.floor(p * values.length));
  let seen = 0;
  for (let v = 0; v <= max; v += 1) {
    seen += counts[v]!;
    if (seen > rank) return v;
  }
  return max;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  // a typed array sorts numbers without calling a comparator (NaN, if any, is left to the comparator)
  const sorted = values.some(Number.isNaN) ? [...values].sort((a, b) => a - b) : Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = 0;
  let bestCount = -1;
  for (const [v, c] of counts) if (c > bestCount || (c === bestCount && v < best)) [best, bestCount] = [v, c];
  return best;
}

function measure(lines: PreparedLine[]): Measures {
  // one pass over the lines (every line of the document goes through here)
  let nonBlank = 0;
  const lengths: number[] = [];
  const byPage = new Map<number, LineBox[]>();
  for (const l of lines) {
    if (l.text === '') continue;
    nonBlank += 1;
    if (l.text.length >= 20) lengths.push(l.text.length);
    const box = l.source.box;
    if (box === null) continue;
    const page = l.source.page ?? 0;
    const pageBoxes = byPage.get(page);
    if (pageBoxes) pageBoxes.push(box);
    else byPage.set(page, [box]);
  }
  const blanks = lines.length - nonBlank;
  const p75 = percentileOfCounts(lengths, 0.75);
  let nearWidth = 0;
  for (const n of lengths) if (n >= 0.8 * p75 && n <= 1.2 * p75) nearWidth += 1;
  const hardWrapped = p75 > 0 && p75 <= 160 && nearWidth >= 0.45 * lengths.length;
  const left = new Map<number, number>();
  const right = new Map<number, number>();
  for (const [page, pageBoxes] of byPage) {
    left.set(page, mode(pageBoxes.map((b) => Math.round(b.x))));
    right.set(page, percentile(pageBoxes.map((b) => b.x + b.width), 0.9));
  }
  return {
    wrapWidth: hardWrapped ? p75 : 0,
    blankSeparates: blanks < 0.6 * nonBlank,
    left,
    right,
    pitch: measurePitches(byPage),
  };
}

function continuesWithLayout(prev: PreparedLine, next: PreparedLine, m: Measures): boolean {
  const a = prev.source.box!;
  const b = next.source.box!;
  const right = m.right.get(prev.source.page ?? 0) ?? a.x + a.width;
  const left = m.left.get(next.source.page ?? 0) ?? b.x;
  const samePage = prev.source.page === next.source.page;
  const gap = a.y - b.y;
  if (samePage && gap <= 0.3 * a.fontSize) return false; // same baseline or upward: another cell or column
  const pitch = pitchOf(m.pitch, prev.source.page ?? 0, a.fontSize);
  if (samePage && pitch > 0 && gap > 1.3 * pitch) return false;
  if (Math.abs(a.fontSize - b.fontSize) > 0.1 * a.fontSize) return false;
  // a line that starts in lowercase continues the sentence before it
  if (startsLowercase(next.text) && b.x <= left + 0.6 * b.fontSize) return true;
  const full = a.x + a.width >= right - 2.5 * a.fontSize;
  if (!full) return false;
  return b.x <= left + 0.6 * b.fontSize; // an indented line starts a new paragraph
}

function continuesAsText(prev: PreparedLine, next: PreparedLine, m: Measures): boolean {
  if (startsLowercase(next.text)) return true;
  if (m.wrapWidth === 0) return false;
  return prev.text.length >= 0.7 * m.wrapWidth;
}

/**
 * A word or symbol cut at the line end, rejoined without a space whatever the layout says
 * (research report §3.10, rules 2–5): a line-final soft hyphen (`interna\u00AD` ⏎ `tional`,
 * dropped); a real hyphen after a letter or digit, kept (`218-` ⏎ `QĐ/TW`, `Covid-` ⏎ `19`);
 * a slash (`04/2015/` ⏎ `NĐ-CP`); a number before the rest of its symbol (`218` ⏎ `-QĐ/TW`). A
 * spaced dash (`kinh tế -` ⏎ `xã hội`) is a separator, not a cut.
 */
function cutAtLineEnd(prev: PreparedLine, next: PreparedLine): boolean {
  // tested on the last characters only: this runs for every pair of lines
  const raw = prev.source.text;
  let r = raw.length - 1;
  while (r >= 0 && isSpaceAt(raw, r)) r -= 1;
  if (charCodeAt.call(raw, r) === 0xad) return true;
  const text = prev.text;
  const last = charCodeAt.call(text, text.length - 1);
  const before = text[text.length - 2] ?? '';
  if (last === 0x2d || last === 0x2010 || last === 0x2011) return LETTER_OR_DIGIT.test(before);
  if (last === 0x2f) return LETTER_OR_DIGIT.test(before) && STARTS_WITH_LETTER_OR_DIGIT.test(next.text);
  // the rest of a symbol, not a bullet written without its space ("-Tổ chức …")
  return isNumberAt(text, text.length - 1) && SYMBOL_REST.test(next.text);
}

/** The separator when `next` continues the paragraph that `prev` ends (a symbol cut at the line end takes none), or null. */
function joinOf(prev: PreparedLine, next: PreparedLine, m: Measures, caps: (line: PreparedLine) => boolean): string | null {
  if (endsWithText(prev.text, './.')) return null;
  // a table row ("| 1 | Rà soát … | Văn phòng |", from a PDF's table or a text table) is a line of its own
  if (isTableRow(prev.text) || isTableRow(next.text)) return null;
  if (cutAtLineEnd(prev, next)) return '';
  // a line in capitals is a heading or header line (one capitalised word, "COVID-19.", is not)
  if (caps(prev) !== caps(next) && !startsLowercase(next.text)) return null;
  if (!(prev.source.box && next.source.box ? continuesWithLayout(prev, next, m) : continuesAsText(prev, next, m))) return null;
  // (asked last: a line that does not continue starts a paragraph whatever its marker)
  if (startsBlock(prev.text, next.text)) {
    // a wrapped heading: "III. NỘI DUNG VÀ GIẢI PHÁP" ⏎ "THỰC HIỆN"
    const romanHeading = /^[IVXLC]{1,6}\.\s/u.test(prev.text) && caps(prev);
    if (!(romanHeading && caps(next) && !MARKER.test(next.text))) return null;
  }
  return separatorAfter(prev.text);
}

/** "/-" ⏎ …: a symbol cut after its separator */
const separatorAfter = (text: string): string => (endsWithText(text, '/-') ? '' : ' ');

function joiner(prev: PreparedLine, next: PreparedLine): string {
  return cutAtLineEnd(prev, next) ? '' : separatorAfter(prev.text);
}

function paragraphOf(line: PreparedLine, role: BuiltParagraph['role']): BuiltParagraph {
  return { text: line.text, role, pieces: [{ offset: 0, line }], bold: line.emphasis === 'bold', box: line.source.box };
}

function append(paragraph: BuiltParagraph, line: PreparedLine, sep = joiner(paragraph.pieces[paragraph.pieces.length - 1]!.line, line)): void {
  paragraph.pieces.push({ offset: paragraph.text.length + sep.length, line });
  paragraph.text += sep + line.text;
}

/** Text input: is line i a footnote separator followed by a footnote? */
function footnoteSeparatorAt(lines: PreparedLine[], i: number): boolean {
  const raw = lines[i]!.source.text;
  // a separator is made of spaces, _ and dashes only (SEPARATOR): most lines show another character
  // among their first ones
  if (raw === '' || !onlySeparatorCharacters(raw) || !SEPARATOR.test(raw)) return false;
  for (let j = i + 1; j < lines.length; j += 1) if (lines[j]!.text !== '') return FOOTNOTE_LABEL.test(lines[j]!.text);
  return false;
}

/** Is every character of the text one a separator line is made of: `/^[\s_\-—–]*$/u`? */
function onlySeparatorCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = charCodeAt.call(text, i);
    if (code !== 0x5f && code !== 0x2d && code !== 0x2014 && code !== 0x2013 && !isSpaceCode(code)) return false;
  }
  return true;
}

export function buildParagraphs(lines: PreparedLine[]): BuiltParagraph[] {
  const m = measure(lines);
  // asked of the last body line and the next one only: the two last answers are kept
  let older: PreparedLine | null = null;
  let olderCaps = false;
  let newer: PreparedLine | null = null;
  let newerCaps = false;
  const caps = (line: PreparedLine): boolean => {
    if (line === newer) return newerCaps;
    if (line === older) return olderCaps;
    older = newer;
    olderCaps = newerCaps;
    newer = line;
    newerCaps = isCapsLine(line.text);
    return newerCaps;
  };
  const out: BuiltParagraph[] = [];
  const pendingFootnotes: BuiltParagraph[] = [];
  let current: BuiltParagraph | null = null;
  let footnote: BuiltParagraph | null = null;
  let inTextFootnotes = false;
  let lastBody: PreparedLine | null = null;

  const closeCurrent = () => {
    if (current) out.push(current);
    current = null;
    for (const footnote of pendingFootnotes.splice(0)) out.push(footnote);
  };

  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (line.source.box === null && footnoteSeparatorAt(lines, i)) {
      inTextFootnotes = true;
      footnote = null;
      continue;
    }
    if (line.text === '') {
      if (!inTextFootnotes && m.blankSeparates && line.source.box === null) closeCurrent();
      continue;
    }
    if (inTextFootnotes) {
      if (FOOTNOTE_LABEL.test(line.text)) {
        footnote = paragraphOf(line, 'footnote');
        pendingFootnotes.push(footnote);
        continue;
      }
      const prevText = footnote?.pieces[footnote.pieces.length - 1]?.line.text ?? '';
      const resumesBody = footnote === null || (startsLowercase(line.text) && endsSentence(prevText)) || startsBlock('.', line.text);
      if (footnote !== null && !resumesBody) {
        append(footnote, line);
        continue;
      }
      inTextFootnotes = false;
      footnote = null;
    }
    if (line.source.role === 'footnote') {
      const prevFootnote = pendingFootnotes[pendingFootnotes.length - 1];
      if (FOOTNOTE_LABEL.test(line.text) || !prevFootnote) pendingFootnotes.push(paragraphOf(line, 'footnote'));
      else append(prevFootnote, line);
      continue;
    }
    const sep = current !== null && lastBody !== null ? joinOf(lastBody, line, m, caps) : null;
    if (sep !== null) {
      append(current!, line, sep);
    } else {
      closeCurrent();
      current = paragraphOf(line, 'body');
    }
    lastBody = line;
  }
  closeCurrent();
  return out;
}
