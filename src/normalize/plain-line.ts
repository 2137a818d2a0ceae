/**
 * The fast path of line normalization: is a line already canonical? Most lines of a document
 * are, and this decides it without building units — a few regex tests and one pass over the
 * characters, with the grammar consulted once per distinct word that has a Vietnamese letter.
 */
import type { WordVerdicts } from './word-verdicts.js';
import { hasSuspectSymbolDash } from './symbol-dashes.js';
import type { ToneStyle } from './syllable.js';
import { TYPO_SUSPECT } from './typo-bigrams.js';
import { isVowelCode, LATIN_LETTERS_END, LetterClass, letterClass } from './vietnamese-letters.js';

/**
 * Characters only the slow path handles: tab and other control spaces, `*` `_` (emphasis), NBSP,
 * soft hyphen, spacing accents, Ð ð Ɖ ɖ, combining marks, Greek (also extended) and Cyrillic (look-alikes),
 * Unicode spaces, zero-width characters, hyphens, „ ‟ ″, U+2212, slashes other than `/` (⁄ ∕ ／),
 * Symbol-font bullets, ligatures, BOM.
 */
const SLOW_RANGES: readonly (readonly [number, number])[] = [
  [0x09, 0x0d], [0x2a, 0x2a], [0x5f, 0x5f], [0x85, 0x85], [0xa0, 0xa0], [0xad, 0xad], [0xb4, 0xb4], [0xd0, 0xd0], [0xf0, 0xf0],
  [0x189, 0x189], [0x256, 0x256], [0x2ca, 0x2cb], [0x2dc, 0x2dc], [0x300, 0x36f], [0x370, 0x52f], [0x1680, 0x1680],
  [0x1ab0, 0x1aff], [0x1dc0, 0x1dff], [0x1f00, 0x1fff], [0x2000, 0x2011], [0x201e, 0x201f], [0x2028, 0x2029], [0x202f, 0x202f],
  [0x2033, 0x2033], [0x2043, 0x2044], [0x205f, 0x2060], [0x20d0, 0x20ff], [0x2212, 0x2212], [0x2215, 0x2215], [0x3000, 0x3000],
  [0xf000, 0xf0ff], [0xfb00, 0xfb06], [0xfe20, 0xfe2f], [0xfeff, 0xfeff], [0xff0f, 0xff0f],
];

/** What the fast path needs to know of a UTF-16 code unit, as bits: one table read per character (bit 128 is left free). */
const enum Char {
  /** only the slow path handles it; also ñ, ö, ṭ …: a tone may be composed onto a consonant */
  Slow = 1,
  /** a letter of the Vietnamese alphabet (ASCII or precomposed) */
  Letter = 2,
  /** a precomposed letter outside ASCII */
  Marked = 4,
  Vowel = 8,
  /** may not be NFC even without a combining mark (Ω U+2126, Hangul jamo …) */
  Exotic = 16,
  /** a dash that may sit inside a legal symbol */
  Dash = 32,
  /** ò, Ò: may be the typo "thòi" */
  OGrave = 64,
  /** a dash other than the hyphen-minus (– —) */
  OtherDash = 256,
}

function buildCharTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  // past the Latin letters, filled by ranges (read at every start of the command line: a loop over
  // all 65,536 code units cost some 2 ms there) as the loop below would fill them
  table.fill(Char.Exotic, LATIN_LETTERS_END, 0x2000);
  table.fill(Char.Dash | Char.OtherDash, 0x2010, 0x2016);
  table.fill(Char.Exotic, 0x20d0, 0x10000);
  for (let code = 0; code < LATIN_LETTERS_END; code += 1) {
    const kind = letterClass(code);
    if (kind === LetterClass.OtherLatin) table[code] = Char.Slow;
    else if (kind === LetterClass.Ascii || kind === LetterClass.Vietnamese) {
      table[code] =
        Char.Letter |
        (kind === LetterClass.Vietnamese ? Char.Marked : 0) |
        (isVowelCode(code) ? Char.Vowel : 0) |
        (code === 0xf2 || code === 0xd2 ? Char.OGrave : 0);
    } else if (code >= 0x300 && (code < 0x2000 || code > 0x20cf)) table[code] = Char.Exotic;
    else if (code === 0x2d) table[code] = Char.Dash;
    else if (code >= 0x2010 && code <= 0x2015) table[code] = Char.Dash | Char.OtherDash;
  }
  // (no letter is in these ranges)
  for (const [from, to] of SLOW_RANGES) table.fill(Char.Slow, from, to + 1);
  return table;
}

const CHAR_TABLE = buildCharTable();

/**
 * `String.prototype.charCodeAt`, called as `charCodeAt.call(text, i)` in the loops of the
 * normalizer. Written `text.charCodeAt(i)`, the call starts with a property load on the string, and
 * V8 keeps that load's feedback by the string's representation (flat or sliced, one- or two-byte,
 * internalized …): these functions are passed many (document lines, the match keys of the other
 * stages), and past four the compiled loop looks the method up generically at every character.
 * Through `.call` the target is this one function. (A constant of the module itself: one imported
 * from another module is not folded into the compiled code.)
 */
const charCodeAt = String.prototype.charCodeAt;

/** Is this UTF-16 unit one that only the slow path handles? */
export function isSlowCode(code: number): boolean {
  return (CHAR_TABLE[code]! & Char.Slow) !== 0;
}

/**
 * Could a marked word (the letters `core[start, end)`, two vowels side by side or not) need a
 * repair? Only where a tone can be misplaced or a spelling rule applies: two vowels side by side,
 * or after qu, gi, gh, ngh. A word with a single vowel has its tone, if any, where it belongs.
 */
function mayNeedRepair(core: string, start: number, end: number, adjacentVowels: boolean): boolean {
  if (adjacentVowels) return true;
  const first = charCodeAt.call(core, start) | 0x20;
  const second = start + 1 < end ? charCodeAt.call(core, start + 1) | 0x20 : 0;
  if (first === 0x71) return true; // qu
  if (first === 0x67) return second === 0x69 || second === 0x68; // gi, gh
  if (first === 0x6e) return second === 0x67 && start + 2 < end && (charCodeAt.call(core, start + 2) | 0x20) === 0x68; // ngh
  return false;
}

/** A bit the table does not use, set in a word's bits when it has two vowels side by side (Char.Vowel moved up). */
const ADJACENT_VOWELS = Char.Vowel << 4;

/**
 * True when normalizing the (trimmed) line would return it unchanged. One table read per
 * character; the grammar is asked (through the document's verdict table) only about words with a
 * letter outside ASCII where a tone can be misplaced.
 */
export function isPlainLine(core: string, style: ToneStyle, verdicts: WordVerdicts): boolean {
  // what the line's characters have shown (Char bits)
  let seen = 0;
  const length = core.length;
  let i = 0;
  while (i < length) {
    let code = charCodeAt.call(core, i);
    let c = CHAR_TABLE[code]!;
    if ((c & Char.Letter) !== 0) {
      // a word, read to its end in a loop of its own: its letters' bits, and its hash for the
      // verdict table (wordHash's steps, inlined with its constants as literals: an imported
      // constant is converted at every step)
      const start = i;
      let word = 0;
      let previous = 0;
      let hash = 0x011c9dc5;
      for (;;) {
        hash = Math.imul(hash ^ code, 0x01000193) & 0x3fffffff;
        word |= c | ((c & previous & Char.Vowel) << 4);
        previous = c;
        i += 1;
        if (i === length) break;
        code = charCodeAt.call(core, i);
        c = CHAR_TABLE[code]!;
        if ((c & Char.Letter) === 0) break;
      }
      if ((word & Char.Marked) !== 0 && mayNeedRepair(core, start, i, (word & ADJACENT_VOWELS) !== 0) && verdicts.needsRepair(core, start, i, hash, style)) return false;
      seen |= word;
      if (i === length) break;
    }
    // (i > 0: reading before the start would deoptimize the loop on the first empty line)
    if ((c & Char.Slow) !== 0 || (code === 0x20 && i > 0 && charCodeAt.call(core, i - 1) === 0x20)) return false;
    seen |= c;
    i += 1;
  }
  if (length > 0 && charCodeAt.call(core, length - 1) === 0x20) return false;
  if ((seen & Char.OGrave) !== 0 && TYPO_SUSPECT.test(core)) return false;
  if ((seen & Char.Dash) !== 0 && hasSuspectSymbolDash(core, (seen & Char.OtherDash) !== 0)) return false;
  return (seen & Char.Exotic) === 0 || core === core.normalize('NFC');
}
