/** Headings that group the items under them. */
import type { SectionView } from '../document/blocks.js';
import { endsWithColon } from '../document/introductions.js';

/** A section whose heading groups the items under it: "a) Về kinh tế:" with items below. */
export function groupsItems(section: SectionView): boolean {
  return section.children.length > 0 && section.heading !== null && endsWithColon(section.heading.text);
}
