/**
 * Tone-mark repair of one word by the syllable grammar (research report §3.5): a tone that sits
 * on a consonant or on the wrong vowel (`hoc̣`, `qúa`, `lựơng`, `baỏ`) moves to the vowel that
 * carries it; duplicates collapse (`việc̣`); a tone detached after a space is re-attached to a
 * toneless neighbour it fits (`nghê ̣(`). A placement that is valid in either style is the
 * source's own and is kept (`khoá` and `khóa`); only placements valid in neither are moved,
 * to the `new` style. Words that are not Vietnamese syllables are never changed.
 */
import { spellingFix } from './spelling.js';
import { parseToned, toneIndex, type Syllable, type ToneStyle } from './syllable.js';
import { composeLetter, letterInfo, letterInfoOfCode, QUALITY_VOWELS, toneOfMark, type Tone } from './vietnamese-letters.js';
import { MARKS } from './letter-classes.js';

/** (`charCodeAt.call(text, i)`, not `text.charCodeAt(i)`, in loops: see plain-line.ts) */
const charCodeAt = String.prototype.charCodeAt;

/** A word as letters and tone marks, whatever way it was written (NFC, NFD, spacing accents). */
export interface WordShape {
  /** toneless lowercase letters, one UTF-16 unit each */
  bases: string;
  upper: readonly boolean[];
  /** every tone mark written, with the index of the letter it follows */
  tones: readonly { tone: Tone; at: number; spacing: boolean }[];
}

export type RepairKind = 'tone-mark-moved' | 'spelling';

/** A repaired word: its letters and the single tone, on letter `at` (-1: no tone). */
export interface RepairedWord {
  bases: string;
  upper: readonly boolean[];
  tone: Tone;
  at: number;
  kind: RepairKind;
}

/** The precomposed text of a repaired word. */
export function spellWord(word: RepairedWord): string {
  let out = '';
  for (let i = 0; i < word.bases.length; i += 1) out += composeLetter(word.bases[i]!, i === word.at ? word.tone : 0, word.upper[i]!);
  return out;
}

/** Shape of a word written in precomposed letters; null when a character is not a Vietnamese letter. */
export function shapeOfWord(word: string): WordShape | null {
  let bases = '';
  const upper: boolean[] = [];
  const tones: { tone: Tone; at: number; spacing: boolean }[] = [];
  // unit by unit: every letter is one, and half of a surrogate pair is no letter
  for (let i = 0; i < word.length; i += 1) {
    const info = letterInfoOfCode(charCodeAt.call(word, i));
    if (!info) return null;
    if (info.tone !== 0) tones.push({ tone: info.tone, at: bases.length, spacing: false });
    bases += info.base;
    upper.push(info.upper);
  }
  return { bases, upper, tones };
}

function hasDiacritic(word: WordShape): boolean {
  return word.tones.length > 0 || hasMarkedBase(word.bases);
}

/**
 * The repair a word needs, or null when it is fine as written or is not a Vietnamese syllable.
 * Spacing accents count as tones only in words of two letters or more (`Universit e´` stays).
 */
export function repairWord(word: WordShape, style: ToneStyle): RepairedWord | null {
  const tones = word.tones.filter((t) => !t.spacing || word.bases.length >= 2);
  const tone = tones[0]?.tone ?? 0;
  if (tones.some((t) => t.tone !== tone)) return null; // tìến: which one is meant is unknowable
  let { bases, upper } = word;
  let syllable: Syllable | null = parseToned(bases, tone);
  let kind: RepairKind = 'tone-mark-moved';
  if (!syllable) {
    // only words that carry Vietnamese marks: an unmarked word may be foreign (Ghana)
    if (!hasDiacritic(word)) return null;
    const fix = spellingFix(bases, tone);
    if (!fix) return null;
    ({ bases, syllable } = fix);
    if (fix.removed >= 0) upper = [...upper.slice(0, fix.removed), ...upper.slice(fix.removed + 1)];
    kind = 'spelling';
  } else {
    if (tones.length === 0) return null;
    const only = tones.length === 1 ? tones[0]! : null;
    if (only && !only.spacing && (only.at === toneIndex(syllable, 'old') || only.at === toneIndex(syllable, 'new'))) return null;
  }
  return { bases, upper, tone, at: tone === 0 ? -1 : toneIndex(syllable, style), kind };
}

/**
 * `repairWord(shapeOfWord(word), style) !== null` for the word `text[start, end)` (false when it
 * is not all precomposed letters), without building the shape or the repair: asked once for each
 * word of a document that the fast path could not pass.
 */
export function needsRepair(text: string, start: number, end: number, style: ToneStyle): boolean {
  let bases = '';
  // the first tone and where it is; how many tones; whether they differ
  let tone: Tone = 0;
  let at = -1;
  let tones = 0;
  let mixed = false;
  for (let i = start; i < end; i += 1) {
    const info = letterInfoOfCode(charCodeAt.call(text, i));
    if (!info) return false;
    if (info.tone !== 0) {
      if (tones === 0) {
        tone = info.tone;
        at = i - start;
      } else if (info.tone !== tone) mixed = true;
      tones += 1;
    }
    bases += info.base;
  }
  if (mixed) return false;
  const syllable = parseToned(bases, tone);
  if (!syllable) return (tones > 0 || hasMarkedBase(bases)) && spellingFix(bases, tone) !== null;
  if (tones === 0) return false;
  return tones > 1 || (at !== toneIndex(syllable, 'old') && at !== toneIndex(syllable, 'new'));
}

/** Is a base đ or a vowel with a quality mark? */
function hasMarkedBase(bases: string): boolean {
  for (const b of bases) if (b === 'đ' || QUALITY_VOWELS.includes(b)) return true;
  return false;
}

/** A detached tone put on a toneless word it fits (`nghê` + U+0323 → `nghệ`), or null. */
export function attachTone(word: WordShape, tone: Tone, style: ToneStyle): RepairedWord | null {
  if (word.tones.length > 0) return null;
  const syllable = parseToned(word.bases, tone);
  if (!syllable) return null;
  return { bases: word.bases, upper: word.upper, tone, at: toneIndex(syllable, style), kind: 'tone-mark-moved' };
}

/**
 * The word with its tone at the place `style` puts it, when it is a valid syllable with one tone
 * placed in the other style (`hòa` → `hoà` for new); null otherwise.
 */
export function restyleWord(word: WordShape, style: ToneStyle): RepairedWord | null {
  if (word.tones.length !== 1) return null;
  const { tone, at } = word.tones[0]!;
  const syllable = parseToned(word.bases, tone);
  if (!syllable) return null;
  const target = toneIndex(syllable, style);
  return target === at ? null : { bases: word.bases, upper: word.upper, tone, at: target, kind: 'tone-mark-moved' };
}

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const COMBINING = new RegExp(String.raw`[${MARKS}]`, 'u');

/**
 * Is a written word (precomposed or decomposed, any case) one Vietnamese syllable, with at most
 * one tone and a tone its final allows? (Where the tone sits does not matter here.)
 */
export function isVietnameseSyllable(word: string): boolean {
  // most words are precomposed letters only: their shape holds what NFD would show
  const precomposed = shapeOfWord(word);
  if (precomposed !== null) {
    const tone = precomposed.tones[0]?.tone ?? 0;
    if (precomposed.tones.some((t) => t.tone !== tone)) return false;
    return parseToned(precomposed.bases, tone) !== null;
  }
  // ñ, ö, ṭ …: letters of other alphabets, even though NFD would show a tone in them
  for (const ch of word.normalize('NFC')) if (letterInfo(ch) === undefined && !COMBINING.test(ch)) return false;
  const decomposed = word.normalize('NFD');
  const tones = new Set((decomposed.match(TONE_MARK) ?? []).map(toneOfMark));
  if (tones.size > 1) return false;
  const shape = shapeOfWord(decomposed.replace(TONE_MARK, '').normalize('NFC'));
  return shape !== null && parseToned(shape.bases, [...tones][0] ?? 0) !== null;
}
