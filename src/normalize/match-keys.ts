/**
 * Keys for matching Vietnamese text whatever the typist's tone style, case, quotes or dashes
 * (research report §3.6):
 *
 *   toneKey("khoá XI") === toneKey("khóa XI") === "khoá xi"
 *   toneKey("UỶ BAN") === toneKey("Ủy ban") === "uỷ ban"
 *   foldKey("Độc lập – Tự do") === "doc lap - tu do"
 *
 * `toneKey` is the display text, lowercased, with every syllable's tone at its place in the new
 * style (`hoà`, `thuỷ`: QĐ 1989/QĐ-BGDĐT 2018), quotes and dashes in ASCII; `foldKey` also drops
 * every mark and maps đ → d. `withCanonicalTones` is the tone part alone, keeping case and
 * length, so a scanner can match canonical words on it and slice the text it was made from.
 */
import { normalizeDisplay } from './normalize-line.js';
import { isSpaceCode } from './space-codes.js';
import { restyleWord, shapeOfWord, spellWord } from './tone-marks.js';
import { LetterClass, letterClass, letterInfoOfCode } from './vietnamese-letters.js';
import { MARKS } from './letter-classes.js';

/** (`charCodeAt.call(text, i)`, not `text.charCodeAt(i)`, in loops: see plain-line.ts) */
const charCodeAt = String.prototype.charCodeAt;
const COMBINING_MARKS = new RegExp(`[${MARKS}]`, 'gu');

/**
 * Where the old and new styles can differ: a toned o before a/e, a toned u before y (open). As a
 * regex, `/[òóỏõọÒÓỎÕỌ][aAeE]|[ùúủũụÙÚỦŨỤ][yY]/gu`; here a table of the first letters, by UTF-16 unit.
 */
const TONED_O = 1;
const TONED_U = 2;
const TONED_O_LETTERS = 'òóỏõọÒÓỎÕỌ';
const TONED_U_LETTERS = 'ùúủũụÙÚỦŨỤ';

/** The letters whose word `withCanonicalTones` may change (no other word is changed). */
export const OLD_STYLE_LETTERS = TONED_O_LETTERS + TONED_U_LETTERS;

function buildOldStyleTable(): Uint8Array {
  const table = new Uint8Array(0x1f00);
  for (const ch of TONED_O_LETTERS) table[ch.charCodeAt(0)] = TONED_O;
  for (const ch of TONED_U_LETTERS) table[ch.charCodeAt(0)] = TONED_U;
  return table;
}

const OLD_STYLE_FIRST = buildOldStyleTable();
/** The same pairs as a regex, to find the first (or none) before the table takes over. */
const OLD_STYLE_PAIR = new RegExp(`[${TONED_O_LETTERS}][aAeE]|[${TONED_U_LETTERS}][yY]`, 'u');

/** Is there an old-style pair at `i` (`text[i]` a toned o or u)? */
function oldStylePairAt(text: string, i: number, first: number): boolean {
  const next = charCodeAt.call(text, i + 1) | 0x20;
  return first === TONED_O ? next === 0x61 || next === 0x65 : next === 0x79;
}

const DOUBLE_QUOTES = /[“”„‟«»″〝〞＂]/gu;
const SINGLE_QUOTES = /[‘’‚‛′＇]/gu;
const DASHES = /[‒–—―−﹘﹣－]/gu;
const FULLWIDTH = /[\uFF01-\uFF5E]/gu;

function isWordCode(code: number): boolean {
  return letterClass(code) !== LetterClass.Other;
}

/** The text with each syllable's tone where the new style puts it; same length, same case. */
export function withCanonicalTones(text: string): string {
  // most texts have no pair at all: the regex engine finds that, or the first pair, at a glance
  const first = text.search(OLD_STYLE_PAIR);
  if (first < 0) return text;
  let out = '';
  let done = 0;
  // the pairs left to right, each search after the pair before (as the regex finds them)
  for (let i = first; i + 1 < text.length; i += 1) {
    const code = charCodeAt.call(text, i);
    // (every toned o and u is past U+00D1: most characters are passed with one comparison)
    if (code < 0xd2 || code >= 0x1f00) continue;
    const first = OLD_STYLE_FIRST[code]!;
    if (first === 0 || !oldStylePairAt(text, i, first)) continue;
    let start = i;
    let end = i + 2;
    i += 1;
    if (start < done) continue;
    while (start > 0 && isWordCode(charCodeAt.call(text, start - 1))) start -= 1;
    while (end < text.length && isWordCode(charCodeAt.call(text, end))) end += 1;
    const word = text.slice(start, end);
    const shape = shapeOfWord(word);
    const restyled = shape && restyleWord(shape, 'new');
    out += text.slice(done, start) + (restyled ? spellWord(restyled) : word);
    done = end;
  }
  return done === 0 ? text : out + text.slice(done);
}

/** What the steps of `toneKey` after lowercasing would find in a text, as bits (see `keyWork`): */
/** a Greek or Cyrillic letter (U+0370–U+052F, U+1F00–U+1FFF) */
const GREEK_OR_CYRILLIC_SEEN = 1;
const OLD_STYLE_SEEN = 2;
const QUOTE_DASH_OR_FULLWIDTH = 4;
const SPACES_TO_COLLAPSE = 8;
/** a character that is not NFC alone or may compose with the one before it */
const MAYBE_NOT_NFC = 16;

/** Quotes, dashes and fullwidth forms that `toneKey` makes ASCII (the regexes above, by UTF-16 unit). */
const ASCII_FORMS: ReadonlySet<number> = new Set([...'“”„‟«»″〝〞＂‘’‚‛′＇‒–—―−﹘﹣－'].map((ch) => ch.charCodeAt(0)));

/**
 * Which of the steps of `toneKey` could change the lowercased display text: one look at each
 * character. (Each step only writes characters the later steps leave alone: restyled letters,
 * ASCII quotes and dashes, single spaces.)
 */
function keyWork(text: string): number {
  let work = 0;
  let previous = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = charCodeAt.call(text, i);
    if (code < 0x80) {
      if (code <= 0x20 && isSpaceCode(code) && (code !== 0x20 || previous === 0x20)) work |= SPACES_TO_COLLAPSE;
    } else if (letterClass(code) !== LetterClass.Vietnamese) {
      // (below U+0300 every character is NFC alone, and none composes with a letter before it)
      if (code >= 0x300) work |= MAYBE_NOT_NFC;
      if ((code >= 0x370 && code <= 0x52f) || (code >= 0x1f00 && code <= 0x1fff)) work |= GREEK_OR_CYRILLIC_SEEN;
      if (ASCII_FORMS.has(code) || (code >= 0xff01 && code <= 0xff5e)) work |= QUOTE_DASH_OR_FULLWIDTH;
      if (isSpaceCode(code)) work |= SPACES_TO_COLLAPSE;
    } else if (OLD_STYLE_FIRST[code] !== 0) work |= OLD_STYLE_SEEN;
    previous = code;
  }
  return work;
}

/** Lowercase, one tone placement, ASCII quotes and dashes, single spaces. */
export function toneKey(text: string): string {
  let display = normalizeDisplay(text).toLowerCase();
  let work = keyWork(display);
  // display again when lowercasing may have made a look-alike its capital was not (Ԁ → ԁ)
  if ((work & GREEK_OR_CYRILLIC_SEEN) !== 0) {
    display = normalizeDisplay(display);
    work = keyWork(display);
  }
  // only the steps that can change the text (most keys: none)
  let key = (work & OLD_STYLE_SEEN) !== 0 ? withCanonicalTones(display) : display;
  if ((work & QUOTE_DASH_OR_FULLWIDTH) !== 0) key = asciiForms(key);
  if ((work & SPACES_TO_COLLAPSE) !== 0) key = key.replace(/\s+/gu, ' ');
  key = key.trim();
  return (work & MAYBE_NOT_NFC) !== 0 ? key.normalize('NFC') : key;
}

function asciiForms(text: string): string {
  return text
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(DASHES, '-')
    .replace(FULLWIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** What folding makes of each letter outside ASCII (by UTF-16 unit): its NFD without marks, đ → d. */
function buildFolds(): readonly (string | undefined)[] {
  const folds = new Array<string | undefined>(0x1f00).fill(undefined);
  for (let code = 0x80; code < 0x1f00; code += 1) {
    if (letterInfoOfCode(code) !== undefined) folds[code] = foldAll(String.fromCharCode(code));
  }
  return folds;
}

const FOLDS = buildFolds();

/** The tone key without any mark: lowercase ASCII letters for Vietnamese, đ → d. */
export function foldKey(text: string): string {
  return foldOfToneKey(toneKey(text));
}

/** `foldKey` of a text whose `toneKey` is `key` (for callers that have the tone key already). */
export function foldOfToneKey(key: string): string {
  // a key of ASCII and Vietnamese letters folds letter by letter (no mark stands alone in it)
  let out = '';
  let done = 0;
  for (let i = 0; i < key.length; i += 1) {
    const code = charCodeAt.call(key, i);
    if (code < 0x80) continue;
    const fold = code < 0x1f00 ? FOLDS[code] : undefined;
    if (fold === undefined) return foldAll(key);
    out += key.slice(done, i) + fold;
    done = i + 1;
  }
  return done === 0 ? key : out + key.slice(done);
}

function foldAll(key: string): string {
  // a mark left alone between spaces would leave two spaces behind
  return key.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/gu, 'd').replace(/ {2,}/gu, ' ').trim().normalize('NFC');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * Regex source matching any of `words` in canonical tone style, longest first, any spacing
 * between syllables. Match it on `withCanonicalTones(text)`: then `Ủy ban` in the list finds
 * `Uỷ ban` and `Ủy ban` alike, at the offsets of the text.
 */
export function keyAlternation(words: readonly string[]): string {
  return [...new Set(words.map(withCanonicalTones))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.split(' ').map(escapeRegExp).join('\\s+'))
    .join('|');
}
