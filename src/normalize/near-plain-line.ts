/**
 * The second fast path of line normalization: a line that is plain once its spaces are mapped and
 * collapsed and its markdown emphasis marks are taken out (`**1. Đẩy mạnh**`, a table row of a
 * truth text `1    Công ty      Lào Cai`, a tab or NBSP). It gets exactly what the slow path gives
 * it — the same marks removed, spaces collapsed, the same columns, no repair — without building a
 * unit per character. Any other character the fast path does not take sends the line to the slow
 * path.
 */
import { emphasisMarks, type Emphasis } from './emphasis-marks.js';
import { isPlainLine, isSlowCode } from './plain-line.js';
import { isSpaceCode } from './space-codes.js';
import type { ToneStyle } from './syllable.js';
import type { WordVerdicts } from './word-verdicts.js';

/** (`charCodeAt.call(text, i)`, not `text.charCodeAt(i)`, in loops: see plain-line.ts) */
const charCodeAt = String.prototype.charCodeAt;

export interface NearPlainLine {
  text: string;
  /** source column of each character of the text */
  origins: ArrayLike<number>;
  emphasis: Emphasis;
}

const isEmphasisMark = (code: number): boolean => code === 0x2a || code === 0x5f;
const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

/** The characters of `text` at the indices not in `drop`, with their origins. */
function without(text: string, origins: ArrayLike<number>, drop: ReadonlySet<number>): { text: string; origins: Int32Array } {
  // (pieces joined at the end: one flat string, which the fast path reads faster than a chain of
  // pieces)
  const out: string[] = [];
  const kept = new Int32Array(text.length - drop.size);
  let count = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i < text.length && !drop.has(i)) {
      kept[count] = origins[i]!;
      count += 1;
      continue;
    }
    out.push(text.slice(from, i));
    from = i + 1;
  }
  return { text: out.join(''), origins: kept };
}

/** `/[*_]/u.test(text)` */
function hasEmphasisMark(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (isEmphasisMark(charCodeAt.call(text, i))) return true;
  return false;
}

/** Emphasis marks removed round after round, as the slow path does (a removal can leave a new mark at a word's edge). */
function stripEmphasis(text: string, origins: ArrayLike<number>): NearPlainLine {
  let emphasis: Emphasis = null;
  let current = { text, origins };
  while (hasEmphasisMark(current.text)) {
    const marks = emphasisMarks(current.text);
    if (marks.at.size === 0) break;
    if (emphasis !== 'bold') emphasis = marks.emphasis ?? emphasis;
    current = without(current.text, current.origins, marks.at);
  }
  return { ...current, emphasis };
}

/**
 * Spaces collapsed: none at the start or the end, one between words (the first of each run, with
 * its origin), in one pass.
 */
function collapseSpaces(text: string, origins: ArrayLike<number>): { text: string; origins: Int32Array } {
  const out: string[] = [];
  const kept = new Int32Array(text.length);
  let count = 0;
  // the kept run of characters not yet added to `out` starts at `from`
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    const space = charCodeAt.call(text, i) === 0x20;
    if (space && (count === 0 || charCodeAt.call(text, i - 1) === 0x20)) {
      out.push(text.slice(from, i));
      from = i + 1;
      continue;
    }
    kept[count] = origins[i]!;
    count += 1;
  }
  out.push(text.slice(from));
  let collapsed = out.join('');
  // (a run of spaces at the end left its first one)
  if (count > 0 && charCodeAt.call(collapsed, collapsed.length - 1) === 0x20) {
    collapsed = collapsed.slice(0, -1);
    count -= 1;
  }
  return { text: collapsed, origins: kept.subarray(0, count) };
}

/** Does the mapping of the slow path make this UTF-16 unit a plain space, with no repair to report? (`becomesSpace`) */
const becomesSpaceCode = (code: number): boolean => isSpaceCode(code) && code !== 0xfeff;

/**
 * The normalized text of a line that is plain but for its spaces and emphasis marks (emphasis only
 * when `emphasis` is on), or null when the slow path has to read it.
 */
export function nearPlainLine(line: string, emphasis: boolean, style: ToneStyle, verdicts: WordVerdicts): NearPlainLine | null {
  let spaces = false;
  let marks = false;
  for (let i = 0; i < line.length; i += 1) {
    const code = charCodeAt.call(line, i);
    if (isSurrogate(code)) return null;
    if (!isSlowCode(code)) continue;
    if (emphasis && isEmphasisMark(code)) {
      marks = true;
      continue;
    }
    if (!becomesSpaceCode(code)) return null;
    spaces = true;
  }
  const origins = new Int32Array(line.length);
  for (let i = 0; i < origins.length; i += 1) origins[i] = i;
  const mapped = spaces ? mapSpaces(line) : line;
  const stripped = marks ? stripEmphasis(mapped, origins) : { text: mapped, origins, emphasis: null };
  const collapsed = collapseSpaces(stripped.text, stripped.origins);
  if (!isPlainLine(collapsed.text, style, verdicts)) return null;
  return { ...collapsed, emphasis: stripped.emphasis };
}

/** Every character that becomes a space, a space (all are one UTF-16 unit). */
function mapSpaces(line: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < line.length; i += 1) {
    const code = charCodeAt.call(line, i);
    if (code === 0x20 || !becomesSpaceCode(code)) continue;
    out += line.slice(from, i) + ' ';
    from = i + 1;
  }
  return out + line.slice(from);
}
