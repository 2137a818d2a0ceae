/**
 * Units a document lists by name before it refers to them as a group. A notice of inspection
 * results names the inspected ("… của các đơn vị: Công ty cổ phần A (Gói thầu số 13 …); Tổng công
 * ty B (…); Công ty TNHH C (…) cho thấy …") and later asks them ("… yêu cầu đơn vị nêu trên thực
 * hiện …", "Đề nghị Công ty …"). Extraction (`unitLists`) is apart from resolution (`listedUnitsFor`),
 * as eyecite keeps citations apart from what "id." refers to.
 *
 * A list is a group noun with a colon ("các đơn vị:", "các doanh nghiệp sau:", "các cơ sở được kiểm
 * tra gồm:"), or a letter's "Kính gửi:", and then units: in the same sentence, separated by ";" (or
 * by "," and "và"), each with what it says of them in brackets; or, when the colon ends its
 * paragraph, one unit at the head of each paragraph after it ("- Công ty TNHH Hiệp Phú;"), to the
 * one that ends with a full stop.
 */
import type { TextBlock } from '../document/blocks.js';
import { LETTERS } from '../normalize/letter-classes.js';
import { ADDRESSED } from './addressed-company.js';
import { splitUnits, startsWithCompany, startsWithUnit, unitRunEnd } from './units.js';

export interface UnitList {
  /** where the list's first unit is written (an offset into the normalized text) */
  at: number;
  /** the units, as written */
  units: string[];
}

// used through matchAll() only (which copies the regex)
const LIST_INTRODUCTION = new RegExp(
  String.raw`(?<![${LETTERS}])(?:[Cc]ác|[Nn]hững)\s+(?:đơn vị|doanh nghiệp|công ty|cơ sở|tổ chức|cơ quan)(?:\s+(?:sau đây|sau|được kiểm tra|được thanh tra|gồm có|gồm|là))*\s*:\s*`,
  'gu',
);
const LIST_MARK = /^\s*[-+•–]\s*/u;

/** Names that stand for listed units: "đơn vị nêu trên", "các đơn vị trên", "các doanh nghiệp được kiểm tra", a letter's "Quý cơ quan". */
const REFERS_TO_LISTED =
  /^(?:(?:các|những)\s+)?(?:đơn vị|doanh nghiệp|công ty|cơ sở|tổ chức|cơ quan)(?:\s+(?:được kiểm tra|được thanh tra))?\s+(?:nêu trên|nói trên|kể trên|trên)$|^(?:(?:các|những)\s+)?(?:đơn vị|doanh nghiệp|cơ sở)\s+(?:được kiểm tra|được thanh tra)$|^quý\s+(?:đơn vị|cơ quan|doanh nghiệp)$/iu;
/** A company named by its kind alone: "Công ty", "các Công ty", "Quý Công ty", "các công ty nêu trên". */
const COMPANIES_BY_KIND = /^(?:(?:các|những|quý)\s+)?(?:tổng\s+)?công ty(?:\s+(?:nêu trên|nói trên|kể trên|trên))?$/iu;

/**
 * How far a list may run: a sentence of units (TB 1894's three companies with their works take some
 * 900 characters), and paragraphs of one unit each. Past these it is no list a reader would call one,
 * and a text made of list introductions is read in linear time.
 */
const LIST_WINDOW = 4000;
const LIST_PARAGRAPHS = 100;

/** Where the sentence that `from` is in ends, outside brackets: at ". ", the end of the text, or `LIST_WINDOW` after `from`. */
function sentenceEnd(text: string, from: number): number {
  let depth = 0;
  const end = Math.min(text.length, from + LIST_WINDOW);
  for (let i = from; i < end; i += 1) {
    const ch = text[i];
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && ch === '.' && (i + 1 === text.length || text[i + 1] === ' ')) return i;
  }
  return end;
}

/** `text` cut at each `mark` outside brackets (the text of brackets is kept). */
function piecesOutsideBrackets(text: string, mark: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && ch === mark) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out;
}

function startsWithNamedUnit(text: string): boolean {
  return startsWithCompany(text) || startsWithUnit(text);
}

/** The units at the head of `text`, up to its first bracket: "Sở Y tế, Sở Xây dựng và UBND huyện Bảo Thắng cho thấy …" → the three. */
function unitsAtHead(text: string): string[] {
  const head = text.replace(LIST_MARK, '');
  if (!startsWithNamedUnit(head)) return [];
  const bracket = head.indexOf('(');
  const named = bracket < 0 ? head : head.slice(0, bracket);
  return splitUnits(named.slice(0, unitRunEnd(named, 0).end)).filter(startsWithNamedUnit);
}

/** The units of a list that starts at `from` in `text` and runs to the end of its sentence. */
function unitsInSentence(text: string, from: number): string[] {
  const list = text.slice(from, sentenceEnd(text, from));
  const pieces = piecesOutsideBrackets(list, ';');
  // "A; B; C": one unit (or a few, "Sở A và Sở B") a piece; a list without ";" is one piece
  const units: string[] = [];
  for (const piece of pieces) {
    const found = unitsAtHead(piece.trimStart());
    if (found.length === 0) break;
    units.push(...found);
  }
  return units;
}

/** Where lists start in `text`: past each introduction. */
function listStarts(text: string): number[] {
  const starts: number[] = [];
  // a letter's addressees: "Kính gửi: Công ty A; Công ty B", or one a line after it
  const addressed = ADDRESSED.exec(text);
  if (addressed) starts.push(addressed[0].length);
  for (const m of text.matchAll(LIST_INTRODUCTION)) starts.push(m.index + m[0].length);
  return starts;
}

/** The units at the head of the paragraphs after an introduction, to the first that names none or ends with ".". */
function unitsInParagraphs(next: readonly TextBlock[]): string[] {
  const units: string[] = [];
  for (const entry of next) {
    const found = unitsAtHead(entry.text);
    if (found.length === 0) break;
    units.push(...found);
    if (entry.text.trimEnd().endsWith('.')) break;
  }
  return units;
}

/** The lists of units in `blocks` (in document order), in the order they are written. */
export function unitLists(blocks: readonly TextBlock[]): UnitList[] {
  const lists: UnitList[] = [];
  blocks.forEach((block, index) => {
    if (!block.text.includes(':')) return;
    for (const from of listStarts(block.text)) {
      // when the colon ends the paragraph, a unit at the head of each paragraph after it
      const inline = from < block.text.length;
      const units = inline ? unitsInSentence(block.text, from) : unitsInParagraphs(blocks.slice(index + 1, index + 1 + LIST_PARAGRAPHS));
      if (units.length > 0) lists.push({ at: inline ? block.start + from : blocks[index + 1]!.start, units });
    }
  });
  return lists;
}

/**
 * The listed units that `name` (a task's lead or other unit, as written) stands for when it refers
 * to them as a group: the units of the last list before `at` ("đơn vị nêu trên"), only its companies
 * for a company named by its kind ("Công ty", "các công ty nêu trên"). Null when `name` refers to
 * no list, or no list (no company) comes before it.
 */
export function listedUnitsFor(name: string, at: number, lists: readonly UnitList[]): string[] | null {
  const refers = whatNameRefersTo(name);
  if (refers === null) return null;
  const list = lists.findLast((l) => l.at < at);
  if (!list) return null;
  const units = refers === 'companies' ? list.units.filter(startsWithCompany) : list.units;
  return units.length > 0 ? units : null;
}

/** Does `name` refer to listed units ("đơn vị nêu trên": all of a list's; "Công ty": its companies), or to none (null)? */
export function whatNameRefersTo(name: string): 'units' | 'companies' | null {
  const trimmed = name.trim();
  if (COMPANIES_BY_KIND.test(trimmed)) return 'companies';
  return REFERS_TO_LISTED.test(trimmed) ? 'units' : null;
}
