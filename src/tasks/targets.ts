/**
 * Targets: every item of a section headed CHỈ TIÊU / MỤC TIÊU, and numeric promises anywhere
 * ("Trên 80% Phòng … đạt …", "100% công chức …", "Ít nhất 30% doanh nghiệp …", "khoảng trên 500ha").
 */
import type { SectionView, TextBlock, TextRange } from '../document/blocks.js';
import type { Target } from '../output/schema.js';
import { foldKey } from '../normalize/match-keys.js';
import { groupsItems } from './item-groups.js';
import { sentences, trimCut, type Cut } from './sentences.js';
import { subjectOf } from './target-subjects.js';
import { isAllCaps } from '../structure/letter-case.js';
import { LETTERS, NUMERALS } from '../normalize/letter-classes.js';

export type TargetDraft = Omit<Target, 'span'> & { range: TextRange };

type Comparator = NonNullable<Target['comparator']>;

/** units that make a number a promise anywhere in a plan */
const MEASURE_UNITS = ['%', 'ha', 'km²', 'km2', 'km', 'm²', 'm2', 'tấn', 'MW'];
/** units that count only inside a target section ("05 lớp tập huấn") */
const COUNT_UNITS = [
  'lượt người', 'lượt', 'người', 'hộ', 'doanh nghiệp', 'cuộc', 'lớp', 'hội nghị', 'mô hình', 'buổi', 'đợt', 'tỷ đồng',
  'triệu đồng', 'nghìn đồng', 'văn bản', 'sáng kiến', 'tin bài', 'bài', 'hồ sơ', 'xã', 'cơ sở',
];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function quantityRegExp(units: readonly string[]): RegExp {
  const alternation = [...units].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  // "80", "1.500" (thousands), "2,5" (decimal comma); not inside symbols or dates ("25-NQ", "/2022")
  return new RegExp(`(?<![${LETTERS}${NUMERALS}.,/-])(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?\\s*(${alternation})(?![${LETTERS}${NUMERALS}])`, 'giu');
}

// global, used through matchAll() only
const MEASURE_RE = quantityRegExp(MEASURE_UNITS);
const ANY_QUANTITY_RE = quantityRegExp([...MEASURE_UNITS, ...COUNT_UNITS]);
// not global: whether a paragraph holds a measure. A sentence's match is one in its paragraph too:
// what surrounds a sentence there is whitespace or an emphasis mark, which neither lookaround rejects.
// MAY_HAVE_MEASURE, a digit right before a unit, is a quick test first (a pattern that starts with a
// digit is scanned far faster than one that starts with a lookbehind)
const HAS_MEASURE = new RegExp(MEASURE_RE.source, 'iu');
const MAY_HAVE_MEASURE = new RegExp(`\\d\\s*(?:${[...MEASURE_UNITS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`, 'iu');

// words before the number, checked in this order ("khoảng trên" is approximate)
const BEFORE: readonly (readonly [RegExp, Comparator])[] = [
  [new RegExp(String.raw`(?<![${LETTERS}])(?:khoảng|xấp xỉ|chừng|gần)(?:\s+(?:trên|hơn|dưới))?\s*$`, 'iu'), '≈'],
  [new RegExp(String.raw`(?<![${LETTERS}])(?:ít nhất|tối thiểu|không dưới|không thấp hơn|không ít hơn)(?:\s+là)?\s*$`, 'iu'), '≥'],
  [new RegExp(String.raw`(?<![${LETTERS}])(?:tối đa|không quá|không vượt quá|không cao hơn|không nhiều hơn)(?:\s+là)?\s*$`, 'iu'), '≤'],
  [new RegExp(String.raw`(?<![${LETTERS}])(?:trên|hơn|vượt|cao hơn|lớn hơn|nhiều hơn)\s*$`, 'iu'), '>'],
  [new RegExp(String.raw`(?<![${LETTERS}])(?:dưới|thấp hơn|ít hơn|nhỏ hơn)\s*$`, 'iu'), '<'],
];

const OR_MORE_AFTER = new RegExp(String.raw`^\s*trở lên(?![${LETTERS}])`, 'iu');
const OR_LESS_AFTER = new RegExp(String.raw`^\s*trở xuống(?![${LETTERS}])`, 'iu');

function comparatorAt(text: string, start: number, end: number): Comparator {
  const before = text.slice(Math.max(0, start - 30), start);
  for (const [re, comparator] of BEFORE) if (re.test(before)) return comparator;
  const after = text.slice(end, end + 20);
  if (OR_MORE_AFTER.test(after)) return '≥';
  if (OR_LESS_AFTER.test(after)) return '≤';
  return '=';
}

interface Quantity {
  value: number;
  unit: string;
  comparator: Comparator;
  subject: string | null;
}

function promisesIn(text: string, re: RegExp): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(re)) {
    const whole = m[1]!.replace(/\./gu, '');
    const value = Number(m[2] ? `${whole}.${m[2]}` : whole);
    if (!Number.isFinite(value)) continue;
    const end = m.index + m[0].length;
    out.push({ value, unit: m[3]!, comparator: comparatorAt(text, m.index, end), subject: subjectOf(text, m.index, end, m[3]!) });
  }
  return out;
}

// matched on the fold key: "CHỈ TIÊU", "Chỉ tiêu", "CHI TIEU" are all "chi tieu"
const TARGET_WORDS = /(?:^|[^a-z])(?:chi tieu|muc tieu)(?![a-z])/u;
const TARGET_START = /^(?:(?:mot so|cac|nhung)\s+)?(?:chi tieu|muc tieu)(?![a-z])/u;
const MAY_HOLD_TIEU = /t[iíìỉĩị][eêếềểễệ]u/iu;

const ASCII_LOWER_CASE = /[a-z]/u;

function isCapitals(text: string): boolean {
  // a lower-case ASCII letter is a letter that upper-casing changes: most headings stop here
  return !ASCII_LOWER_CASE.test(text) && isAllCaps(text, 1);
}

/**
 * "II. MỘT SỐ CHỈ TIÊU TRỌNG TÂM", "1. Mục tiêu cụ thể", "MỤC TIÊU, NHIỆM VỤ": a heading that
 * starts with the words, or one in capitals that has them anywhere (a sentence in lower case
 * that mentions targets is not a heading of targets).
 */
export function isTargetHeading(heading: string): boolean {
  // every heading comes here: no key unless what is keyed can hold "tiêu" in some spelling
  if (!MAY_HOLD_TIEU.test(heading)) return false;
  const cut = trimCut(heading);
  const written = heading.slice(cut.start, cut.end);
  const capitals = isCapitals(written);
  // in sentence case only the start counts, and "những chỉ tiêu" fits in far fewer characters
  const keyed = capitals ? written : written.slice(0, 40);
  if (keyed !== written && !MAY_HOLD_TIEU.test(keyed)) return false;
  const key = foldKey(keyed);
  return TARGET_START.test(key) || (capitals && TARGET_WORDS.test(key));
}

function item(block: TextBlock, cut: Cut, sectionId: string, re: RegExp, always: boolean): TargetDraft[] {
  const text = block.text.slice(cut.start, cut.end);
  const range = { start: block.start + cut.start, end: block.start + cut.end };
  const found = promisesIn(text, re);
  if (found.length === 0) return always ? [{ sectionId, text, value: null, unit: null, comparator: null, subject: null, range }] : [];
  return found.map((p) => ({ sectionId, text, value: p.value, unit: p.unit, comparator: p.comparator, subject: p.subject, range }));
}

function walk(section: SectionView, inTargets: boolean, out: TargetDraft[]): void {
  const isHeadingOfTargets = section.kind !== 'bullet' && section.kind !== 'subbullet' && section.heading !== null && isTargetHeading(section.heading.text);
  const targets = inTargets || isHeadingOfTargets;
  const blocks: TextBlock[] = [];
  // a heading is an item unless it heads the target section or groups items ("a) Về kinh tế:")
  const groups = groupsItems(section);
  if (section.heading && !isHeadingOfTargets && !(targets && groups)) blocks.push(section.heading);
  blocks.push(...section.paragraphs);
  for (const block of blocks) {
    if (targets) {
      const cut = trimCut(block.text);
      if (cut.end > cut.start) out.push(...item(block, cut, section.id, ANY_QUANTITY_RE, true));
    } else if (MAY_HAVE_MEASURE.test(block.text) && HAS_MEASURE.test(block.text)) {
      // (a block without a measure has no promise)
      for (const cut of sentences(block.text)) out.push(...item(block, cut, section.id, MEASURE_RE, false));
    }
  }
  for (const child of section.children) walk(child, targets, out);
}

/** Targets of the plan, in document order. */
export function extractTargets(sections: SectionView[]): TargetDraft[] {
  const out: TargetDraft[] = [];
  for (const section of sections) walk(section, false, out);
  return out.sort((a, b) => a.range.start - b.range.start);
}
