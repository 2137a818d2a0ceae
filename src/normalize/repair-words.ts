/**
 * Tone and spelling repair of the words of a tokenized line (research report §3.5), keeping the
 * source column of every letter: words in precomposed letters are checked against the grammar
 * (once per distinct word of a document), words with combining marks or with a tone composed
 * onto a consonant (`ṭ`) are decomposed first; then orphan tone marks are put back on a toneless
 * neighbour they fit.
 */
import type { PendingFix } from './line-fixes.js';
import { charsOf, isMark, sourceRange, type Token, type Unit } from './line-units.js';
import type { ToneStyle } from './syllable.js';
import { attachTone, repairWord, spellWord, type RepairedWord, type WordShape } from './tone-marks.js';
import { wordHash, type WordVerdicts } from './word-verdicts.js';
import { decomposeCharacter, LetterClass, letterClass, letterInfo, QUALITY_MARKS, SPACING_TONES, toneOfMark, type Tone } from './vietnamese-letters.js';

/** Does a precomposed word need a tone or spelling repair? */
export function wordNeedsRepair(word: string, style: ToneStyle, verdicts: WordVerdicts): boolean {
  return verdicts.needsRepair(word, 0, word.length, wordHash(word, 0, word.length), style);
}

/** NFD units of a word, each part keeping the column of its character. */
function decomposeUnits(units: readonly Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const u of units) for (const part of decomposeCharacter(u.ch)) out.push({ ch: part, origin: u.origin });
  return out;
}

/** The letters and tone marks of a word's NFD units; null when it has a mark or letter foreign to Vietnamese. */
function shapeOfUnits(units: readonly Unit[]): { shape: WordShape; origins: number[] } | null {
  const letters: string[] = [];
  const origins: number[] = [];
  const tones: { tone: Tone; at: number; spacing: boolean }[] = [];
  for (const u of units) {
    const spacing = SPACING_TONES.get(u.ch);
    if (spacing !== undefined) tones.push({ tone: spacing, at: letters.length - 1, spacing: true });
    else if (QUALITY_MARKS.has(u.ch)) letters[letters.length - 1] += u.ch;
    else if (isMark(u.ch)) {
      const tone = toneOfMark(u.ch);
      if (tone === 0) return null; // ü, ç …: not a Vietnamese word
      tones.push({ tone, at: letters.length - 1, spacing: false });
    } else {
      letters.push(u.ch);
      origins.push(u.origin);
    }
  }
  let bases = '';
  const upper: boolean[] = [];
  for (const letter of letters) {
    const info = letterInfo(letter.length === 1 ? letter : letter.normalize('NFC'));
    if (!info || info.tone !== 0) return null;
    bases += info.base;
    upper.push(info.upper);
  }
  return { shape: { bases, upper, tones }, origins };
}

function unitsOfRepair(word: RepairedWord, origins: readonly number[], removed: number): Unit[] {
  const kept = removed < 0 ? origins : [...origins.slice(0, removed), ...origins.slice(removed + 1)];
  return [...spellWord(word)].map((ch, i) => ({ ch, origin: kept[i]! }));
}

function removedLetter(shape: WordShape, word: RepairedWord): number {
  if (word.bases.length === shape.bases.length) return -1;
  for (let i = 0; i < word.bases.length; i += 1) if (word.bases[i] !== shape.bases[i]) return i;
  return word.bases.length;
}

interface RepairOptions {
  style: ToneStyle;
  verdicts: WordVerdicts;
}

/** A word token in precomposed Vietnamese letters only (one unit per letter)? And does it have a non-ASCII one? */
function precomposedKind(units: readonly Unit[]): 'ascii' | 'vietnamese' | null {
  let kind: 'ascii' | 'vietnamese' = 'ascii';
  for (const u of units) {
    const c = letterClass(u.ch.charCodeAt(0));
    if (c === LetterClass.Vietnamese) kind = 'vietnamese';
    else if (c !== LetterClass.Ascii) return null;
  }
  return kind;
}

function repairWordToken(token: Token, line: string, options: RepairOptions, fixes: PendingFix[]): void {
  const kind = precomposedKind(token.units);
  if (kind === 'ascii') return; // no mark at all: nothing a repair could move
  if (kind === 'vietnamese' && !wordNeedsRepair(charsOf(token.units), options.style, options.verdicts)) return;
  const parsed = shapeOfUnits(decomposeUnits(token.units));
  if (!parsed) return;
  const repaired = repairWord(parsed.shape, options.style);
  if (!repaired) return;
  fixes.push({ code: repaired.kind === 'spelling' ? 'normalize/spelling' : 'normalize/tone-mark-moved', ...sourceRange(token.units, line) });
  token.units = unitsOfRepair(repaired, parsed.origins, removedLetter(parsed.shape, repaired));
}

/** An orphan run of one tone mark, put on the nearest toneless word it fits (left first). */
function reattachOrphan(tokens: Token[], k: number, line: string, style: ToneStyle, fixes: PendingFix[]): void {
  const token = tokens[k]!;
  const tone = toneOfMark(token.units[0]!.ch);
  if (tone === 0 || token.units.some((u) => u.ch !== token.units[0]!.ch)) return;
  // across one run of spaces at most: the output collapses it to one space, so its length cannot
  // matter (or the repair would differ on the normalized text and not be idempotent)
  const near = (step: 1 | -1): Token | null => {
    const next = tokens[k + step];
    if (next?.kind === 'word') return next;
    const after = tokens[k + 2 * step];
    return next?.kind === 'space' && after?.kind === 'word' ? after : null;
  };
  for (const word of [near(-1), near(1)]) {
    if (!word) continue;
    const parsed = shapeOfUnits(decomposeUnits(word.units));
    const attached = parsed && attachTone(parsed.shape, tone, style);
    if (!attached) continue;
    const range = sourceRange(word.units, line);
    const orphan = sourceRange(token.units, line);
    const before = line.slice(Math.min(range.from, orphan.from), Math.max(range.to, orphan.to));
    fixes.push({ code: 'normalize/tone-mark-reattached', from: range.from, to: range.to, before });
    word.units = unitsOfRepair(attached, parsed.origins, -1);
    token.units = [];
    return;
  }
}

/** Repair the words, then the orphan marks, of a tokenized line (tokens are changed in place). */
export function repairTokens(tokens: Token[], line: string, options: RepairOptions, fixes: PendingFix[]): void {
  for (const token of tokens) if (token.kind === 'word') repairWordToken(token, line, options, fixes);
  tokens.forEach((token, k) => {
    if (token.kind === 'orphan') reattachOrphan(tokens, k, line, options.style, fixes);
  });
}
