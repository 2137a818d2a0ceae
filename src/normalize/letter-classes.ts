/**
 * The letters, numerals and combining marks of plan text, as the inside of a regular-expression
 * class: `[${LETTERS}${NUMERALS}]` where one would write `[\p{L}\p{N}]`.
 *
 * Each is Unicode's class (`\p{L}`, `\p{N}`, `\p{M}`) within the blocks of the scripts a plan is
 * written in, `SCRIPT_BLOCKS`: Latin with every letter of the Vietnamese alphabet, Greek and
 * Cyrillic (symbols, foreign names), the number forms (Ⅳ, ½, ²) and the ligatures and full-width
 * letters of PDF text layers. A letter of another script (Chinese, Arabic …) counts as punctuation.
 * The stages that read Vietnamese words use them (word boundaries, word shapes); the checks of what a
 * text is (its language, a legacy encoding, a PDF's glyphs) keep Unicode's classes.
 *
 * Why not `\p{…}` itself: V8 builds the whole of Unicode's class, astral planes included, each time
 * it compiles a regular expression, and again for each occurrence, which made the stages' first run
 * in a process cost some 45 ms more (every `kh-parse file.txt`); these few ranges cost a tenth of
 * that. `test/normalize/letter-classes.test.ts` checks every code point against `\p{…}`.
 */

/** The blocks the classes cover, first and last code point of each. */
export const SCRIPT_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0000, 0x036f], // Basic Latin … Spacing Modifier Letters, Combining Diacritical Marks
  [0x0370, 0x03ff], // Greek and Coptic
  [0x0400, 0x052f], // Cyrillic, Cyrillic Supplement
  [0x1d00, 0x1dff], // Phonetic Extensions, Combining Diacritical Marks Supplement
  [0x1e00, 0x1eff], // Latin Extended Additional (ạ … ỹ)
  [0x1f00, 0x1fff], // Greek Extended (what NFC makes of a Greek letter with its marks)
  [0x2070, 0x209f], // Superscripts and Subscripts
  [0x2100, 0x218f], // Letterlike Symbols, Number Forms
  [0x2c60, 0x2c7f], // Latin Extended-C
  [0xa720, 0xa7ff], // Latin Extended-D
  [0xab30, 0xab6f], // Latin Extended-E
  [0xfb00, 0xfb06], // Latin ligatures (ﬁ, ﬂ)
  [0xff10, 0xff19], // full-width digits
  [0xff21, 0xff3a], // full-width capitals
  [0xff41, 0xff5a], // full-width small letters
];

/** `\p{L}` within `SCRIPT_BLOCKS`, to write inside `[…]`. */
export const LETTERS =
  'A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE' +
  '\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F' +
  '\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4' +
  '\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u2090-\u209C' +
  '\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2183\u2184' +
  '\u2C60-\u2C7F\uA722-\uA788\uA78B-\uA7DC\uA7F1-\uA7FF\uAB30-\uAB5A\uAB5C-\uAB69\uFB00-\uFB06\uFF21-\uFF3A\uFF41-\uFF5A';

/** `\p{N}` within `SCRIPT_BLOCKS`, to write inside `[…]`. */
export const NUMERALS = '0-9\u00B2\u00B3\u00B9\u00BC-\u00BE\u2070\u2074-\u2079\u2080-\u2089\u2150-\u2182\u2185-\u2189\uFF10-\uFF19';

/** `\p{M}` within `SCRIPT_BLOCKS`, to write inside `[…]`. */
export const MARKS = '\u0300-\u036F\u0483-\u0489\u1DC0-\u1DFF';
