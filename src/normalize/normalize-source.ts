/**
 * Stage 2: extracted lines → one normalized text of paragraphs (one per line of the text),
 * with a map back to the source. Every position in the output refers to this text.
 */
import type { ExtractedSource } from '../extract/source-line.js';
import { normalizeLine } from './normalize-line.js';
import { buildParagraphs, type BuiltParagraph } from './paragraphs.js';
import { SourceMap } from './source-map.js';

export interface NormalizedParagraph {
  text: string;
  /** offset of the paragraph in the normalized text */
  start: number;
  role: BuiltParagraph['role'];
  bold: boolean;
  box: BuiltParagraph['box'];
}

export interface NormalizedSource {
  /** paragraphs joined by "\n" */
  text: string;
  paragraphs: NormalizedParagraph[];
  sourceMap: SourceMap;
}

export function normalizeSource(extracted: ExtractedSource): NormalizedSource {
  const prepared = extracted.lines.map((source) => ({ ...normalizeLine(source.text), source }));
  const built = buildParagraphs(prepared).filter((p) => p.text !== '');
  const sourceMap = new SourceMap();
  const paragraphs: NormalizedParagraph[] = [];
  let offset = 0;
  for (const p of built) {
    for (const piece of p.pieces) sourceMap.add(offset + piece.offset, { page: piece.line.source.page, line: piece.line.source.line });
    paragraphs.push({ text: p.text, start: offset, role: p.role, bold: p.bold, box: p.box });
    offset += p.text.length + 1;
  }
  return { text: paragraphs.map((p) => p.text).join('\n'), paragraphs, sourceMap };
}
