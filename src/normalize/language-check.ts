/**
 * Is this readable Vietnamese at all? Official documents are written with full diacritics, so a text of
 * some length in which almost no word carries a Vietnamese letter is another language (or a text
 * layer that is not text) and is refused rather than "parsed" into nothing.
 */
import { InputError } from '../extract/errors.js';

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;
const ANY_LETTER = /^\p{L}$/u;
const SPACE_RE = /^\s$/u;
/** below this many words the check says nothing */
const MIN_WORDS = 40;
/** share of words with a Vietnamese letter under which the text is not Vietnamese */
const MIN_SHARE = 0.05;

export function vietnameseWordShare(text: string): { words: number; vietnamese: number } {
  // a hand-rolled scan of the runs `WORD` matches, with the per-character tests cached
  const table: FlagTable = new Map();
  let words = 0;
  let vietnamese = 0;
  let run = 0;
  let hasVietnamese = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    let flags: number;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      flags = astralFlags(text.codePointAt(i)!);
      i += 1;
    } else flags = charFlags(code, table);
    if (flags & LETTER) {
      run += 1;
      if (flags & VIETNAMESE) hasVietnamese = true;
      continue;
    }
    if (run >= 2) {
      words += 1;
      if (hasVietnamese) vietnamese += 1;
    }
    run = 0;
    hasVietnamese = false;
  }
  if (run >= 2) {
    words += 1;
    if (hasVietnamese) vietnamese += 1;
  }
  return { words, vietnamese };
}

/** Throws `not-vietnamese` when the text is long enough to tell and is not Vietnamese. */
export function assertVietnamese(text: string, format: 'pdf' | 'text' | 'markdown'): void {
  const { words, vietnamese } = vietnameseWordShare(text);
  if (words < MIN_WORDS || vietnamese >= MIN_SHARE * words) return;
  const counted = `${vietnamese} of ${words} words have Vietnamese letters`;
  throw format === 'pdf'
    ? new InputError(
        'not-vietnamese',
        `the PDF's text layer is not Vietnamese: ${counted}, so it is probably OCR made without Vietnamese or a broken font`,
        'run OCR with the Vietnamese language, e.g. tesseract -l vie, or give the text version',
      )
    : new InputError('not-vietnamese', `the text is not Vietnamese: ${counted}`, 'kh-parse reads Vietnamese administrative documents; check that this is the right file');
}

/** Letters of Vietnamese (and the Latin letters it borrows), digits and the punctuation found inside words. */
const VIETNAMESE_ALPHABET = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵfjwz';
const WORD_CHARACTERS = new Set([...VIETNAMESE_ALPHABET, ...VIETNAMESE_ALPHABET.toUpperCase(), ...'0123456789/-.,&%\'_+=:;()[]"“”‘’–—…?!*#@§°×']);
/** share of words with foreign characters above which the text is garbled */
const MAX_GARBLED_SHARE = 0.2;

const LETTER = 1;
const VIETNAMESE = 2;
const SPACE = 4;
const WORD_CHARACTER = 8;
const LEAD = 16;
const TRAIL = 32;
const KNOWN = 128;
const LEAD_CHARACTERS = new Set('("“‘\'[-–—.,;:');
const TRAIL_CHARACTERS = new Set(')"”’\'].,;:!?…');
/**
 * The tests above for one UTF-16 code unit, computed with the same regexes on first sight and kept
 * in a table that lives for one call (a document uses a few hundred distinct characters).
 */
type FlagTable = Map<number, number>;

function charFlags(code: number, table: FlagTable): number {
  const known = table.get(code);
  if (known !== undefined) return known;
  const ch = String.fromCharCode(code);
  let flags = KNOWN;
  if (ANY_LETTER.test(ch)) flags |= LETTER;
  if (VIETNAMESE_LETTER.test(ch)) flags |= VIETNAMESE;
  if (SPACE_RE.test(ch)) flags |= SPACE;
  if (WORD_CHARACTERS.has(ch)) flags |= WORD_CHARACTER;
  if (LEAD_CHARACTERS.has(ch)) flags |= LEAD;
  if (TRAIL_CHARACTERS.has(ch)) flags |= TRAIL;
  table.set(code, flags);
  return flags;
}

/** a character outside the BMP: a letter or not, never Vietnamese, a space or a word character */
function astralFlags(codePoint: number): number {
  return ANY_LETTER.test(String.fromCodePoint(codePoint)) ? KNOWN | LETTER : KNOWN;
}

/** Words (with a letter) and how many of them hold characters no Vietnamese word has. */
export function garbledWordShare(text: string): { words: number; garbled: number } {
  // the words of `text.split(/\s+/u)`, stripped of leading (LEAD_CHARACTERS) and trailing (TRAIL_CHARACTERS) punctuation, scanned in place
  const table: FlagTable = new Map();
  let words = 0;
  let garbled = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    while (i < length && charFlags(text.charCodeAt(i), table) & SPACE) i += 1;
    const start = i;
    while (i < length && !(charFlags(text.charCodeAt(i), table) & SPACE)) i += 1;
    if (i === start) break;
    // as `word.replace(/^[("“‘'[\-–—.,;:]+|[)"”’'\].,;:!?…]+$/gu, '')`: the leading run, then the trailing run after it
    let from = start;
    while (from < i && charFlags(text.charCodeAt(from), table) & LEAD) from += 1;
    let to = i;
    while (to > from && charFlags(text.charCodeAt(to - 1), table) & TRAIL) to -= 1;
    let letter = false;
    let foreign = false;
    for (let j = from; j < to; j += 1) {
      const code = text.charCodeAt(j);
      if (code >= 0xd800 && code <= 0xdbff && j + 1 < to && (text.charCodeAt(j + 1) & 0xfc00) === 0xdc00) {
        // an astral character: never in WORD_CHARACTERS
        foreign = true;
        if (astralFlags(text.codePointAt(j)!) & LETTER) letter = true;
        j += 1;
      } else {
        const flags = charFlags(code, table);
        if (flags & LETTER) letter = true;
        if (!(flags & WORD_CHARACTER)) foreign = true;
      }
      if (letter && foreign) break;
    }
    if (!letter) continue;
    words += 1;
    if (foreign) garbled += 1;
  }
  return { words, garbled };
}

/**
 * Throws `garbled-text` when many words hold characters no Vietnamese word has: glyph codes from
 * fonts without a usable Unicode map (`6Ӣ C‘NG 7+ѬѪ1` for `SỞ CÔNG THƯƠNG`) or an unrecognised
 * legacy encoding. Parsing such text would give confident nonsense.
 */
export function assertNotGarbled(text: string, format: 'pdf' | 'text' | 'markdown'): void {
  const { words, garbled } = garbledWordShare(text);
  if (words < MIN_WORDS || garbled <= MAX_GARBLED_SHARE * words) return;
  const counted = `${garbled} of ${words} words hold characters that are not Vietnamese`;
  throw format === 'pdf'
    ? new InputError(
        'garbled-text',
        `the PDF's text layer is garbled: ${counted} (its fonts have no usable Unicode map, as in PDFs printed through Ghostscript)`,
        'export the PDF again from the original document, or give the text version',
      )
    : new InputError('garbled-text', `the text is garbled: ${counted} (an encoding that was not recognised)`, 'save the file as UTF-8 and try again');
}
