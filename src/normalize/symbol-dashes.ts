/**
 * Dashes inside legal symbols (research report §3.11): `04/2015/NĐ–CP`, `04/2015/NĐ - CP` and
 * `08–QĐi/TW` are `04/2015/NĐ-CP` and `08-QĐi/TW`. Only inside a symbol: in running text an en
 * dash carries meaning (`Độc lập – Tự do – Hạnh phúc`) and stays.
 */

const DASH = '[-‐‑–—−]';
/** a code after a dash: capitals and digits, at most one lower-case letter at its end (TTg, QĐi) */
const CODE = '[A-ZĐ][A-ZĐ0-9]*[a-zđ]?';
const STATE = `\\d{1,5}/(?:\\d{4}/)?[A-ZĐ][A-ZĐ0-9]{0,11}[a-zđ]?(?:[ \\t]*${DASH}[ \\t]*${CODE})+`;
const PARTY = `\\d{1,5}[ \\t]?${DASH}[ \\t]?[A-ZĐ][A-Za-zĐđ]{0,5}/[A-ZĐ]{1,8}`;
const SYMBOL = new RegExp(`(?<![\\p{L}\\p{N}])(?:${STATE}|${PARTY})(?![\\p{L}\\p{N}])`, 'gu');
const DASH_RUN = new RegExp(`[ \\t]*${DASH}[ \\t]*`, 'gu');

/** A quick test: is there a dash that is spaced or not a hyphen-minus between a capital or digit and a capital? */
export const SYMBOL_DASH_SUSPECT = /[\p{Lu}\d](?:[ \t]*[‐‑–—−][ \t]*|[ \t]+-[ \t]*|-[ \t]+)\p{Lu}/u;

export interface TextEdit {
  start: number;
  end: number;
  replacement: string;
}

/** Edits that make every dash inside a legal symbol a plain "-" (none when all already are). */
export function symbolDashEdits(text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const symbol of text.matchAll(SYMBOL)) {
    for (const dash of symbol[0].matchAll(DASH_RUN)) {
      if (dash[0] === '-') continue;
      const start = symbol.index + dash.index;
      edits.push({ start, end: start + dash[0].length, replacement: '-' });
    }
  }
  return edits;
}
