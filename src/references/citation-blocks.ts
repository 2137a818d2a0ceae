/**
 * The blocks the reference extractor reads: the pipeline's paragraphs, each with the appendix it
 * is in (the structure stage's appendix paragraphs: one that opens "PHỤ LỤC" / "Phụ lục II" starts
 * one, the paragraphs after it belong to it), and the lines of tables joined again: a table cell
 * wraps its text over several lines that come out as separate paragraphs (`Thông tư số` ⏎
 * `15/2026/TT-BCT ngày 25/3/2026 của Bộ Công` ⏎ `Thương`). Paragraphs of an appendix, of the text
 * that could not be placed, or of the body of a document without sections, that follow each other in
 * the text are joined with their line break when the first does not end a sentence; the scanners
 * treat that line break as a boundary a citation may cross only where it evidently goes on.
 */
import type { TextBlock } from '../document/blocks.js';
import { appendixLabel } from '../structure/appendices.js';
import type { CitationBlock } from './types.js';

const ENDS_SENTENCE = /[.;:!?]\s*$/u;

function joins(prev: CitationBlock, prevEnd: number, lastLine: string, next: CitationBlock): boolean {
  return (
    (prev.location === 'appendix' || prev.location === 'unplaced' || (prev.location === 'body' && prev.sectionId === null)) &&
    next.location === prev.location &&
    prev.appendix === next.appendix &&
    next.start === prevEnd + 1 &&
    !ENDS_SENTENCE.test(lastLine)
  );
}

/** Blocks with their appendix, table lines joined. Input and output in document order. */
export function citationBlocks(blocks: readonly TextBlock[]): CitationBlock[] {
  const groups: { block: CitationBlock; lines: string[]; end: number }[] = [];
  let appendix: string | null = null;
  for (const block of blocks) {
    if (block.location === 'appendix') appendix = appendixLabel(block.text) ?? appendix;
    const { text, start, sectionId, location, isHeading } = block;
    const current: CitationBlock = { text, start, sectionId, location, isHeading, appendix: location === 'appendix' ? appendix : null };
    const prev = groups[groups.length - 1];
    if (prev && joins(prev.block, prev.end, prev.lines[prev.lines.length - 1]!, current)) {
      prev.lines.push(current.text);
      prev.end = current.start + current.text.length;
    } else groups.push({ block: current, lines: [current.text], end: current.start + current.text.length });
  }
  return groups.map(({ block, lines }) => (lines.length === 1 ? block : { ...block, text: lines.join('\n') }));
}
