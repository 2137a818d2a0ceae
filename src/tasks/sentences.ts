/**
 * Sentences and clauses of a paragraph, as local ranges. Markdown emphasis from converted .docx
 * (`*Giao Văn phòng …*`, `**…**`) is left outside the ranges.
 */

import { isSpaceCode } from '../normalize/space-codes.js';
import { LETTERS } from '../normalize/letter-classes.js';

export interface Cut {
  start: number;
  end: number;
}

/** whitespace, or a markdown emphasis mark (`*`, `_`) */
function isTrimmed(code: number): boolean {
  return code === 0x2a || code === 0x5f || isSpaceCode(code);
}

/** The range without surrounding whitespace and emphasis marks. */
export function trimCut(text: string, start = 0, end = text.length): Cut {
  let s = start;
  let e = end;
  while (s < e && isTrimmed(text.charCodeAt(s))) s++;
  while (e > s && isTrimmed(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

// a sentence ends at . ! ? (plus closing quotes) before whitespace and a capital letter, a quote
// or a number ("… năm 2022. 100% công chức …")
const SENTENCE_END = /[.!?…]+["”’)\]*]*(?=\s+["“(*]*[\p{Lu}\d])/gu;
// short words written with a period that do not end a sentence
const ABBREVIATION = new RegExp(String.raw`(?:^|[\s(])(?:TP|Tp|TS|ThS|PGS|GS|KS|BS|TT|St|v\.v|Th|Q|P|[${LETTERS}])$`, 'u');

/** Sentences of `text` (trimmed ranges). */
export function sentences(text: string): Cut[] {
  const whole = trimCut(text);
  const out: Cut[] = [];
  let from = whole.start;
  for (const m of text.slice(0, whole.end).matchAll(SENTENCE_END)) {
    if (m.index < from) continue;
    if (ABBREVIATION.test(text.slice(Math.max(from, m.index - 6), m.index))) continue;
    // "mục 2. 3" / "2.1. 3": a number after a number is a list, not a new sentence
    if (/\d/u.test(text[m.index - 1] ?? '') && /^\s+\d/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    const end = m.index + m[0].length;
    const cut = trimCut(text, from, end);
    if (cut.end > cut.start) out.push(cut);
    from = end;
  }
  const last = trimCut(text, from, whole.end);
  if (last.end > last.start) out.push(last);
  return out;
}

/** Clauses of a sentence split at semicolons outside parentheses (trimmed ranges, local to `text`). */
export function clauses(text: string, cut: Cut): Cut[] {
  const out: Cut[] = [];
  /** where the next `ch` from `from` is in the sentence, or its end */
  const next = (ch: string, from: number) => {
    const i = text.indexOf(ch, from);
    return i < 0 || i >= cut.end ? cut.end : i;
  };
  let semicolon = next(';', cut.start);
  if (semicolon === cut.end) {
    const c = trimCut(text, cut.start, cut.end);
    return c.end > c.start ? [c] : out;
  }
  // only the parentheses and semicolons count: go from one to the next
  let open = next('(', cut.start);
  let close = next(')', cut.start);
  let depth = 0;
  let from = cut.start;
  for (let i = Math.min(open, close, semicolon); i < cut.end; i = Math.min(open, close, semicolon)) {
    if (i === open) {
      depth++;
      open = next('(', i + 1);
    } else if (i === close) {
      depth = Math.max(0, depth - 1);
      close = next(')', i + 1);
    } else {
      if (depth === 0) {
        const c = trimCut(text, from, i);
        if (c.end > c.start) out.push(c);
        from = i + 1;
      }
      semicolon = next(';', i + 1);
    }
  }
  const c = trimCut(text, from, cut.end);
  if (c.end > c.start) out.push(c);
  return out;
}
