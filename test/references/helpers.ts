/**
 * Blocks laid out as the pipeline lays them out: one paragraph per line of a document text, so
 * ranges are document offsets and `text.slice(range)` checks them.
 */
import type { BlockLocation, TextBlock } from '../../src/document/blocks.js';
import { extractReferences } from '../../src/references/index.js';
import type { SelfInfo } from '../../src/references/types.js';

export const CONTEXT = { date: null, periodYear: null };

export type Paragraph = [text: string, location: BlockLocation, sectionId: string | null];

export function document(paragraphs: Paragraph[]): { text: string; blocks: TextBlock[] } {
  const blocks: TextBlock[] = [];
  let start = 0;
  for (const [text, location, sectionId] of paragraphs) {
    blocks.push({ text, start, sectionId, location, isHeading: false });
    start += text.length + 1;
  }
  return { text: paragraphs.map((p) => p[0]).join('\n'), blocks };
}

/** References and warnings of some paragraphs, with the document text to check ranges against. */
export function extract(paragraphs: Paragraph[], self: SelfInfo | null = null) {
  const doc = document(paragraphs);
  return { ...extractReferences(doc.blocks, CONTEXT, self), text: doc.text };
}

/** One body paragraph. */
export function extractOne(text: string) {
  return extract([[text, 'body', null]]);
}
