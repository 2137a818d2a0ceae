/**
 * Is this readable Vietnamese at all? Official documents are written with full diacritics, so a text of
 * some length in which almost no word carries a Vietnamese letter is another language (or a text
 * layer that is not text) and is refused rather than "parsed" into nothing.
 */
import { InputError } from '../extract/errors.js';

/** (`charCodeAt.call(text, i)`, not `text.charCodeAt(i)`, in loops: see plain-line.ts) */
const charCodeAt = String.prototype.charCodeAt;

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;
const ANY_LETTER = /^\p{L}$/u;
const SPACE_RE = /^\s$/u;
/** below this many words the check says nothing */
const MIN_WORDS = 40;
/** share of words with a Vietnamese letter under which the text is not Vietnamese */
const MIN_SHARE = 0.05;

/** Words (runs of two letters or more) and how many of them have a Vietnamese letter. */
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
/** (not in a table: the character is a surrogate pair, two units) */
const PAIR_SHIFT = 8;
const PAIR = 1 << PAIR_SHIFT;

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

/** The flags of a character the common table does not have, kept in `rare` for the rest of the call. */
function rareFlags(code: number, rare: Map<number, number>): number {
  let flags = rare.get(code);
  if (flags === undefined) rare.set(code, (flags = charFlags(code)));
  return flags;
}

/**
 * Both counts in one look at each character. V8 compiles the loop of `countWordsWith` while it
 * runs, once per document, and code it compiles before it has run — the lines before or after the
 * loop — makes it throw the compiled code away at every later call: so the text is read to one past
 * its end, a space there (the loop closes the last word itself and the code after it does no
 * arithmetic), its length is read in the loop, and the map is made here.
 */
function countWords(text: string): WordCounts {
  return countWordsWith(text, new Map());
}

/**
 * The two counts as one automaton, read a character at a time without a branch: its state is the
 * run of letters being read (none, one letter, two or more; with a Vietnamese letter or not) and the
 * word between spaces being read (with a letter or not; with a character no Vietnamese word has or
 * not), `RUN_STATES × 2 × 2` states; a character moves it by its four flags (LETTER, VIETNAMESE, SPACE,
 * WORD_CHARACTER), and each move says which counts grow by one.
 */
const RUN_STATES = 6;
const STATES = RUN_STATES * 4;
const STATE_BITS = 5;
const WORD_ENDS = 1 << STATE_BITS;
const VIETNAMESE_WORD_ENDS = 2 << STATE_BITS;
const SPACED_WORD_ENDS = 4 << STATE_BITS;
const GARBLED_WORD_ENDS = 8 << STATE_BITS;
const CLASS_BITS = 4;

function buildMoves(): Uint16Array {
  const moves = new Uint16Array(STATES << CLASS_BITS);
  for (let state = 0; state < STATES; state += 1) {
    // run: 0 none, 1 one letter, 2 more; vietnamese: the run has a Vietnamese letter
    const run = state % 3;
    const vietnamese = Math.floor(state / 3) % 2;
    const letter = Math.floor(state / RUN_STATES) % 2;
    const foreign = Math.floor(state / (2 * RUN_STATES));
    for (let flags = 0; flags < 1 << CLASS_BITS; flags += 1) {
      const isForeign = (flags & WORD_CHARACTER) === 0 ? 1 : 0;
      let next: number;
      let ends = 0;
      if ((flags & LETTER) !== 0) {
        // (no letter is a space)
        next = Math.min(run + 1, 2) + 3 * (vietnamese | ((flags & VIETNAMESE) !== 0 ? 1 : 0)) + RUN_STATES + 2 * RUN_STATES * (foreign | isForeign);
      } else {
        if (run === 2) ends |= WORD_ENDS | (vietnamese === 1 ? VIETNAMESE_WORD_ENDS : 0);
        if ((flags & SPACE) !== 0) {
          if (letter === 1) ends |= SPACED_WORD_ENDS | (foreign === 1 ? GARBLED_WORD_ENDS : 0);
          next = 0;
        } else next = RUN_STATES * letter + 2 * RUN_STATES * (foreign | isForeign);
      }
      moves[(state << CLASS_BITS) | flags] = next | ends;
    }
  }
  return moves;
}

const MOVES = buildMoves();

/** `countWords`, `rare` holding the flags of the characters the common table does not have (a document uses a few). */
function countWordsWith(text: string, rare: Map<number, number>): WordCounts {
  let words = 0;
  let vietnamese = 0;
  let spacedWords = 0;
  let garbled = 0;
  let state = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const code = i < text.length ? charCodeAt.call(text, i) : 0x20;
    let flags = COMMON_FLAGS[code]!;
    if (flags === 0) {
      // an astral character: its high surrogate answers for it and the low one is passed
      flags = isPairAt(text, i) ? astralFlags(text.codePointAt(i)!) | PAIR : rareFlags(code, rare);
    }
    i += (flags & PAIR) >> PAIR_SHIFT;
    // (the words between spaces keep their leading and trailing punctuation, `("“‘'[-–—.,;:` and
    // `)"”’'].,;:!?…`: none of it is a letter, all of it is a word character)
    const move = MOVES[(state << CLASS_BITS) | (flags & ((1 << CLASS_BITS) - 1))]!;
    state = move & ((1 << STATE_BITS) - 1);
    words += (move >> STATE_BITS) & 1;
    vietnamese += (move >> (STATE_BITS + 1)) & 1;
    spacedWords += (move >> (STATE_BITS + 2)) & 1;
    garbled += (move >> (STATE_BITS + 3)) & 1;
  }
  return { words, vietnamese, spacedWords, garbled };
}

/** Is there a surrogate pair at `i`? */
function isPairAt(text: string, i: number): boolean {
  const code = charCodeAt.call(text, i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (charCodeAt.call(text, i + 1) & 0xfc00) === 0xdc00;
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
