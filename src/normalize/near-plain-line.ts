/**
 * The second fast path of line normalization: a line that is plain once its spaces are mapped and
 * collapsed and its markdown emphasis marks are taken out (`**1. Đẩy mạnh**`, a table row of a
 * truth text `1    Công ty      Lào Cai`, a tab or NBSP). It gets exactly what the slow path gives
 * it — the same marks removed, spaces collapsed, the same columns, no repair — without building a
 * unit per character. Any other character the fast path does not take sends the line to the slow
 * path.
 */
import { emphasisMarks, type Emphasis } from './emphasis-marks.js';
import { becomesSpace } from './line-units.js';
import { isPlainLine, isSlowCode } from './plain-line.js';
import type { ToneStyle } from './syllable.js';
import type { WordVerdicts } from './word-verdicts.js';

/** (`charCodeAt.call(text, i)`, not `text.charCodeAt(i)`, in loops: see plain-line.ts) */
const charCodeAt = String.prototype.charCodeAt;

export interface NearPlainLine {
  text: string;
  /** source column of each character of the text */
  origins: number[];
  emphasis: Emphasis;
}

const isEmphasisMark = (code: number): boolean => code === 0x2a || code === 0x5f;
const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

/** The characters of `text` at the indices not in `drop`, with their origins. */
function without(text: string, origins: readonly number[], drop: ReadonlySet<number>): { text: string; origins: number[] } {
  let out = '';
  const kept: number[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i < text.length && !drop.has(i)) continue;
    out += text.slice(from, i);
    for (let k = from; k < i; k += 1) kept.push(origins[k]!);
    from = i + 1;
  }
  return { text: out, origins: kept };
}

/** Emphasis marks removed round after round, as the slow path does (a removal can leave a new mark at a word's edge). */
function stripEmphasis(text: string, origins: number[]): NearPlainLine {
  let emphasis: Emphasis = null;
  let current = { text, origins };
  while (/[*_]/u.test(current.text)) {
    const marks = emphasisMarks(current.text);
    if (marks.at.size === 0) break;
    if (emphasis !== 'bold') emphasis = marks.emphasis ?? emphasis;
    current = without(current.text, current.origins, marks.at);
  }
  return { ...current, emphasis };
}

/** Spaces collapsed: none at the start or the end, one between words. */
function collapseSpaces(text: string, origins: readonly number[]): { text: string; origins: number[] } {
  const drop = new Set<number>();
  for (let i = 0; i < text.length; i += 1) if (charCodeAt.call(text, i) === 0x20 && (i === 0 || charCodeAt.call(text, i - 1) === 0x20 || drop.has(i - 1))) drop.add(i);
  let end = text.length;
  while (end > 0 && charCodeAt.call(text, end - 1) === 0x20) drop.add((end -= 1));
  return drop.size === 0 ? { text, origins: [...origins] } : without(text, origins, drop);
}

/**
 * The normalized text of a line that is plain but for its spaces and emphasis marks (emphasis only
 * when `emphasis` is on), or null when the slow path has to read it.
 */
export function nearPlainLine(line: string, emphasis: boolean, style: ToneStyle, verdicts: WordVerdicts): NearPlainLine | null {
  let spaces = false;
  for (let i = 0; i < line.length; i += 1) {
    const code = charCodeAt.call(line, i);
    if (isSurrogate(code)) return null;
    if (!isSlowCode(code)) continue;
    if (emphasis && isEmphasisMark(code)) continue;
    if (!becomesSpace(line[i]!)) return null;
    spaces = true;
  }
  const origins: number[] = [];
  for (let i = 0; i < line.length; i += 1) origins.push(i);
  const mapped = spaces ? [...line].map((ch) => (becomesSpace(ch) ? ' ' : ch)).join('') : line;
  const stripped = emphasis ? stripEmphasis(mapped, origins) : { text: mapped, origins, emphasis: null };
  const collapsed = collapseSpaces(stripped.text, stripped.origins);
  if (!isPlainLine(collapsed.text, style, verdicts)) return null;
  return { ...collapsed, emphasis: stripped.emphasis };
}
