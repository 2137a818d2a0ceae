/**
 * What a citation carries after its number, in any order: the date (`ngày 26/11/2021`), the
 * issuer (`của Thủ tướng Chính phủ`, or a body right after the date), the Party term
 * (`(khóa XI)`), and last the subject. Offsets here are local to the block text.
 */
import { dateAt } from '../dates/vietnamese-date.js';
import { startsUpper } from './chars.js';
import { bodyHeadAt, scanBodyName } from './issuer-phrase.js';
import { issuerFitsCode } from './issuers.js';
import { matchAt, testAt } from './match-at.js';
import { oneSpaced } from './spaces.js';
import { scanSubject } from './subject.js';
import type { KeyCache } from '../normalize/key-cache.js';
import type { CitationTail, CitedDate, ScanText } from './types.js';
import { LETTERS, NUMERALS } from '../normalize/letter-classes.js';

export interface LocalTail extends CitationTail {
  /** true when nothing at all follows the number */
  empty: boolean;
}

const DATE_START = /(?:\s*(?:ngày|\d))/iuy;
const OF = /(?:\s*của\s+)/iuy;
const SPACES = /(?:\s+)/uy;
/** "(khóa XI)", "khoá XI": matched on the canonical-tone view, where both are "khoá" */
const TERM = new RegExp(String.raw`(?:\s*(?:\(\s*khoá\s+([IVXLC]+)\s*\)|khoá\s+([IVXLC]+)(?![${LETTERS}${NUMERALS}])))`, 'iuy');
const WORD_NGAY = /^ngày[ \t]*/iu;
/** a date that belongs to a citation is written within this many characters */
const DATE_WINDOW = 80;

function dateAfter(text: string, at: number): CitedDate | null {
  if (!testAt(DATE_START, text, at)) return null;
  const found = dateAt(text.slice(at, at + DATE_WINDOW), 0);
  if (!found) return null;
  // worded dates come back with their "ngày"; keep only the date itself
  const word = WORD_NGAY.exec(found.raw)?.[0].length ?? 0;
  return {
    raw: found.raw.slice(word),
    iso: found.iso,
    problem: found.problem,
    range: { start: at + found.range.start + word, end: at + found.range.end },
  };
}

const WORD = /\S+/gu;

/**
 * The issuer named at `at`. A name stops at a line break (table cells), unless it does not fit the
 * symbol's issuer code and the name continued on the next line does: "của Bộ Công\nThương". The name
 * read on then stops where it first fits the code if a capitalised word follows, the start of the
 * next cell run on into the line: "của Bộ\nCông Thương Khoảng cách từ …" is "Bộ Công Thương".
 */
function issuerAt(scan: ScanText, at: number, issuerCode: string | null, keys: KeyCache) {
  const body = scanBodyName(scan, at, false);
  if (!body || issuerCode === null || scan.text[body.range.end] !== '\n' || issuerFitsCode(issuerCode, body.name, keys.fold)) return body;
  const longer = scanBodyName(scan, at, true);
  if (!longer || !issuerFitsCode(issuerCode, longer.name, keys.fold)) return body;
  const written = scan.text.slice(longer.range.start, longer.range.end);
  const words = [...written.matchAll(WORD)];
  for (let i = 0; i < words.length - 1; i += 1) {
    const end = words[i]!.index + words[i]![0].length;
    const name = oneSpaced(written.slice(0, end));
    if (!issuerFitsCode(issuerCode, name, keys.fold)) continue;
    if (!startsUpper(words[i + 1]![0])) break;
    return { name, range: { start: longer.range.start, end: longer.range.start + end } };
  }
  return longer;
}

/**
 * Parse the tail that starts at `at`. `citationStarts` (local offsets of the other citations in
 * the text, ascending) let the subject stop where a sibling citation begins; `issuerCode` (of the symbol)
 * decides where an issuer broken over two lines ends; `keys` keys the issuers.
 */
export function parseTail(scan: ScanText, at: number, citationStarts: readonly number[], issuerCode: string | null, keys: KeyCache): LocalTail {
  const { text } = scan;
  const tail: LocalTail = { date: null, issuer: null, term: null, subject: null, empty: true };
  let pos = at;
  let afterDate = false;
  for (;;) {
    if (!tail.date) {
      const date = dateAfter(text, pos);
      if (date) {
        tail.date = date;
        pos = date.range.end;
        afterDate = true;
        continue;
      }
    }
    if (!tail.issuer) {
      const of = matchAt(OF, text, pos);
      let nameAt: number | null = of ? pos + of[0].length : null;
      if (nameAt === null && afterDate) {
        const gap = matchAt(SPACES, text, pos);
        if (gap && bodyHeadAt(scan, pos + gap[0].length)) nameAt = pos + gap[0].length;
      }
      const body = nameAt === null ? null : issuerAt(scan, nameAt, issuerCode, keys);
      if (body) {
        tail.issuer = { value: body.name, range: body.range };
        pos = body.range.end;
        afterDate = false;
        continue;
      }
    }
    if (!tail.term) {
      const term = matchAt(TERM, scan.canonical, pos);
      if (term) {
        tail.term = `khóa ${(term[1] ?? term[2]!).toUpperCase()}`;
        pos += term[0].length;
        afterDate = false;
        continue;
      }
    }
    break;
  }
  tail.subject = scanSubject(scan, pos, citationStarts);
  tail.empty = !tail.date && !tail.issuer && !tail.term && !tail.subject;
  return tail;
}
