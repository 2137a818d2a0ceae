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
import { restyleWord, shapeOfWord, spellWord } from './tone-marks.js';
import { LetterClass, letterClass } from './vietnamese-letters.js';

/** (`charCodeAt.call(text, i)`, not `text.charCodeAt(i)`, in loops: see plain-line.ts) */
const charCodeAt = String.prototype.charCodeAt;

/** Where the old and new styles can differ: a toned o before a/e, a toned u before y (open). */
const OLD_STYLE_PAIR = /[òóỏõọÒÓỎÕỌ][aAeE]|[ùúủũụÙÚỦŨỤ][yY]/gu;
const DOUBLE_QUOTES = /[“”„‟«»″〝〞＂]/gu;
const SINGLE_QUOTES = /[‘’‚‛′＇]/gu;
const DASHES = /[‒–—―−﹘﹣－]/gu;
const FULLWIDTH = /[\uFF01-\uFF5E]/gu;
const GREEK_OR_CYRILLIC = /[\u0370-\u052F\u1F00-\u1FFF]/u;

function isWordCode(code: number): boolean {
  return letterClass(code) !== LetterClass.Other;
}

/** The text with each syllable's tone where the new style puts it; same length, same case. */
export function withCanonicalTones(text: string): string {
  let out = '';
  let done = 0;
  for (const pair of text.matchAll(OLD_STYLE_PAIR)) {
    let start = pair.index;
    let end = pair.index + 2;
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

/** Lowercase, one tone placement, ASCII quotes and dashes, single spaces. */
export function toneKey(text: string): string {
  const lower = normalizeDisplay(text).toLowerCase();
  // display again when lowercasing may have made a look-alike its capital was not (Ԁ → ԁ)
  const display = GREEK_OR_CYRILLIC.test(lower) ? normalizeDisplay(lower) : lower;
  return withCanonicalTones(display)
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(DASHES, '-')
    .replace(FULLWIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\s+/gu, ' ')
    .trim()
    .normalize('NFC');
}

/** The tone key without any mark: lowercase ASCII letters for Vietnamese, đ → d. */
export function foldKey(text: string): string {
  // a mark left alone between spaces would leave two spaces behind
  return toneKey(text).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/ {2,}/gu, ' ').trim().normalize('NFC');
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
