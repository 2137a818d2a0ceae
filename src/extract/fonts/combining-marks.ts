/**
 * What Unicode says about accents: letters as a base plus combining marks, and the spacing accent
 * characters (`´`, `ˆ`, `˜` …) that fonts reuse as the accent parts of their composite glyphs.
 */

export const GRAVE = '\u0300';
export const ACUTE = '\u0301';
export const CIRCUMFLEX = '\u0302';
export const TILDE = '\u0303';
export const BREVE = '\u0306';
export const DOT_ABOVE = '\u0307';
export const HOOK_ABOVE = '\u0309';
export const DOT_BELOW = '\u0323';

/** Spacing accents and the combining mark each one stands for as part of a composite glyph. */
const SPACING_ACCENTS: ReadonlyMap<string, string> = new Map([
  ['`', GRAVE],
  ['\u00b4', ACUTE],
  ['\u02ca', ACUTE],
  ['\u02cb', GRAVE],
  ['^', CIRCUMFLEX],
  ['\u02c6', CIRCUMFLEX],
  ['~', TILDE],
  ['\u02dc', TILDE],
  ['\u00af', '\u0304'],
  ['\u02c9', '\u0304'],
  ['\u02d8', BREVE],
  ['\u02d9', DOT_ABOVE],
  ['\u00a8', '\u0308'],
  ['\u02da', '\u030a'],
  ['\u02dd', '\u030b'],
  ['\u02c7', '\u030c'],
  ['\u00b8', '\u0327'],
  ['\u02db', '\u0328'],
]);

/** Dots are drawn with the same glyph above and below a letter: which one is said by where it sits. */
const DOTS = new Set(['.', '\u02d9', '\u00b7']);

const MARK = /^\p{M}+$/u;

/**
 * The combining mark(s) a known glyph stands for when a composite places it on a letter, or null
 * when it is no accent. `below` says whether it is placed under the baseline.
 */
export function accentOf(text: string, below: boolean): string | null {
  if (DOTS.has(text)) return below ? DOT_BELOW : DOT_ABOVE;
  if (MARK.test(text)) return text;
  return SPACING_ACCENTS.get(text) ?? null;
}

/** A letter as its base and its combining marks (canonical decomposition). */
export function splitLetter(text: string): { base: string; marks: string[] } {
  const [base = '', ...marks] = [...text.normalize('NFD')];
  return { base, marks };
}

/** Dotless i and j, which fonts put the accents of i and j on. */
export const DOTLESS_LETTERS: ReadonlyMap<string, string> = new Map([
  ['i', '\u0131'],
  ['j', '\u0237'],
]);

/** As the base of an accented letter, a dotless i or j is the letter itself. */
function dottedBase(base: string): string {
  for (const [dotted, dotless] of DOTLESS_LETTERS) if (base === dotless) return dotted;
  return base;
}

export function composeLetter(base: string, marks: readonly string[]): string {
  return (dottedBase(base) + marks.join('')).normalize('NFC');
}

/** `marks` without one of each of `removed` (each entry one mark or several): a multiset difference. */
export function withoutMarks(marks: readonly string[], removed: readonly string[]): string[] {
  const rest = [...marks];
  for (const mark of removed.flatMap((m) => [...m])) {
    const at = rest.indexOf(mark);
    if (at >= 0) rest.splice(at, 1);
  }
  return rest;
}

/** Marks of `whole` not accounted for by `part` (multiset difference), or null if `part` is not in it. */
export function marksBeyond(whole: string, part: string): string[] | null {
  const a = splitLetter(whole);
  const b = splitLetter(part);
  if (dottedBase(a.base) !== dottedBase(b.base)) return null;
  const rest = [...a.marks];
  for (const mark of b.marks) {
    const at = rest.indexOf(mark);
    if (at < 0) return null;
    rest.splice(at, 1);
  }
  return rest;
}

/** Letters that Vietnamese draws as another letter with something attached (horn, stroke). */
export const ATTACHED_PART_LETTERS: ReadonlyMap<string, string> = new Map([
  ['O', '\u01a0'],
  ['o', '\u01a1'],
  ['U', '\u01af'],
  ['u', '\u01b0'],
  ['D', '\u0110'],
  ['d', '\u0111'],
]);
