/**
 * Short forms: `Chỉ thị số 13`, `Nghị định 35`, a type word and a number without a symbol (not a
 * year: `Kế hoạch năm 2025` has no number; not the start of a symbol: `Nghị định 35/2022/NĐ-CP`).
 *
 * The matches are those of a global scan with SHORT = `(?<![${LETTERS}${NUMERALS}])` + SHORT_BODY (a type
 * word starting a word, spaces, "số" maybe, a number that no letter, digit, decimal or symbol's
 * slash or dash follows), but SHORT is only tried where a short form can be: it ends with a
 * "place", the last syllable of a type word, spaces, "số" maybe and a digit. Places are found from
 * their digit: only a digit after a space or "số" can end one, and from such a digit a look-behind
 * reads the place back — the places a global scan for them would find, without trying one at
 * every offset (a scan for a letter that is not there is slow; a scan for a space before a digit
 * is not). From each place, SHORT is tried at every offset where the type word can start — no type word
 * has more than four syllables or a syllable of more than six letters — leftmost first, as the
 * global scan would.
 */
import { isSpaceAt, letterOrDigitBefore } from './chars.js';
import { matchAt, testAt } from './match-at.js';
import { TYPE_WORDS, TYPE_WORD_SOURCE, isTypeWordFirstLetter } from './type-words.js';
import { LETTERS, NUMERALS } from '../normalize/letter-classes.js';

/** the number of a short form, and what may not follow it */
const NUMBER = `(\\d{1,5})(?![${LETTERS}${NUMERALS}]|\\s*[\\/‐‑–—−-]\\s*[${LETTERS}${NUMERALS}]|[.,:]\\d)`;
const SHORT_BODY = `(${TYPE_WORD_SOURCE})\\s+(số\\s*)?${NUMBER}`;
/** NUMBER at one offset (sticky): whether a short form can end with the number there */
const NUMBER_AT = new RegExp(NUMBER, 'iuy');
/** SHORT at one offset (sticky), but for its look-behind `(?<![${LETTERS}${NUMERALS}])` (checked apart) */
const SHORT_AT = new RegExp(SHORT_BODY, 'iuy');
const LAST_SYLLABLES = [...new Set(TYPE_WORDS.map((word) => word.split(' ').pop()!.toLowerCase()))];
/**
 * a place, read back from its digit (sticky there): the last syllable of a type word, spaces and
 * "số" maybe (group 1), as case-insensitive as SHORT. Read back, "số" is taken where it is written
 * and no last syllable ends another ("án" is not the end of "bản"), so the place starts where a
 * forward scan finds it.
 */
const PLACE_BEFORE = new RegExp(`(?<=((?:${LAST_SYLLABLES.join('|')})\\s+(?:số\\s*)?))\\d`, 'iuy');
/** the last letters of the last syllables that are ASCII, as codes in both cases */
const ASCII_LAST_LETTERS: ReadonlySet<number> = new Set(
  LAST_SYLLABLES.map((syllable) => syllable[syllable.length - 1]!)
    .filter((letter) => letter.charCodeAt(0) < 0x80)
    .flatMap((letter) => [letter.charCodeAt(0), letter.toUpperCase().charCodeAt(0)]),
);
/** a digit right after a space or after "ố" (of "số"): the only digits a place can end with */
const DIGIT_AFTER_SPACE_OR_SO = /[\s\u1ED0\u1ED1]\d/g;
const LONGEST_SYLLABLE = 6;
const MOST_SYLLABLES = 4;

/** The first offset where a type word whose last syllable is at (or inside, from) `last` can start. */
function earliestStart(text: string, last: number): number {
  let at = Math.max(0, last - LONGEST_SYLLABLE);
  for (let k = 1; k < MOST_SYLLABLES; k++) {
    while (at > 0 && isSpaceAt(text, at - 1)) at--;
    at = Math.max(0, at - LONGEST_SYLLABLE);
  }
  return at;
}

/** Whether a type word can start at `start`: its first letter (in any case), no letter or digit before it (SHORT's look-behind). */
function mayStartTypeWord(text: string, start: number): boolean {
  return !letterOrDigitBefore(text, start) && isTypeWordFirstLetter(text, start);
}

/** The start of the place that ends with the digit at `digit` (leftmost, as a global scan finds it), or -1. */
function placeEndingAt(text: string, digit: number): number {
  // an ASCII character before the spaces is the last letter of the syllable, or there is no place
  let before = digit;
  while (before > 0 && isSpaceAt(text, before - 1)) before--;
  const c = text.charCodeAt(before - 1);
  if (c < 0x80 && !ASCII_LAST_LETTERS.has(c)) return -1;
  const m = matchAt(PLACE_BEFORE, text, digit);
  return m ? digit - m[1]!.length : -1;
}

/** The places in `text`, in order: the start of each and the offset of its digit. */
function places(text: string): { start: number; digit: number }[] {
  const found: { start: number; digit: number }[] = [];
  DIGIT_AFTER_SPACE_OR_SO.lastIndex = 0;
  while (DIGIT_AFTER_SPACE_OR_SO.test(text)) {
    const digit = DIGIT_AFTER_SPACE_OR_SO.lastIndex - 1;
    const start = placeEndingAt(text, digit);
    if (start >= 0) found.push({ start, digit });
  }
  return found;
}

function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/**
 * Every short form in `text`, in order: the type word (group 1), "số" (group 2) and the number
 * (group 3). A place is passed over when its number cannot end a short form (`Kế hoạch số
 * 73/KH-UBND`) and no other number stands where SHORT is tried from it: SHORT would end with the
 * place's number from every offset there.
 */
export function shortFormMatches(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (const place of places(text)) {
    if (place.digit < from) continue;
    const earliest = Math.max(from, earliestStart(text, place.start));
    if (!testAt(NUMBER_AT, text, place.digit) && !hasDigit(text, earliest, place.start)) continue;
    for (let start = earliest; start <= place.start; start++) {
      if (!mayStartTypeWord(text, start)) continue;
      const m = matchAt(SHORT_AT, text, start);
      if (m) {
        found.push(m);
        from = start + m[0].length;
        break;
      }
    }
  }
  return found;
}
