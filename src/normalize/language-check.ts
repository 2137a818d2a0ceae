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
  const { words, vietnamese } = countWords(text);
  return { words, vietnamese };
}

type Format = 'pdf' | 'text' | 'markdown';

/** Throws `not-vietnamese` when the text is long enough to tell and is not Vietnamese. */
export function assertVietnamese(text: string, format: Format): void {
  const { words, vietnamese } = vietnameseWordShare(text);
  throwIfNotVietnamese(words, vietnamese, format);
}

function throwIfNotVietnamese(words: number, vietnamese: number, format: Format): void {
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
const KNOWN = 128;

/** The tests above for one UTF-16 code unit, as bits (every answer has the KNOWN bit). */
function charFlags(code: number): number {
  const ch = String.fromCharCode(code);
  let flags = KNOWN;
  if (ANY_LETTER.test(ch)) flags |= LETTER;
  if (VIETNAMESE_LETTER.test(ch)) flags |= VIETNAMESE;
  if (SPACE_RE.test(ch)) flags |= SPACE;
  if (WORD_CHARACTERS.has(ch)) flags |= WORD_CHARACTER;
  return flags;
}

/**
 * The flags of ASCII and of the word characters, the characters of nearly every document, read
 * from a table made once; 0 for the others, which a count works out on first sight.
 */
function buildCommonFlags(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x80; code += 1) table[code] = charFlags(code);
  for (const ch of WORD_CHARACTERS) table[ch.charCodeAt(0)] = charFlags(ch.charCodeAt(0));
  return table;
}

const COMMON_FLAGS = buildCommonFlags();

/** a character outside the BMP: a letter or not, never Vietnamese, a space or a word character */
function astralFlags(codePoint: number): number {
  return ANY_LETTER.test(String.fromCodePoint(codePoint)) ? KNOWN | LETTER : KNOWN;
}

interface WordCounts {
  /** runs of two letters or more (what `vietnameseWordShare` counts) */
  words: number;
  /** … of them with a Vietnamese letter */
  vietnamese: number;
  /** the words of `text.split(/\s+/u)` that have a letter (what `garbledWordShare` counts) */
  spacedWords: number;
  /** … of them with a character no Vietnamese word has */
  garbled: number;
}

/** Both counts in one look at each character. */
function countWords(text: string): WordCounts {
  // flags of the characters the common table does not have, for this call only (a document uses a few)
  let rare: Map<number, number> | null = null;
  let words = 0;
  let vietnamese = 0;
  let run = 0;
  let hasVietnamese = false;
  let spacedWords = 0;
  let garbled = 0;
  let letter = false;
  let foreign = false;
  const length = text.length;
  for (let i = 0; i < length; i += 1) {
    const code = text.charCodeAt(i);
    let flags = COMMON_FLAGS[code]!;
    if (flags === 0) {
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        flags = astralFlags(text.codePointAt(i)!);
        i += 1;
      } else {
        rare ??= new Map();
        flags = rare.get(code) ?? 0;
        if (flags === 0) rare.set(code, (flags = charFlags(code)));
      }
    }
    // runs of letters
    if (flags & LETTER) {
      run += 1;
      if (flags & VIETNAMESE) hasVietnamese = true;
    } else {
      if (run >= 2) {
        words += 1;
        if (hasVietnamese) vietnamese += 1;
      }
      run = 0;
      hasVietnamese = false;
    }
    // words between spaces. (Their leading and trailing punctuation, `("“‘'[-–—.,;:` and
    // `)"”’'].,;:!?…`, need not be stripped: none of it is a letter, all of it is a word character.)
    if (flags & SPACE) {
      if (letter) {
        spacedWords += 1;
        if (foreign) garbled += 1;
      }
      letter = false;
      foreign = false;
    } else {
      if (flags & LETTER) letter = true;
      if (!(flags & WORD_CHARACTER)) foreign = true;
    }
  }
  if (run >= 2) {
    words += 1;
    if (hasVietnamese) vietnamese += 1;
  }
  if (letter) {
    spacedWords += 1;
    if (foreign) garbled += 1;
  }
  return { words, vietnamese, spacedWords, garbled };
}

/** Words (with a letter) and how many of them hold characters no Vietnamese word has. */
export function garbledWordShare(text: string): { words: number; garbled: number } {
  const { spacedWords, garbled } = countWords(text);
  return { words: spacedWords, garbled };
}

/**
 * Throws `garbled-text` when many words hold characters no Vietnamese word has: glyph codes from
 * fonts without a usable Unicode map (`6Ӣ C‘NG 7+ѬѪ1` for `SỞ CÔNG THƯƠNG`) or an unrecognised
 * legacy encoding. Parsing such text would give confident nonsense.
 */
export function assertNotGarbled(text: string, format: Format): void {
  const { words, garbled } = garbledWordShare(text);
  throwIfGarbled(words, garbled, format);
}

function throwIfGarbled(words: number, garbled: number, format: Format): void {
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

/** `assertNotGarbled` then `assertVietnamese`, the text read once for both. */
export function assertReadableVietnamese(text: string, format: Format): void {
  const counts = countWords(text);
  throwIfGarbled(counts.spacedWords, counts.garbled, format);
  throwIfNotVietnamese(counts.words, counts.vietnamese, format);
}
