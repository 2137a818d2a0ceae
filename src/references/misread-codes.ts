/**
 * Type codes that OCR misread in a scan: `Thông tư số 38/2025/71-BCT` for 38/2025/TT-BCT,
 * `Tờ trình số 4179/TT1-SCT` for 4179/TTr-SCT. A code is read as the code of the type word written
 * right before it when it has as many characters and each digit in it looks like the letter in its
 * place (7 and T, 0 and Đ …). The type word decides: without one, or with digits that look like none
 * of its codes, the symbol is left as written (and a code starting with a digit is then no symbol).
 */
import { codesOfType } from './type-words.js';

/** The letters of type codes that OCR reads as each digit. */
const LOOKS_LIKE: ReadonlyMap<string, string> = new Map([
  ['0', 'OQDĐ'],
  ['1', 'ITlJr'],
  ['2', 'Z'],
  ['5', 'S'],
  ['6', 'G'],
  ['7', 'T'],
  ['8', 'B'],
]);

const DIGIT = /\d/u;

/** Does `written`, which has a digit, read as `code`: letter for letter, each digit as a letter it looks like? */
function readsAs(written: string, code: string): boolean {
  if (written.length !== code.length) return false;
  for (let i = 0; i < written.length; i += 1) {
    const w = written[i]!;
    if (w !== code[i] && !(LOOKS_LIKE.get(w)?.includes(code[i]!) ?? false)) return false;
  }
  return true;
}

/** The code of `type` that the misread code `written` stands for, or null (also when `written` has no digit). */
export function misreadCodeOf(written: string, type: string): string | null {
  if (!DIGIT.test(written)) return null;
  return codesOfType(type).find((code) => readsAs(written, code)) ?? null;
}
