/**
 * The Vietnamese alphabet as data: every precomposed letter (the 134 toned or marked letters of
 * TCVN 6909 plus the plain ones) split into its toneless lowercase base, its tone and its case,
 * and back. Tone marks and quality marks (circumflex, breve, horn) as combining code points.
 */

/** 0 ngang (none), 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng. */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

/** The combining mark of each tone (index = tone); '' for ngang. */
export const TONE_MARKS: readonly string[] = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/** Combining marks that make a letter (â ê ô ă ơ ư), not a tone. */
export const QUALITY_MARKS: ReadonlySet<string> = new Set(['\u0302', '\u0306', '\u031B']);

/** Bases that carry a tone: the twelve vowel letters. */
export const VOWEL_BASES = 'aăâeêioôơuưy';

/** Vowel bases with a quality mark: the tone goes on the last of them (tiếng, người). */
export const QUALITY_VOWELS = 'ăâêôơư';

/** Which tone a combining mark is (U+0340/U+0341 are the deprecated tone marks NFD maps away). */
export function toneOfMark(mark: string): Tone {
  const index = TONE_MARKS.indexOf(mark);
  return (index > 0 ? index : 0) as Tone;
}

/** Spacing accents that typists and PDF producers put where a combining tone belongs (`ca´c`). */
export const SPACING_TONES: ReadonlyMap<string, Tone> = new Map<string, Tone>([
  ['\u00B4', 2],
  ['\u02CA', 2],
  ['\u1FFD', 2],
  ['\u02CB', 1],
  ['\u02DC', 4],
]);

export interface LetterInfo {
  /** lowercase letter without its tone, one UTF-16 unit: "a", "ư", "đ" */
  base: string;
  tone: Tone;
  upper: boolean;
}

function buildLetters(): { info: ReadonlyMap<string, LetterInfo>; compose: ReadonlyMap<string, string> } {
  const info = new Map<string, LetterInfo>();
  const compose = new Map<string, string>();
  const add = (base: string, tone: Tone) => {
    const lower = (base + TONE_MARKS[tone]).normalize('NFC');
    const upper = lower.toUpperCase();
    info.set(lower, { base, tone, upper: false });
    info.set(upper, { base, tone, upper: true });
    compose.set(`${base}${tone}`, lower);
  };
  for (const base of 'abcdđefghijklmnopqrstuvwxyzăâêôơư') add(base, 0);
  for (const base of VOWEL_BASES) for (let tone = 1; tone <= 5; tone += 1) add(base, tone as Tone);
  return { info, compose };
}

const LETTERS = buildLetters();

/** The letters again, indexed by their UTF-16 unit (each is one, below U+1F00). */
function buildInfoByCode(): readonly (LetterInfo | undefined)[] {
  const byCode = new Array<LetterInfo | undefined>(0x1f00).fill(undefined);
  for (const [ch, info] of LETTERS.info) byCode[ch.charCodeAt(0)] = info;
  return byCode;
}

const INFO_BY_CODE = buildInfoByCode();

/** Base, tone and case of a precomposed Latin letter of the Vietnamese alphabet, or undefined. */
export function letterInfo(ch: string): LetterInfo | undefined {
  return LETTERS.info.get(ch);
}

/** `letterInfo` of the character that is the UTF-16 unit `code` (a surrogate: undefined). */
export function letterInfoOfCode(code: number): LetterInfo | undefined {
  return code < 0x1f00 ? INFO_BY_CODE[code] : undefined;
}

/** The precomposed letter for a base, a tone and a case (`composeLetter('ơ', 2, true)` → "Ớ"). */
export function composeLetter(base: string, tone: Tone, upper: boolean): string {
  const lower = LETTERS.compose.get(`${base}${tone}`) ?? base;
  return upper ? lower.toUpperCase() : lower;
}

/** The 134 letters with a diacritic (67 lowercase, then their capitals), for tables and tests. */
export function markedLetters(): string[] {
  const lower = [...LETTERS.info.entries()]
    .filter(([ch, l]) => !l.upper && ch.normalize('NFD') !== ch && ch !== 'đ')
    .map(([ch]) => ch);
  const all = [...lower, 'đ'];
  return [...all, ...all.map((ch) => ch.toUpperCase())];
}

/** What a UTF-16 code unit is, for scanning text without building strings (see `letterClass`). */
export const enum LetterClass {
  Other = 0,
  /** a-z, A-Z */
  Ascii = 1,
  /** a precomposed letter of the Vietnamese alphabet outside ASCII (ă, ế, Đ …) */
  Vietnamese = 2,
  /** another Latin letter with a diacritic (ñ, ö, ṭ): it may hide a tone composed onto a consonant */
  OtherLatin = 3,
}

/** No code unit from here on is a Latin letter outside ASCII: `letterClass` says Other, `isVowelCode` false. */
export const LATIN_LETTERS_END = 0x1f00;
const CLASS_TABLE_SIZE = LATIN_LETTERS_END;
/** bit set in the table for the vowel letters (a e i o u y with any mark) */
const VOWEL_BIT = 4;

function buildClassTable(): Uint8Array {
  const table = new Uint8Array(CLASS_TABLE_SIZE);
  for (let code = 0xc0; code < CLASS_TABLE_SIZE; code += 1) {
    if ((code <= 0x24f || code >= 0x1e00) && code !== 0xd7 && code !== 0xf7) table[code] = LetterClass.OtherLatin;
  }
  for (const [ch, info] of LETTERS.info) {
    const code = ch.charCodeAt(0);
    table[code] = (code < 0x80 ? LetterClass.Ascii : LetterClass.Vietnamese) | (VOWEL_BASES.includes(info.base) ? VOWEL_BIT : 0);
  }
  return table;
}

const CLASS_TABLE = buildClassTable();

/** The class of a UTF-16 code unit. */
export function letterClass(code: number): LetterClass {
  return code < CLASS_TABLE_SIZE ? ((CLASS_TABLE[code]! & 3) as LetterClass) : LetterClass.Other;
}

/** Is a UTF-16 code unit a vowel letter of the Vietnamese alphabet (any case, tone, mark)? */
export function isVowelCode(code: number): boolean {
  return code < CLASS_TABLE_SIZE && (CLASS_TABLE[code]! & VOWEL_BIT) !== 0;
}

function buildDecompositions(): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const ch of LETTERS.info.keys()) if (ch.charCodeAt(0) >= 0x80) map.set(ch, ch.normalize('NFD'));
  return map;
}

const DECOMPOSITIONS = buildDecompositions();

/** NFD of one character, from a table for the Vietnamese letters (the line normalizer's hot path). */
export function decomposeCharacter(ch: string): string {
  return ch.charCodeAt(0) < 0x80 ? ch : (DECOMPOSITIONS.get(ch) ?? ch.normalize('NFD'));
}
