/**
 * The fast path of line normalization: is a line already canonical? Most lines of a document
 * are, and this decides it without building units — a few regex tests and one pass over the
 * characters, with the grammar consulted once per distinct word that has a Vietnamese letter.
 */
import { wordNeedsRepair, type WordVerdicts } from './repair-words.js';
import { SYMBOL_DASH_SUSPECT } from './symbol-dashes.js';
import type { ToneStyle } from './syllable.js';
import { TYPO_SUSPECT } from './typo-bigrams.js';
import { isVowelCode, LetterClass, letterClass } from './vietnamese-letters.js';

/**
 * Characters only the slow path handles: tab and other control spaces, `*` `_` (emphasis), NBSP,
 * soft hyphen, spacing accents, Ð ð Ɖ ɖ, combining marks, Greek (also extended) and Cyrillic (look-alikes),
 * Unicode spaces, zero-width characters, hyphens, „ ‟ ″, U+2212, Symbol-font bullets, ligatures,
 * BOM. A table, not a regex: it is read in the one pass over each line.
 */
const SLOW_RANGES: readonly (readonly [number, number])[] = [
  [0x09, 0x0d], [0x2a, 0x2a], [0x5f, 0x5f], [0x85, 0x85], [0xa0, 0xa0], [0xad, 0xad], [0xb4, 0xb4], [0xd0, 0xd0], [0xf0, 0xf0],
  [0x189, 0x189], [0x256, 0x256], [0x2ca, 0x2cb], [0x2dc, 0x2dc], [0x300, 0x36f], [0x370, 0x52f], [0x1680, 0x1680],
  [0x1ab0, 0x1aff], [0x1dc0, 0x1dff], [0x1f00, 0x1fff], [0x2000, 0x2011], [0x201e, 0x201f], [0x2028, 0x2029], [0x202f, 0x202f],
  [0x2033, 0x2033], [0x2043, 0x2043], [0x205f, 0x2060], [0x20d0, 0x20ff], [0x2212, 0x2212], [0x3000, 0x3000],
  [0xf000, 0xf0ff], [0xfb00, 0xfb06], [0xfe20, 0xfe2f], [0xfeff, 0xfeff],
];

function buildSlowTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const [from, to] of SLOW_RANGES) table.fill(1, from, to + 1);
  return table;
}

const SLOW_TABLE = buildSlowTable();

/** a dash that is not a hyphen-minus, or a hyphen-minus next to a space: maybe inside a symbol */
const ODD_DASH = /[‐‑–—−]| -|- /;

/**
 * Could a word need a repair? Only with a Vietnamese letter outside ASCII, and only where a tone
 * can be misplaced or a spelling rule applies: next to another vowel, or after qu, gi, gh, ngh.
 * A word with a single vowel has its tone, if any, where it belongs.
 */
function mayNeedRepair(core: string, start: number, adjacentVowels: boolean): boolean {
  if (adjacentVowels) return true;
  const lower = (at: number) => core.charCodeAt(at) | 0x20;
  switch (lower(start)) {
    case 0x71: // qu
      return true;
    case 0x67: // gi, gh
      return lower(start + 1) === 0x69 || lower(start + 1) === 0x68;
    case 0x6e: // ngh
      return lower(start + 1) === 0x67 && lower(start + 2) === 0x68;
    default:
      return false;
  }
}

/** True when normalizing the (trimmed) line would return it unchanged. */
export function isPlainLine(core: string, style: ToneStyle, verdicts: WordVerdicts): boolean {
  let start = -1;
  let marked = false;
  let adjacentVowels = false;
  let previousVowel = false;
  // characters that may not be NFC even without a combining mark (Ω U+2126, Hangul jamo …)
  let exotic = false;
  // a dash that may sit inside a legal symbol; an ò that may be the typo "thòi"
  let dash = false;
  let oGrave = false;
  for (let i = 0; i <= core.length; i += 1) {
    const code = i < core.length ? core.charCodeAt(i) : 0x20;
    // (i > 0: reading before the start would deoptimize the loop on the first empty line)
    if (SLOW_TABLE[code] === 1 || (code === 0x20 && i > 0 && core.charCodeAt(i - 1) === 0x20)) return false;
    const kind = letterClass(code);
    if (kind === LetterClass.Ascii || kind === LetterClass.Vietnamese) {
      if (start < 0) start = i;
      if (kind === LetterClass.Vietnamese) {
        marked = true;
        if (code === 0xf2 || code === 0xd2) oGrave = true;
      }
      const vowel = isVowelCode(code);
      if (vowel && previousVowel) adjacentVowels = true;
      previousVowel = vowel;
      continue;
    }
    // ñ, ö, ṭ …: a tone may be composed onto a consonant
    if (kind === LetterClass.OtherLatin) return false;
    if (code >= 0x300 && (code < 0x2000 || code > 0x20cf)) exotic = true;
    else if (code === 0x2d || (code >= 0x2010 && code <= 0x2015)) dash = true;
    if (marked && mayNeedRepair(core, start, adjacentVowels) && wordNeedsRepair(core.slice(start, i), style, verdicts)) return false;
    start = -1;
    marked = false;
    adjacentVowels = false;
    previousVowel = false;
  }
  if (oGrave && TYPO_SUSPECT.test(core)) return false;
  if (dash && ODD_DASH.test(core) && SYMBOL_DASH_SUSPECT.test(core)) return false;
  return !exotic || core === core.normalize('NFC');
}
