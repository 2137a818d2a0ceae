/**
 * Markdown emphasis in a line of converted .docx text (`**1. Đẩy mạnh**`, `- *Giao Văn phòng*`):
 * which characters are its marks. `**` and `__` pairs make a line bold; a single `*` at the edge
 * of a word makes it italic, but a `*` that opens the line before a space is a list marker.
 */

import { isSpaceCode } from './space-codes.js';

/** (`charCodeAt.call(text, i)`, not `text.charCodeAt(i)`, in loops: see plain-line.ts) */
const charCodeAt = String.prototype.charCodeAt;

export type Emphasis = 'bold' | 'italic' | null;

/** `/\w/u.test(ch)` for the UTF-16 unit `code`: ASCII letters, digits and _ */
function isWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}

const STAR = 0x2a;

/**
 * Is the `*` at `k` a mark of single emphasis: `/(?<![*\w])\*(?=[^\s*])|(?<=[^\s*])\*(?![*\w])/u`
 * there, an opening `*` before a word or a closing one after it? (No surrogate is a space, `*` or
 * `\w`: the units on either side answer for their code points.)
 */
function isSingleMark(text: string, k: number): boolean {
  const before = k > 0 ? charCodeAt.call(text, k - 1) : NaN;
  const after = k + 1 < text.length ? charCodeAt.call(text, k + 1) : NaN;
  const opens = before !== STAR && !isWordCode(before) && k + 1 < text.length && after !== STAR && !isSpaceCode(after);
  const closes = k > 0 && before !== STAR && !isSpaceCode(before) && after !== STAR && !isWordCode(after);
  return opens || closes;
}

/** The marks of one round of removal (indices in the text) and the emphasis they show. */
export function emphasisMarks(text: string): { at: Set<number>; emphasis: Emphasis } {
  let emphasis: Emphasis = null;
  const at = new Set<number>();
  // `**` and `__`, left to right, as /\*\*|__/gu finds them
  for (let i = 0; i + 1 < text.length; i += 1) {
    const code = charCodeAt.call(text, i);
    if ((code === STAR || code === 0x5f) && charCodeAt.call(text, i + 1) === code) {
      at.add(i);
      at.add(i + 1);
      emphasis = 'bold';
      i += 1;
    }
  }
  for (let k = text.indexOf('*'); k >= 0; k = text.indexOf('*', k + 1)) {
    if (!isSingleMark(text, k)) continue;
    if (k === 0 && text[1] === ' ') continue; // "* item" is a list marker
    at.add(k);
    emphasis ??= 'italic';
  }
  return { at, emphasis };
}
