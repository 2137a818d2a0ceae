/**
 * Type words ("Kế hoạch", "Chỉ thị" …) that open a citation. The type of a reference comes from
 * the word, not from the code: `Quy chế số 11-QĐ/TU` is a Quy chế.
 */
import { toneKey, withCanonicalTones } from '../normalize/match-keys.js';
import { LETTERS, NUMERALS } from '../normalize/letter-classes.js';

/**
 * Document types in sentence case, as DOMAIN.md §3 lists them, and three more a header may carry
 * (src/structure/header.ts) whose codes DOMAIN lists: Giấy phép (licences, "Giấy phép số
 * 131/QĐ-UBND"), Biên bản (BB), Giấy mời (GM).
 */
export const TYPE_WORDS: readonly string[] = [
  'Thông tư liên tịch', 'Nghị quyết', 'Nghị định', 'Quyết định', 'Chỉ thị', 'Thông tư', 'Kết luận',
  'Quy định', 'Quy chế', 'Hướng dẫn', 'Kế hoạch', 'Chương trình', 'Thông báo', 'Thông tri',
  'Công văn', 'Văn bản', 'Công điện', 'Tờ trình', 'Báo cáo', 'Đề án', 'Phương án', 'Hiến pháp',
  'Bộ luật', 'Luật', 'Pháp lệnh', 'Giấy phép', 'Biên bản', 'Giấy mời', 'Hợp đồng', 'Giấy ủy quyền',
  'Giấy giới thiệu', 'Phiếu chuyển', 'Phiếu gửi', 'Phiếu báo', 'Bản ghi nhớ', 'Bản thỏa thuận',
];

/** The first letters of the type words, lower case. */
const FIRST_LETTERS: ReadonlySet<string> = new Set(TYPE_WORDS.map((word) => word[0]!.toLowerCase()));
/** the same letters, where they are ASCII, as codes in both cases */
const FIRST_ASCII_CODES: ReadonlySet<number> = new Set(
  [...FIRST_LETTERS].filter((letter) => letter.charCodeAt(0) < 0x80).flatMap((letter) => [letter.charCodeAt(0), letter.toUpperCase().charCodeAt(0)]),
);

/**
 * Whether the character at `at`, lower-cased, is the first letter of a type word. In the Latin
 * blocks Vietnamese is written in (Latin-1 to Latin Extended-B, Latin Extended Additional) only Đ
 * and đ lower-case to one; other characters are lower-cased.
 */
export function isTypeWordFirstLetter(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0x80) return FIRST_ASCII_CODES.has(c);
  if ((c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) return (c === 0x110 || c === 0x111) && FIRST_LETTERS.has('đ');
  return FIRST_LETTERS.has(text[at]!.toLowerCase());
}

/** Types whose references belong to the "law" system. */
export const LAW_TYPES: ReadonlySet<string> = new Set(['Hiến pháp', 'Bộ luật', 'Luật', 'Pháp lệnh']);

const BY_KEY = new Map(TYPE_WORDS.map((word) => [toneKey(word), word]));

/** The type words as written in either tone style: "Giấy ủy quyền" and "Giấy uỷ quyền". */
const TYPE_WORDS_EITHER_STYLE = [...new Set(TYPE_WORDS.flatMap((word) => [word, withCanonicalTones(word)]))];

/** Regex source matching any type word, longest first, any case, any spacing between syllables. */
export const TYPE_WORD_SOURCE = [...TYPE_WORDS_EITHER_STYLE]
  .sort((a, b) => b.length - a.length)
  .map((word) => word.split(' ').join('\\s+'))
  .join('|');

/** "luật" in "pháp luật số …" is not the type word Luật. */
const NOT_AFTER = `(?<![${LETTERS}${NUMERALS}])(?<!pháp\\s)`;

/**
 * A type word (and an optional "số") that ends exactly where the searched text ends: a sticky
 * look-behind set at the end of the text, which reads back from there instead of trying every
 * offset. The type word (group 2) is the leftmost one, as with a forward search: only "Luật" ends
 * another type word ("Bộ luật"), and the longer is tried first.
 */
const TYPE_BEFORE = new RegExp(`(?<=(${NOT_AFTER}(${TYPE_WORD_SOURCE})(?:\\s+số)?\\s*:?\\s*))`, 'iuy');

/** A type word followed by "số" or a digit: the start of another citation (sticky, for `testAt`). */
export const CITATION_START = new RegExp(`(?:${TYPE_WORD_SOURCE})\\s+(?:số(?![${LETTERS}${NUMERALS}])|\\d)`, 'iuy');

/** The type of each type word as it is usually written (as listed, upper case, lower case), found without a key. */
const BY_USUAL_SPELLING = new Map<string, string | null>(
  TYPE_WORDS.flatMap((word) => [
    [word, word],
    ...[word.toUpperCase(), word.toLowerCase()].map((written): [string, string | null] => [written, BY_KEY.get(toneKey(written)) ?? null]),
  ]),
);

/** The sentence-case type for a type word written in any case or style ("CHỈ THỊ" → "Chỉ thị"). */
export function typeOfWord(written: string): string | null {
  const usual = BY_USUAL_SPELLING.get(written);
  return usual !== undefined ? usual : (BY_KEY.get(toneKey(written)) ?? null);
}

/** How far back a type word (with "số") can start before a number. */
const LOOKBACK = 40;
/**
 * a type word, up to six lower-case syllables, then "số": "Kế hoạch kiểm tra số 1105/KH-ĐKT", "Giấy
 * phép khai thác khoáng sản điều chỉnh số 815/QĐ-UBND"
 */
const TYPE_WORD_FIRST_ANY_CASE = [...TYPE_WORDS_EITHER_STYLE]
  .sort((a, b) => b.length - a.length)
  .map((word) => `[${word[0]!.toUpperCase()}${word[0]!.toLowerCase()}]${word.slice(1).split(' ').join('\\s+')}`)
  .join('|');
const TYPE_WORDS_BEFORE = new RegExp(`${NOT_AFTER}(${TYPE_WORD_FIRST_ANY_CASE})(?:\\s+\\p{Ll}+){1,6}?\\s+số\\s*:?\\s*$`, 'u');
const LONG_LOOKBACK = 70;

/** The type words a document type code stands for (`KH` → Kế hoạch; a licence granted by decision: `Giấy phép … số 815/QĐ-UBND`). */
const TYPES_OF_CODE = new Map<string, readonly string[]>([
  ['KH', ['Kế hoạch']], ['QĐ', ['Quyết định', 'Quy định', 'Giấy phép']], ['CT', ['Chỉ thị']], ['NQ', ['Nghị quyết']],
  ['TB', ['Thông báo']], ['BC', ['Báo cáo']], ['HD', ['Hướng dẫn']], ['CTr', ['Chương trình']],
  ['TTr', ['Tờ trình']], ['NĐ', ['Nghị định']], ['TT', ['Thông tư', 'Thông tri']], ['KL', ['Kết luận']],
  ['QC', ['Quy chế']], ['ĐA', ['Đề án']], ['DA', ['Đề án']], ['PA', ['Phương án']], ['CĐ', ['Công điện']],
  ['TTLT', ['Thông tư liên tịch']], ['CV', ['Công văn']], ['BB', ['Biên bản']], ['GM', ['Giấy mời']], ['GP', ['Giấy phép']],
  ['QyĐ', ['Quy định']], ['HĐ', ['Hợp đồng']], ['GUQ', ['Giấy ủy quyền']], ['GGT', ['Giấy giới thiệu']], ['PC', ['Phiếu chuyển']],
  ['PG', ['Phiếu gửi']], ['PB', ['Phiếu báo']], ['BGN', ['Bản ghi nhớ']], ['BTT', ['Bản thỏa thuận']],
]);

/** The type codes a type word's symbols carry (`Thông tư` → TT, `Tờ trình` → TTr); none for a type without one (Luật, Giấy phép). */
export function codesOfType(type: string): string[] {
  return [...TYPES_OF_CODE].filter(([, types]) => types.includes(type)).map(([code]) => code);
}

/**
 * The type word written right before `at` ("Kế hoạch số ", "Chỉ thị ", "CHỈ THỊ SỐ "), with its
 * start offset, or null. With the symbol's type code, a few words may stand between the type
 * word and "số" when the code agrees with the word ("Kế hoạch kiểm tra số 1105/KH-ĐKT").
 */
export function typeWordBefore(text: string, at: number, typeCode: string | null = null): { type: string; start: number } | null {
  const from = Math.max(0, at - LOOKBACK);
  TYPE_BEFORE.lastIndex = at - from;
  const m = TYPE_BEFORE.exec(text.slice(from, at));
  if (m) {
    const type = typeOfWord(m[2]!);
    return type === null ? null : { type, start: at - m[1]!.length };
  }
  const agreeing = typeCode === null ? undefined : TYPES_OF_CODE.get(typeCode);
  if (!agreeing) return null;
  const longFrom = Math.max(0, at - LONG_LOOKBACK);
  const long = TYPE_WORDS_BEFORE.exec(text.slice(longFrom, at));
  const type = long ? typeOfWord(long[1]!) : null;
  return type !== null && agreeing.includes(type) ? { type, start: longFrom + long!.index } : null;
}
