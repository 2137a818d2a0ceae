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

const MARKER = /^(?:(?:phần|PHẦN|chương|CHƯƠNG)\s+(?:[IVXLC]+|\d+|thứ\s+\p{L}+)\b|[IVXLC]{1,6}\.(?:\s|$)|\d{1,2}(?:\.\d{1,2}){0,3}\.?(?=\s)|\d{1,2}\)|[a-zđ][).](?=\s)|\([ivx]{1,4}\)|[-–—•+*](?=\s|\p{L})|\(\d{1,3}\)|điều\s+\d|nơi nhận|kính gửi|phụ lục)/iu;
const FOOTNOTE_LABEL = /^(?:\(\d{1,3}\)|\[\d{1,3}\])/u;
const TERMINAL = /[.;:!?…]["”’)]*$/u;
const SEPARATOR = /^(?:\s{10,}|[\s_\-—–]*[_\-—–]{5,}[\s_\-—–]*)$/u;

function startsLowercase(text: string): boolean {
  return /^[\p{Ll}]/u.test(text);
}

/** At least two letters, a capital, no lowercase letter (tested without building strings: every line goes through here). */
function isAllCaps(text: string): boolean {
  return !/\p{Ll}/u.test(text) && /\p{Lu}/u.test(text) && /\p{L}.*\p{L}/su.test(text);
}

function isCapsLine(text: string): boolean {
  return isAllCaps(text) && text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length >= 2;
}

/** Does `next` begin a block of its own (list item, heading, labelled block)? */
export function startsBlock(prev: string, next: string): boolean {
  const m = MARKER.exec(next);
  if (!m) return false;
  const rest = next.slice(m[0].length).trimStart();
  // "kinh tế" ⏎ "- xã hội": a dash that continues an unfinished sentence is not a bullet
  if (!TERMINAL.test(prev) && startsLowercase(rest)) return false;
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
  /** PDF: line pitch */
  pitch: number;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
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
  const nonBlank = lines.filter((l) => l.text !== '');
  const blanks = lines.length - nonBlank.length;
  const lengths = nonBlank.map((l) => l.text.length).filter((n) => n >= 20);
  const p75 = percentile(lengths, 0.75);
  const nearWidth = lengths.filter((n) => n >= 0.8 * p75 && n <= 1.2 * p75).length;
  const hardWrapped = p75 > 0 && p75 <= 160 && nearWidth >= 0.45 * lengths.length;
  const boxes = nonBlank.map((l) => l.source.box).filter((b): b is LineBox => b !== null);
  const pitches: number[] = [];
  for (let i = 1; i < boxes.length; i += 1) {
    const [a, b] = [boxes[i - 1]!, boxes[i]!];
    const gap = a.y - b.y;
    if (gap > 0 && gap < 3 * a.fontSize && Math.abs(a.fontSize - b.fontSize) < 0.5) pitches.push(Math.round(gap * 2) / 2);
  }
  const byPage = new Map<number, LineBox[]>();
  for (const l of nonBlank) {
    if (!l.source.box) continue;
    const page = l.source.page ?? 0;
    byPage.set(page, [...(byPage.get(page) ?? []), l.source.box]);
  }
  const left = new Map<number, number>();
  const right = new Map<number, number>();
  for (const [page, pageBoxes] of byPage) {
    left.set(page, mode(pageBoxes.map((b) => Math.round(b.x))));
    right.set(page, percentile(pageBoxes.map((b) => b.x + b.width), 0.9));
  }
  return {
    wrapWidth: hardWrapped ? p75 : 0,
    blankSeparates: blanks < 0.6 * nonBlank.length,
    left,
    right,
    pitch: mode(pitches) || 0,
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
  if (samePage && m.pitch > 0 && gap > 1.3 * m.pitch) return false;
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
  while (r >= 0 && /\s/u.test(raw[r]!)) r -= 1;
  if (raw[r] === '\u00AD') return true;
  const text = prev.text;
  const last = text[text.length - 1] ?? '';
  const before = text[text.length - 2] ?? '';
  if (/[-‐‑]/u.test(last)) return /[\p{L}\p{N}]/u.test(before);
  if (last === '/') return /[\p{L}\p{N}]/u.test(before) && /^[\p{L}\p{N}]/u.test(next.text);
  // the rest of a symbol, not a bullet written without its space ("-Tổ chức …")
  return /\p{N}/u.test(last) && /^[-‐‑/][\p{Lu}\p{N}][\p{L}\p{N}]{0,11}[-‐‑/][\p{Lu}\p{N}]/u.test(next.text);
}

function joins(prev: PreparedLine, next: PreparedLine, m: Measures, caps: (line: PreparedLine) => boolean): boolean {
  if (prev.text.endsWith('./.')) return false;
  if (cutAtLineEnd(prev, next)) return true;
  if (startsBlock(prev.text, next.text)) {
    // a wrapped heading: "III. NỘI DUNG VÀ GIẢI PHÁP" ⏎ "THỰC HIỆN"
    const romanHeading = /^[IVXLC]{1,6}\.\s/u.test(prev.text) && caps(prev);
    if (!(romanHeading && caps(next) && !MARKER.test(next.text))) return false;
  }
  // a line in capitals is a heading or header line (one capitalised word, "COVID-19.", is not)
  if (caps(prev) !== caps(next) && !startsLowercase(next.text)) return false;
  if (prev.source.box && next.source.box) return continuesWithLayout(prev, next, m);
  return continuesAsText(prev, next, m);
}

function joiner(prev: PreparedLine, next: PreparedLine): string {
  // "/-" ⏎ …: a symbol cut after its separator
  return cutAtLineEnd(prev, next) || /\/-$/u.test(prev.text) ? '' : ' ';
}

function paragraphOf(line: PreparedLine, role: BuiltParagraph['role']): BuiltParagraph {
  return { text: line.text, role, pieces: [{ offset: 0, line }], bold: line.emphasis === 'bold', box: line.source.box };
}

function append(paragraph: BuiltParagraph, line: PreparedLine): void {
  const sep = joiner(paragraph.pieces[paragraph.pieces.length - 1]!.line, line);
  paragraph.pieces.push({ offset: paragraph.text.length + sep.length, line });
  paragraph.text += sep + line.text;
}

/** Text input: is line i a footnote separator followed by a footnote? */
function footnoteSeparatorAt(lines: PreparedLine[], i: number): boolean {
  const raw = lines[i]!.source.text;
  if (!/^[\s_\-—–]/u.test(raw) || !SEPARATOR.test(raw)) return false;
  for (let j = i + 1; j < lines.length; j += 1) if (lines[j]!.text !== '') return FOOTNOTE_LABEL.test(lines[j]!.text);
  return false;
}

export function buildParagraphs(lines: PreparedLine[]): BuiltParagraph[] {
  const m = measure(lines);
  const capsCache = new Map<PreparedLine, boolean>();
  const caps = (line: PreparedLine): boolean => {
    let known = capsCache.get(line);
    if (known === undefined) capsCache.set(line, (known = isCapsLine(line.text)));
    return known;
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
    out.push(...pendingFootnotes.splice(0));
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
      const resumesBody = footnote === null || (startsLowercase(line.text) && TERMINAL.test(prevText)) || startsBlock('.', line.text);
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
    if (current !== null && lastBody !== null && joins(lastBody, line, m, caps)) {
      append(current, line);
    } else {
      closeCurrent();
      current = paragraphOf(line, 'body');
    }
    lastBody = line;
  }
  closeCurrent();
  return out;
}
