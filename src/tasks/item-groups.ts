/**
 * Headings and paragraphs that introduce what follows them: they end with a colon ("a) Về tuyên
 * truyền:", "Các phòng, đơn vị thuộc Sở có trách nhiệm:"), maybe inside bold marks.
 */
import type { SectionView } from '../document/blocks.js';

const ENDS_WITH_COLON = /:\s*\**\s*$/u;

export function endsWithColon(text: string): boolean {
  return ENDS_WITH_COLON.test(text);
}

/** A section whose heading groups the items under it: "a) Về kinh tế:" with items below. */
export function groupsItems(section: SectionView): boolean {
  return section.children.length > 0 && section.heading !== null && endsWithColon(section.heading.text);
}
