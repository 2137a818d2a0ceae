/**
 * Which marks point to each footnote: "(n)" written against a word of the text ("văn bản(1)" —
 * also how a PDF's raised footnote number is written once extracted). A mark belongs to the first
 * footnote with its label that follows it in the text (footnotes come after the paragraph or page
 * holding their mark); a mark with no such footnote after it, to the last one before it.
 */
import type { TextBlock, TextRange } from '../document/blocks.js';

export interface FootnoteMark {
  sectionId: string | null;
  range: TextRange;
}

// (the leading lookahead spares the lookbehind at most positions)
const MARK = /(?=\()(?<=\S)\((\d{1,3})\)/gu;

/**
 * The marks of each footnote, by its start offset. `footnotes` are the footnotes' labels and start
 * offsets; `blocks` the text outside footnotes.
 */
export function footnoteMarks(blocks: readonly TextBlock[], footnotes: readonly { label: string; start: number }[]): Map<number, FootnoteMark[]> {
  const marks = new Map<number, FootnoteMark[]>(footnotes.map((f) => [f.start, []]));
  for (const block of blocks) {
    if (block.location === 'footnote' || !block.text.includes('(')) continue;
    for (const m of block.text.matchAll(MARK)) {
      const at = block.start + m.index;
      const same = footnotes.filter((f) => f.label === m[1]);
      const target = same.filter((f) => f.start > at).sort((a, b) => a.start - b.start)[0] ?? same.filter((f) => f.start < at).sort((a, b) => b.start - a.start)[0];
      if (target) marks.get(target.start)!.push({ sectionId: block.sectionId, range: { start: at, end: at + m[0].length } });
    }
  }
  return marks;
}
