/**
 * The subject (trích yếu) of a citation: what follows `về “…”`, `về việc …`, `về …`, `ban hành …`
 * or an opening quote, up to the end of the clause. The clause ends at `;`, at the end of the
 * paragraph or sentence, at `, ` + a capital (the main clause of "Thực hiện …, Sở X xây dựng …")
 * or + "trong đó", "đồng thời" …, at a parenthesis that is not an abbreviation or a term, where a
 * sibling citation starts (after `,` / `;` / `và` / `(`), or at a line break followed by anything
 * but a lower-case word (table cells). A citation the subject itself names ("về tiếp tục thực
 * hiện Chỉ thị số 05-CT/TW …") stays inside it. Quotes are kept as written.
 */
import { isSpaceAt } from './chars.js';
import { matchAt, testAt } from './match-at.js';
import { oneSpaced } from './spaces.js';
import type { ScanText } from './types.js';
import { LETTERS, NUMERALS } from '../normalize/letter-classes.js';

const INTRO = /(?:\s*(?:về\s+việc\s+|về\s+|(?=ban\s+hành\s)|(?=[“"„])))/iuy;
/**
 * parentheses that do not end a subject: "(khóa IX)", "(KH&CN)", a footnote mark "(1)"; matched
 * on the canonical-tone view, where "khóa" is "khoá"
 */
const INNER_PAREN = new RegExp(String.raw`(?:\((?:khoá\s|[\p{Lu}${NUMERALS}&][\p{Lu}${NUMERALS}&.-]{0,14}\)))`, 'uy');
/** what may sit between a sibling citation and the text before it */
const SIBLING_GAP = /(?:[,;:(]|\svà|\svà\scác)\s*$/u;
/** after a comma, the start of another clause: a capital, or "trong đó", "đồng thời" … */
const CLAUSE_AFTER_COMMA = new RegExp(String.raw`\s{1,2}(?:\p{Lu}|(?:trong\s+đó|đồng\s+thời|cụ\s+thể|góp\s+phần)(?![${LETTERS}${NUMERALS}]))`, 'uy');
const MAX_LENGTH = 600;

const LOWER_CASE_LETTER = /\p{Ll}/u;
const LETTER_OR_DIGIT = new RegExp(String.raw`[${LETTERS}${NUMERALS}]`, 'u');

/** the characters the scan stops at: they may end the subject or open or close a quote or a parenthesis */
const STOP_CHARACTER = /[;\n“„”"().,]/g;
/** a trailing run of these is not part of the subject */
const TRAILING = new Set([',', '.', ':', ';']);

/** The offset of the next stop character at or after `from`, or Infinity. */
function nextStop(text: string, from: number): number {
  STOP_CHARACTER.lastIndex = from;
  return STOP_CHARACTER.test(text) ? STOP_CHARACTER.lastIndex - 1 : Infinity;
}

/** `text` between `start` and `end`, without the trailing `[\s,.:;]+`, spaces collapsed and trimmed. */
function subjectText(text: string, start: number, end: number): string {
  while (end > start && (isSpaceAt(text, end - 1) || TRAILING.has(text[end - 1]!))) end--;
  const subject = text.slice(start, end);
  return oneSpaced(subject).trim();
}

/**
 * The subject that starts at `at` (after optional spaces), or null. `citationStarts` are the
 * local offsets of other citations in the same text, ascending. Only the offsets where a sibling
 * citation starts and the stop characters are looked at: nothing else ends a subject.
 */
export function scanSubject(scan: ScanText, at: number, citationStarts: readonly number[]): string | null {
  const { text, canonical } = scan;
  const intro = matchAt(INTRO, text, at);
  if (!intro) return null;
  const start = at + intro[0].length;
  const limit = Math.min(text.length, start + MAX_LENGTH);
  let end = limit;
  let inQuote = false;
  let parens = 0;
  let sibling = 0;
  while (sibling < citationStarts.length && citationStarts[sibling]! <= start) sibling++;
  let stop = nextStop(text, start);
  for (;;) {
    const nextSibling = sibling < citationStarts.length ? citationStarts[sibling]! : Infinity;
    const i = Math.min(nextSibling, stop);
    if (i >= limit) break;
    if (i === nextSibling) {
      while (sibling < citationStarts.length && citationStarts[sibling] === i) sibling++;
      const before = text.slice(start, i);
      const gap = SIBLING_GAP.exec(before);
      if (gap) {
        end = start + gap.index;
        break;
      }
      if (i !== stop) continue;
    }
    stop = nextStop(text, i + 1);
    const c = text.charCodeAt(i);
    // a line break only occurs in table text: a cell goes on with a lower-case word
    if (c === 0x3b /* ; */ || (c === 0x0a /* \n */ && !LOWER_CASE_LETTER.test(text[i + 1] ?? ''))) {
      end = i;
      break;
    }
    if (c === 0x201c /* “ */ || c === 0x201e /* „ */) inQuote = true;
    else if (c === 0x201d /* ” */) inQuote = false;
    else if (c === 0x22 /* " */) inQuote = !inQuote;
    if (inQuote) continue;
    if (c === 0x28 /* ( */) {
      if (!testAt(INNER_PAREN, canonical, i)) {
        end = i;
        break;
      }
      parens += 1;
    } else if (c === 0x29 /* ) */) {
      if (parens === 0) {
        end = i;
        break;
      }
      parens -= 1;
    } else if (c === 0x2e /* . */ && !LETTER_OR_DIGIT.test(text[i + 1] ?? ' ')) {
      end = i;
      break;
    } else if (c === 0x2c /* , */ && testAt(CLAUSE_AFTER_COMMA, text, i + 1)) {
      end = i;
      break;
    }
  }
  if (end === limit && limit < text.length) {
    // too long to be a subject: cut at the last word boundary
    const space = text.lastIndexOf(' ', limit);
    if (space > start) end = space;
  }
  const subject = subjectText(text, start, end);
  return subject === '' ? null : subject;
}
