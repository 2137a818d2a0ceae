/**
 * Appendices (PHỤ LỤC) after a document's closing: which paragraph opens one, its label and its
 * title. Each appendix runs from the paragraph that opens it to the next one that opens another.
 */
import { isAllCaps } from './letter-case.js';
import { LETTERS, NUMERALS } from '../normalize/letter-classes.js';

/**
 * An appendix heading: "PHỤ LỤC", "PHỤ LỤC II", "PHỤ LỤC:", or in sentence case with a number, a
 * colon or a title in capitals after it ("Phụ lục: DANH SÁCH …", "Phụ lục I"), not a sentence that
 * starts with the word ("Phụ lục kèm theo …").
 */
const APPENDIX = new RegExp(
  String.raw`^(?:PHỤ LỤC(?![${LETTERS}${NUMERALS}])|Phụ lục(?:\s+số)?(?:\s+(?:[IVXLC]{1,6}|\d{1,2}[a-z]?)(?![${LETTERS}${NUMERALS}]))?\s*(?::|$|(?=\p{Lu}{2})))`,
  'u',
);
/** the label of a heading: the words and the number ("PHỤ LỤC SỐ 2", "Phụ lục II") */
const LABEL = new RegExp(String.raw`^\s*((?:PHỤ|Phụ)\s+(?:LỤC|lục)(?:\s+(?:SỐ|số))?(?:\s+(?:[IVXLC]{1,6}|\d{1,2}[a-z]?))?)(?![${LETTERS}${NUMERALS}])`, 'u');
/** what may separate the label from a title on its line */
const AFTER_LABEL = /^[\s:.–—-]+/u;
/** lines in capitals under a bare heading that make its title, at most */
const MAX_TITLE_LINES = 4;

/** Whether a paragraph opens an appendix. */
export function opensAppendix(text: string): boolean {
  return APPENDIX.test(text);
}

/** The label of the appendix a paragraph opens ("PHỤ LỤC", "Phụ lục II"), or null when it opens none. */
export function appendixLabel(text: string): string | null {
  if (!APPENDIX.test(text)) return null;
  const m = LABEL.exec(text);
  return m ? m[1]!.replace(/\s+/gu, ' ') : null;
}

export interface AppendixGroup<P> {
  label: string;
  /** the rest of the heading line, or the lines in capitals under a bare heading, or null */
  title: string | null;
  paragraphs: P[];
}

function titleOf(texts: readonly string[]): string | null {
  const label = LABEL.exec(texts[0]!);
  if (!label) return null;
  const rest = texts[0]!.slice(label[0].length).replace(AFTER_LABEL, '').trim();
  if (rest !== '') return rest;
  const lines: string[] = [];
  for (const text of texts.slice(1, 1 + MAX_TITLE_LINES)) {
    if (!isAllCaps(text)) break;
    lines.push(text.trim());
  }
  return lines.length > 0 ? lines.join(' ') : null;
}

/** The appendices of the paragraphs after the closing, the first of which opens one. */
export function groupAppendices<P>(paragraphs: readonly P[], textOf: (paragraph: P) => string): AppendixGroup<P>[] {
  const groups: { label: string; paragraphs: P[] }[] = [];
  for (const paragraph of paragraphs) {
    const label = appendixLabel(textOf(paragraph));
    if (label !== null || groups.length === 0) groups.push({ label: label ?? 'Phụ lục', paragraphs: [paragraph] });
    else groups[groups.length - 1]!.paragraphs.push(paragraph);
  }
  return groups.map((g) => ({ label: g.label, title: titleOf(g.paragraphs.map(textOf)), paragraphs: g.paragraphs }));
}
