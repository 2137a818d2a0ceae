/**
 * Normalization of one source line into canonical display text (research report §3.1 C–I),
 * keeping for every output character the column of the source character it came from, and a
 * record of every repair.
 *
 * - spaces: NBSP, thin and other Unicode spaces, tabs → one space; runs collapsed; ends trimmed
 * - invisible characters (zero-width, soft hyphen, BOM) removed
 * - hyphen look-alikes (‐ ‑ − ⁃) → "-"; en/em dashes are kept, they carry meaning, except
 *   inside legal symbols (`04/2015/NĐ – CP` → `04/2015/NĐ-CP`)
 * - quotes: „ ‟ → “, ″ → "; curly and straight quotes are otherwise kept as written
 * - confusables: Ð/ð → Đ/đ, ligatures, Symbol-font bullets, Cyrillic/Greek look-alikes in Latin words
 * - tone marks repaired by the syllable grammar (`hoc̣` → `học`, `nghê ̣(` → `nghệ (`, `qúa` →
 *   `quá`), the source's own style kept (`khoá`, `khóa`); unambiguous misspellings of invalid
 *   syllables (`nghành` → `ngành`); a few known typos of valid ones (`kịp thòi` → `kịp thời`); NFC
 * - markdown emphasis (`**…**`, `*…*`, `__…__`) removed, reported as `emphasis`
 *
 * Legacy encodings (TCVN3, VNI …) are decoded before this runs (src/normalize/legacy): their
 * letters hide in the soft hyphen and in control characters that this step removes.
 */
import type { SourceLine } from '../extract/source-line.js';
import { emphasisMarks } from './emphasis-marks.js';
import { resolveFixes, type LineFix, type PendingFix } from './line-fixes.js';
import { collapseSpaces, compose, mapCharacters, replaceHomoglyphs, sourceRange, textOf, tokenize, unitsOfTokens, type Unit } from './line-units.js';
import { nearPlainLine } from './near-plain-line.js';
import type { PreparedLine } from './paragraphs.js';
import { isPlainLine } from './plain-line.js';
import { repairTokens } from './repair-words.js';
import { isSpaceCode } from './space-codes.js';
import { hasSuspectSymbolDash, symbolDashEdits } from './symbol-dashes.js';
import type { ToneStyle } from './syllable.js';
import { TYPO_SUSPECT, typoFixes } from './typo-bigrams.js';
import { WordVerdicts } from './word-verdicts.js';

export type { LineFix } from './line-fixes.js';

/** (`charCodeAt.call(text, i)`, not `text.charCodeAt(i)`, in loops: see plain-line.ts) */
const charCodeAt = String.prototype.charCodeAt;

export interface NormalizedLine {
  text: string;
  /** column (UTF-16 index) in the source line of normalized character i */
  columnOf(i: number): number;
  /** the line carried markdown emphasis: "bold" for ** or __, "italic" for * */
  emphasis: 'bold' | 'italic' | null;
  fixes: readonly LineFix[];
}

/**
 * What normalizing the lines of one document shares: whether a word (as written, precomposed)
 * needs a repair, so each distinct word of a document is parsed once.
 */
export interface NormalizeContext {
  readonly verdicts: WordVerdicts;
  /** the style a moved tone takes */
  readonly style: ToneStyle;
  /** strip markdown emphasis (off for match keys) */
  readonly emphasis: boolean;
  /** the column maps of lines that are their own normalization, by their leading space (one per width) */
  readonly shifts: ((i: number) => number)[];
}

/** `expectedWords`: how many different words the lines will likely ask about (sizes the verdict table). */
export function createNormalizeContext(options: { emphasis?: boolean; expectedWords?: number } = {}): NormalizeContext {
  return { verdicts: new WordVerdicts(options.expectedWords), style: 'new', emphasis: options.emphasis ?? true, shifts: [] };
}

const NO_FIXES: readonly LineFix[] = Object.freeze([]);

/** The column map of a line that is its own normalization after `lead` characters of leading space. */
function shiftedBy(lead: number, context: NormalizeContext): (i: number) => number {
  let shift = context.shifts[lead];
  if (shift === undefined) {
    shift = (i) => lead + i;
    if (lead < 256) context.shifts[lead] = shift;
  }
  return shift;
}

/** One round of emphasis removal: `**` and `__` pairs, then single `*` at the edge of a word. */
function stripEmphasisOnce(units: Unit[]): { units: Unit[]; emphasis: NormalizedLine['emphasis'] } {
  const { text, unitAt } = textOf(units);
  const marks = emphasisMarks(text);
  const drop = new Set<number>();
  for (const i of marks.at) drop.add(unitAt[i]!);
  return { units: drop.size === 0 ? units : units.filter((_, k) => !drop.has(k)), emphasis: marks.emphasis };
}

/** Markdown emphasis removed, until none is left (a removal can leave a new `*` at a word's edge: `0*__`). */
function stripEmphasis(units: Unit[]): { units: Unit[]; emphasis: NormalizedLine['emphasis'] } {
  let emphasis: NormalizedLine['emphasis'] = null;
  let current = units;
  while (current.some((u) => u.ch === '*' || u.ch === '_')) {
    const round = stripEmphasisOnce(current);
    if (round.units.length === current.length) break;
    if (emphasis !== 'bold') emphasis = round.emphasis ?? emphasis;
    current = round.units;
  }
  return { units: current, emphasis };
}

/** Known typos of valid syllables; each fix has the length of the typo, unit for unit. */
function fixTypos(units: Unit[], line: string, fixes: PendingFix[]): void {
  // every typo of the table has an ò (TYPO_SUSPECT): most lines are passed without building their text
  if (!units.some((u) => u.ch === 'ò' || u.ch === 'Ò')) return;
  const { text, unitAt } = textOf(units);
  if (!TYPO_SUSPECT.test(text)) return;
  for (const typo of typoFixes(text)) {
    const first = unitAt[typo.start]!;
    fixes.push({ code: 'normalize/typo', ...sourceRange(units.slice(first, unitAt[typo.end - 1]! + 1), line) });
    [...typo.text].forEach((ch, i) => (units[first + i] = { ch, origin: units[first + i]!.origin }));
  }
}

/** Dashes inside legal symbols → "-" (spaces around them dropped). */
const SYMBOL_DASHES = new Set(['-', '‐', '‑', '–', '—', '−']);

function fixSymbolDashes(units: Unit[], line: string, fixes: PendingFix[]): Unit[] {
  // a symbol's dash is one of these: most lines are passed without building their text
  if (!units.some((u) => SYMBOL_DASHES.has(u.ch))) return units;
  const { text, unitAt } = textOf(units);
  if (!hasSuspectSymbolDash(text)) return units;
  const edits = symbolDashEdits(text);
  if (edits.length === 0) return units;
  const out: Unit[] = [];
  let next = 0;
  for (const edit of edits) {
    const from = unitAt[edit.start]!;
    const to = unitAt[edit.end - 1]! + 1;
    out.push(...units.slice(next, from));
    const removed = units.slice(from, to);
    const dash = removed.find((u) => u.ch !== ' ' && u.ch !== '\t') ?? removed[0]!;
    fixes.push({ code: 'normalize/symbol-dash', ...sourceRange(removed, line) });
    out.push({ ch: edit.replacement, origin: dash.origin });
    next = to;
  }
  out.push(...units.slice(next));
  return out;
}

export function normalizeLine(line: string, context: NormalizeContext = createNormalizeContext()): NormalizedLine {
  // built-in trim: it removes other Unicode spaces too, which only the slow path would keep apart
  const core = line.trim();
  if (isPlainLine(core, context.style, context.verdicts)) return { text: core, columnOf: shiftedBy(leadOf(line, core), context), emphasis: null, fixes: NO_FIXES };
  return normalizeNonPlainLine(line, context);
}

/**
 * `normalizeLine` of a source line, kept with its source (as the paragraphs take it): one object
 * per line, which a document has thousands of.
 */
export function prepareLine(source: SourceLine, context: NormalizeContext): PreparedLine {
  const line = source.text;
  const core = line.trim();
  if (isPlainLine(core, context.style, context.verdicts)) return { text: core, columnOf: shiftedBy(leadOf(line, core), context), emphasis: null, fixes: NO_FIXES, source };
  const { text, columnOf, emphasis, fixes } = normalizeNonPlainLine(line, context);
  return { text, columnOf, emphasis, fixes, source };
}

/** How many characters `trim` took from the start of the line (`line.length - line.trimStart().length`, without the string). */
function leadOf(line: string, core: string): number {
  if (core.length === line.length) return 0;
  let lead = 0;
  while (lead < line.length && isSpaceCode(charCodeAt.call(line, lead))) lead += 1;
  return lead;
}

/** `normalizeLine` of a line that is not its own normalization. */
function normalizeNonPlainLine(line: string, context: NormalizeContext): NormalizedLine {
  const near = nearPlainLine(line, context.emphasis, context.style, context.verdicts);
  if (near) {
    const { origins } = near;
    return { text: near.text, columnOf: (i) => origins[Math.min(i, origins.length - 1)] ?? 0, emphasis: near.emphasis, fixes: NO_FIXES };
  }
  const pending: PendingFix[] = [];
  // emphasis first: a mark removed between two letters joins them into one word to repair
  const mapped = mapCharacters(line, pending);
  const { units, emphasis } = context.emphasis ? stripEmphasis(mapped) : { units: mapped, emphasis: null };
  const tokens = tokenize(replaceHomoglyphs(units, line, pending));
  repairTokens(tokens, line, { style: context.style, verdicts: context.verdicts }, pending);
  const collapsed = collapseSpaces(compose(unitsOfTokens(tokens)));
  fixTypos(collapsed, line, pending);
  const final = fixSymbolDashes(collapsed, line, pending);
  const origins: number[] = [];
  let text = '';
  for (const u of final) {
    text += u.ch;
    for (let c = 0; c < u.ch.length; c += 1) origins.push(u.origin);
  }
  return {
    text,
    columnOf: (i) => origins[Math.min(i, origins.length - 1)] ?? 0,
    emphasis,
    fixes: resolveFixes(pending, text, origins),
  };
}

/** Display normalization of a text of any number of lines, without markdown handling (for keys). */
export function normalizeDisplay(text: string): string {
  const context = createNormalizeContext({ emphasis: false });
  // most keys are one line: no split
  if (!hasLineBreak(text)) return normalizeLine(text, context).text;
  return text
    .split(/\r\n|[\n\r\u0085\u2028\u2029]/u)
    .map((line) => normalizeLine(line, context).text)
    .join('\n');
}

/** `/[\n\r\u0085\u2028\u2029]/u.test(text)` */
function hasLineBreak(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = charCodeAt.call(text, i);
    if (code === 0x0a || code === 0x0d || code === 0x85 || code === 0x2028 || code === 0x2029) return true;
  }
  return false;
}
