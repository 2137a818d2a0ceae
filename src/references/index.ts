/**
 * The legal/Party reference extractor: citations of other documents in a plan ("Chỉ thị số
 * 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về …", "25-NQ/TW", "Luật Phòng, chống tham
 * nhũng", "khoản 2 Điều 3 Thông tư số 15/2026/TT-BCT"), merged into references with their
 * mentions. Extraction (`citations.ts`, `alias.ts`) is separate from resolution (`merge.ts`), as
 * in eyecite.
 */
import type { PlanContext, TextBlock, WarningDraft } from '../document/blocks.js';
import { withCanonicalTones } from '../normalize/match-keys.js';
import { findAliasDefinitions } from './alias.js';
import { withAliasUses } from './alias-uses.js';
import { citationBlocks } from './citation-blocks.js';
import { citationsInBlock } from './citations.js';
import { resolveCitations } from './merge.js';
import { chainsByEnd, findPinpoints, pinpointBefore, shiftPinpoint } from './pinpoint.js';
import { keyCache } from '../normalize/key-cache.js';
import type { CitationBlock, ReferenceDraft, ScanText, SelfInfo } from './types.js';

export type { MentionDraft, ReferenceDraft, SelfInfo } from './types.js';
export { buildCitationIndex, type CitationIndexRow, type CitingPlan } from './citation-index.js';

/** The pinpoint written before an offset of a block (document offsets), for alias uses. */
function pinpointsOf(block: CitationBlock, scanned: ScanText | null): (start: number) => ReturnType<typeof shiftPinpoint> {
  let read: { view: string; chains: ReturnType<typeof chainsByEnd> } | null = null;
  return (start) => {
    if (!read) {
      const view = scanned?.canonical ?? withCanonicalTones(block.text);
      read = { view, chains: chainsByEnd(findPinpoints(view)) };
    }
    return shiftPinpoint(pinpointBefore(read.chains, read.view, start - block.start), block.start);
  };
}

/**
 * References cited in `blocks` (normalized paragraphs in document order), ordered by first
 * mention, with ids "ref-1", "ref-2" …; warnings for invalid or conflicting dates, issuers that
 * contradict the symbol, and short forms that cannot be resolved. `self` (the plan's own type,
 * number and symbol) keeps the plan from citing itself. `context` is not needed yet: cited
 * documents carry their own years.
 */
export function extractReferences(
  blocks: TextBlock[],
  context: PlanContext,
  self: SelfInfo | null = null,
): { references: ReferenceDraft[]; warnings: WarningDraft[] } {
  void context;
  const keys = keyCache();
  const prepared = citationBlocks(blocks);
  const perBlock = prepared.map((b) => citationsInBlock(b, keys));
  // an alias is defined for a citation in the same block
  const definitions = prepared.flatMap((b, i) => {
    const { citations, scan } = perBlock[i]!;
    return scan === null || citations.length === 0 ? [] : findAliasDefinitions(b.text, scan.canonical, b.start, citations);
  });
  const citations = prepared.flatMap((b, i) => withAliasUses(b, perBlock[i]!.citations, definitions, pinpointsOf(b, perBlock[i]!.scan)));
  return resolveCitations(citations, self, keys);
}
