/**
 * List markers that open a section: `Phần I`, `Chương II`, `I.`, `Điều 3.`, `1.`, `2.1.`, `1)`, `a)`, `a.`, `(i)`, `-`, `+`, `*`.
 * Điểm letters follow the Vietnamese alphabet (a b c d đ e g h i k l m n o p q r s t u v x y).
 */
import type { SectionKind } from '../document/blocks.js';
import { startsWithCitedArticle } from '../normalize/cited-article.js';

export interface Marker {
  kind: SectionKind;
  /** the marker as written, e.g. "II.", "1.", "a)", "-" */
  label: string;
  /** the label's value without punctuation: "II", "1", "2.1", "a"; "" for bullets */
  value: string;
  /** position in its sequence (1-based) for numbered markers, null for bullets */
  ordinal: number | null;
  /** nesting rank: smaller is higher in the tree */
  rank: number;
  /** length of the marker and the spaces after it */
  length: number;
}

export const VIETNAMESE_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

export function romanValue(roman: string): number | null {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < roman.length; i += 1) {
    const v = values[roman[i]!];
    const next = values[roman[i + 1] ?? ''] ?? 0;
    if (v === undefined) return null;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : null;
}

export function toRoman(n: number): string {
  const table: [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

const PART = /^(Phần|PHẦN)\s+([IVXLC]+|\d+)\b[.:]?\s*/u;
const CHAPTER = /^(Chương|CHƯƠNG)\s+([IVXLC]+|\d+)\b[.:]?\s*/u;
const ARTICLE = /^(Điều|ĐIỀU)\s+(\d{1,3})\b[.:]?\s*/u;
const ROMAN = /^([IVXLC]{1,6})[.:](?:\s+|$)/u;
const DECIMAL = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?=\S)/u;
const NUMBER = /^(\d{1,2})[.)]\s*(?=\p{Lu}|\p{Lt}|["“(]|\d)/u;
const NUMBER_SPACED = /^(\d{1,2})\.\s+/u;
const LETTER = /^([a-zđ])[).]\s+/u;
const ROMAN_LOWER = /^\(([ivx]{1,4})\)\s*/u;
const DASH = /^[-–—•]\s*(?=\S)/u;
const PLUS = /^\+\s*(?=\S)/u;
const STAR = /^\*\s+(?=\S)/u;

/** The marker at the start of a paragraph, or null. */
export function markerOf(text: string): Marker | null {
  let m: RegExpExecArray | null;
  if ((m = PART.exec(text))) {
    const value = m[2]!;
    const ordinal = /^\d+$/u.test(value) ? Number(value) : romanValue(value);
    return { kind: 'part', label: `${m[1]} ${value}`, value, ordinal, rank: 0, length: m[0].length };
  }
  if ((m = CHAPTER.exec(text))) {
    const value = m[2]!;
    const ordinal = /^\d+$/u.test(value) ? Number(value) : romanValue(value);
    return { kind: 'chuong', label: `${m[1]} ${value}`, value, ordinal, rank: 0.5, length: m[0].length };
  }
  if ((m = ARTICLE.exec(text)) && !startsWithCitedArticle(text)) {
    return { kind: 'dieu', label: `${m[1]} ${m[2]}`, value: m[2]!, ordinal: Number(m[2]), rank: 1.5, length: m[0].length };
  }
  if ((m = ROMAN.exec(text))) {
    const ordinal = romanValue(m[1]!);
    if (ordinal !== null) return { kind: 'muc', label: m[0].trim(), value: m[1]!, ordinal, rank: 1, length: m[0].length };
  }
  if ((m = DECIMAL.exec(text))) {
    const parts = m[1]!.split('.');
    return { kind: 'khoan', label: m[0].trim(), value: m[1]!, ordinal: Number(parts[parts.length - 1]), rank: 2 + 0.1 * (parts.length - 1), length: m[0].length };
  }
  if ((m = NUMBER.exec(text) ?? NUMBER_SPACED.exec(text))) {
    return { kind: 'khoan', label: text.slice(0, m[1]!.length + 1), value: m[1]!, ordinal: Number(m[1]), rank: 2, length: m[0].length };
  }
  if ((m = LETTER.exec(text))) {
    const index = VIETNAMESE_LETTERS.indexOf(m[1]!);
    return { kind: 'diem', label: m[0].trim(), value: m[1]!, ordinal: index >= 0 ? index + 1 : null, rank: 3, length: m[0].length };
  }
  if ((m = ROMAN_LOWER.exec(text))) {
    return { kind: 'diem', label: m[0].trim(), value: m[1]!, ordinal: romanValue(m[1]!.toUpperCase()), rank: 3.5, length: m[0].length };
  }
  if ((m = DASH.exec(text)) || (m = STAR.exec(text))) {
    return { kind: 'bullet', label: m[0].trim(), value: '', ordinal: null, rank: 4, length: m[0].length };
  }
  if ((m = PLUS.exec(text))) {
    return { kind: 'subbullet', label: '+', value: '', ordinal: null, rank: 5, length: m[0].length };
  }
  return null;
}
