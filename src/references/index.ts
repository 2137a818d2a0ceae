/**
 * The legal/Party reference extractor: citations of other documents in a plan ("Chỉ thị số
 * 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về …", "25-NQ/TW", "Luật Phòng, chống tham
 * nhũng"), merged into references with their mentions. Extraction (`citations.ts`) is separate
 * from resolution (`merge.ts`), as in eyecite.
 */
import type { PlanContext, TextBlock, WarningDraft } from '../document/blocks.js';
import { citationsInBlock } from './citations.js';
import { resolveCitations } from './merge.js';
import type { ReferenceDraft } from './types.js';

export type { MentionDraft, ReferenceDraft } from './types.js';

/**
 * References cited in `blocks` (normalized paragraphs in document order), ordered by first
 * mention, with ids "ref-1", "ref-2" …; warnings for invalid or conflicting dates and for issuers
 * that contradict the symbol. `context` is not needed yet: cited documents carry their own years.
 */
export function extractReferences(
  blocks: TextBlock[],
  context: PlanContext,
): { references: ReferenceDraft[]; warnings: WarningDraft[] } {
  void context;
  return resolveCitations(blocks.flatMap(citationsInBlock));
}
