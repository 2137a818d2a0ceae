/**
 * Stage 2: extracted lines → one normalized text of paragraphs (one per line of the text),
 * with a map back to the source and the list of repairs made. Every position in the output
 * refers to this text.
 */
import type { TextRange } from '../document/blocks.js';
import type { ExtractedSource } from '../extract/source-line.js';
import { createNormalizeContext, prepareLine } from './normalize-line.js';
import { buildParagraphs, type BuiltParagraph, type PreparedLine } from './paragraphs.js';
import { SourceMap } from './source-map.js';

export interface NormalizedParagraph {
  text: string;
  /** offset of the paragraph in the normalized text */
  start: number;
  role: BuiltParagraph['role'];
  bold: boolean;
  box: BuiltParagraph['box'];
}

/** A repair of the source text (tone mark moved, look-alike replaced …), in normalized offsets. */
export interface NormalizeFix {
  /** stable id, e.g. "normalize/tone-mark-moved" */
  code: string;
  message: string;
  range: TextRange;
}

export interface NormalizedSource {
  /** paragraphs joined by "\n" */
  text: string;
  paragraphs: NormalizedParagraph[];
  sourceMap: SourceMap;
  /** repairs in text order; problems are not here (they are warnings) */
  fixes: NormalizeFix[];
}

export function normalizeSource(extracted: ExtractedSource): NormalizedSource {
  // a document asks about fewer different words than it has lines (a plan: some two hundred)
  const context = createNormalizeContext({ expectedWords: Math.min(extracted.lines.length >> 1, 1024) });
  // (a loop, not map: map gives arrays of another kind once compiled, and the paragraphs' code,
  // compiled for one kind, would be thrown away)
  const prepared: PreparedLine[] = [];
  for (const source of extracted.lines) prepared.push(prepareLine(source, context));
  const built = buildParagraphs(prepared).filter((p) => p.text !== '');
  const sourceMap = new SourceMap();
  const paragraphs: NormalizedParagraph[] = [];
  const texts: string[] = [];
  const fixes: NormalizeFix[] = [];
  let offset = 0;
  for (const p of built) {
    for (const piece of p.pieces) {
      const at = offset + piece.offset;
      sourceMap.add(at, piece.line.source.page, piece.line.source.line);
      for (const fix of piece.line.fixes) fixes.push({ code: fix.code, message: fix.message, range: { start: at + fix.start, end: at + fix.end } });
    }
    paragraphs.push({ text: p.text, start: offset, role: p.role, bold: p.bold, box: p.box });
    texts.push(p.text);
    offset += p.text.length + 1;
  }
  fixes.sort((a, b) => a.range.start - b.range.start);
  return { text: texts.join('\n'), paragraphs, sourceMap, fixes };
}
