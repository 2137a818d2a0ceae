/**
 * Normalization of one source line into canonical display text, keeping for every output
 * character the column of the source character it came from.
 *
 * - spaces: NBSP, thin and other Unicode spaces, tabs → one space; runs collapsed; ends trimmed
 * - invisible characters (zero-width, soft hyphen, BOM) removed
 * - hyphen look-alikes (‐ ‑ − ⁃) → "-"; en/em dashes are kept, they carry meaning
 * - quotes: „ ‟ → “, ″ → "; curly and straight quotes are otherwise kept as written
 * - confusables: "Ð" (Icelandic eth) → "Đ"
 * - combining tone marks: detached ones (`nghê ̣(`) and ones put on a consonant (`hoc̣`) moved
 *   onto the vowel of their syllable; `ư` + `ơ` keeps the tone on `ơ`; then NFC
 * - markdown emphasis (`**…**`, `*…*`, `__…__`) removed, reported as `emphasis`
 */

export interface NormalizedLine {
  text: string;
  /** column (UTF-16 index) in the source line of normalized character i */
  columnOf(i: number): number;
  /** the line carried markdown emphasis: "bold" for ** or __, "italic" for * */
  emphasis: 'bold' | 'italic' | null;
}

interface Unit {
  ch: string;
  origin: number;
}

const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/u;
const SPACE = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/u;
const HYPHENS = /[\u2010\u2011\u2212\u2043]/u;
/** low-9 and reversed double quotes („ ‟) used as opening quotes → “ */
const QUOTE_OPEN = /[\u201E\u201F]/u;
const COMBINING = /\p{M}/u;
const VOWEL_BASE = /[aeiouyAEIOUY]/u;
const LETTER = /\p{L}/u;

function isTone(ch: string): boolean {
  return TONE_MARKS.has(ch);
}

/** Decompose to NFD, each code point keeping its source column. */
function decompose(line: string): Unit[] {
  const units: Unit[] = [];
  let column = 0;
  for (const cp of line) {
    let ch = cp;
    if (INVISIBLE.test(ch)) {
      column += cp.length;
      continue;
    }
    if (SPACE.test(ch)) ch = ' ';
    else if (HYPHENS.test(ch)) ch = '-';
    else if (ch === '\u00D0') ch = '\u0110';
    else if (QUOTE_OPEN.test(ch)) ch = '\u201C';
    else if (ch === '\u2033') ch = '"';
    for (const part of ch.normalize('NFD')) units.push({ ch: part, origin: column });
    column += cp.length;
  }
  return units;
}

/** Indices of the letters (with their marks) of the syllable around index `at`. */
function syllableBounds(units: Unit[], at: number): [number, number] {
  let start = at;
  while (start > 0 && (LETTER.test(units[start - 1]!.ch) || COMBINING.test(units[start - 1]!.ch))) start -= 1;
  let end = at;
  while (end < units.length && (LETTER.test(units[end]!.ch) || COMBINING.test(units[end]!.ch))) end += 1;
  return [start, end];
}

/** Where a tone mark belongs in the syllable [start, end): index of the vowel to put it after. */
function toneVowel(units: Unit[], start: number, end: number): number {
  const vowels: number[] = [];
  for (let i = start; i < end; i += 1) if (VOWEL_BASE.test(units[i]!.ch)) vowels.push(i);
  if (vowels.length === 0) return -1;
  const modified = (i: number) => {
    const next = units[i + 1]?.ch;
    return next === '\u0302' || next === '\u0306' || next === '\u031B';
  };
  // "qu" and "gi" onsets: their u/i is not the nucleus when another vowel follows
  const first = vowels[0]!;
  const onset = units.slice(start, first).map((u) => u.ch.toLowerCase()).join('');
  let nucleus = vowels;
  if (nucleus.length > 1 && ((onset === 'q' && units[first]!.ch.toLowerCase() === 'u') || (onset === 'g' && units[first]!.ch.toLowerCase() === 'i'))) {
    nucleus = vowels.slice(1);
  }
  const withModifier = nucleus.filter(modified);
  if (withModifier.length > 0) return withModifier[withModifier.length - 1]!; // ươ → ơ; ê, ô, â …
  const last = nucleus[nucleus.length - 1]!;
  const endsInConsonant = last < end - 1 && units.slice(last + 1, end).some((u) => LETTER.test(u.ch) && !COMBINING.test(u.ch));
  if (nucleus.length === 1 || endsInConsonant) return last;
  return nucleus[nucleus.length - 2]!;
}

/** Index after the base letter at `i` and the non-tone marks that follow it. */
function afterModifiers(units: Unit[], i: number): number {
  let j = i + 1;
  while (j < units.length && COMBINING.test(units[j]!.ch) && !isTone(units[j]!.ch)) j += 1;
  return j;
}

function repairToneMarks(units: Unit[]): Unit[] {
  const out = [...units];
  for (let i = 0; i < out.length; i += 1) {
    if (!isTone(out[i]!.ch)) continue;
    const mark = out[i]!;
    // detached: spaces between the mark and the syllable it belongs to
    let j = i - 1;
    while (j >= 0 && out[j]!.ch === ' ') j -= 1;
    if (j < 0) continue;
    let base = j;
    while (base > 0 && COMBINING.test(out[base]!.ch)) base -= 1;
    if (!LETTER.test(out[base]!.ch)) continue;
    const [start, end] = syllableBounds(out, base);
    const hasOtherTone = out.slice(start, end).some((u, k) => start + k !== i && isTone(u.ch));
    const onVowel = j === i - 1 && VOWEL_BASE.test(out[base]!.ch);
    if (onVowel || hasOtherTone) continue;
    const vowel = toneVowel(out, start, end);
    if (vowel < 0) continue;
    // the mark moves; the spaces it was displaced past stay, they separate words
    out.splice(i, 1);
    const target = afterModifiers(out, vowel);
    out.splice(target, 0, mark);
    i = target;
  }
  return out;
}

/** "lựơng" → "lượng": in ư+ơ the tone sits on ơ. */
function fixUoTone(units: Unit[]): void {
  for (let i = 0; i + 4 < units.length; i += 1) {
    const [u, horn1, tone, o, horn2] = [units[i]!, units[i + 1]!, units[i + 2]!, units[i + 3]!, units[i + 4]!];
    if (/[uU]/u.test(u.ch) && horn1.ch === '\u031B' && isTone(tone.ch) && /[oO]/u.test(o.ch) && horn2.ch === '\u031B') {
      units.splice(i + 2, 1);
      units.splice(i + 4, 0, tone);
    }
  }
}

/** Compose back to NFC, each composed character keeping the column of its base. */
function compose(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  let i = 0;
  while (i < units.length) {
    let j = i + 1;
    while (j < units.length && COMBINING.test(units[j]!.ch)) j += 1;
    const cluster = units.slice(i, j).map((u) => u.ch).join('').normalize('NFC');
    const origin = units[i]!.origin;
    for (const cp of cluster) out.push({ ch: cp, origin });
    i = j;
  }
  return out;
}

function stripEmphasis(units: Unit[]): { units: Unit[]; emphasis: NormalizedLine['emphasis'] } {
  const text = units.map((u) => u.ch).join('');
  let emphasis: NormalizedLine['emphasis'] = null;
  const drop = new Set<number>();
  // string offset → unit index (a unit may be a surrogate pair)
  const unitAt: number[] = [];
  units.forEach((u, k) => {
    for (let c = 0; c < u.ch.length; c += 1) unitAt.push(k);
  });
  for (const m of text.matchAll(/\*\*|__/gu)) {
    drop.add(unitAt[m.index]!);
    drop.add(unitAt[m.index + 1]!);
    emphasis = 'bold';
  }
  for (const m of text.matchAll(/(?<![*\w])\*(?=[^\s*])|(?<=[^\s*])\*(?![*\w])/gu)) {
    if (m.index === 0 && text[1] === ' ') continue; // "* item" is a list marker
    drop.add(unitAt[m.index]!);
    emphasis ??= 'italic';
  }
  return { units: units.filter((_, k) => !drop.has(k)), emphasis };
}

function collapseSpaces(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    if (u.ch === ' ' && (out.length === 0 || out[out.length - 1]!.ch === ' ')) continue;
    out.push(u);
  }
  while (out.length > 0 && out[out.length - 1]!.ch === ' ') out.pop();
  return out;
}

/** Anything the slow path would change: marks, odd spaces, invisibles, look-alikes, emphasis, runs of spaces. */
const NEEDS_WORK = /[\p{M}\s\u00A0\u00AD\u00D0\u1680\u2000-\u200F\u2010\u2011\u201E\u201F\u2033\u202F\u205F\u2060\u2212\u2043\u3000\uFEFF*_]/u;

/** "lựơng": a tone on ư where ơ follows */
const MISPLACED_UO_TONE = /[ừứửữựỪỨỬỮỰ][ơƠ]/u;

function isPlain(line: string): boolean {
  // single inner spaces are fine; anything else goes the slow way
  return !NEEDS_WORK.test(line.replaceAll(/(?<=\S) (?=\S)/gu, '')) && !MISPLACED_UO_TONE.test(line) && line === line.normalize('NFC');
}

export function normalizeLine(line: string): NormalizedLine {
  const lead = line.length - line.trimStart().length;
  const core = line.trim();
  if (isPlain(core)) return { text: core, columnOf: (i) => lead + i, emphasis: null };
  const decomposed = decompose(line);
  const repaired = repairToneMarks(decomposed);
  fixUoTone(repaired);
  const { units, emphasis } = stripEmphasis(compose(repaired));
  const final = collapseSpaces(units);
  const origin: number[] = [];
  let text = '';
  for (const u of final) {
    text += u.ch;
    for (let c = 0; c < u.ch.length; c += 1) origin.push(u.origin);
  }
  return { text, columnOf: (i) => origin[Math.min(i, origin.length - 1)] ?? 0, emphasis };
}
