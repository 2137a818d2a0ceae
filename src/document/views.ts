/**
 * Plain-data views of the unist tree for the extraction stages: every paragraph in reading
 * order as a `TextBlock`, and the section tree as `SectionView`s.
 */
import type { BlockLocation, SectionView, TextBlock } from './blocks.js';
import type { HeadingNode, ParagraphNode, RootNode, SectionNode } from './tree.js';

function blockOf(node: ParagraphNode | HeadingNode, sectionId: string | null, location: BlockLocation, isHeading: boolean): TextBlock {
  return { text: node.value, start: node.position.start.offset!, sectionId, location, isHeading };
}

function locationOfRole(role: ParagraphNode['role']): BlockLocation | null {
  switch (role) {
    case 'basis':
      return 'basis';
    case 'title':
      return 'title';
    case 'footnote':
      return 'footnote';
    case 'unplaced':
      return 'unplaced';
    case 'body':
      return 'body';
    default:
      return null; // header lines, recipients and signature hold no citations or tasks
  }
}

export function sectionView(section: SectionNode): SectionView {
  const heading = section.children.find((c): c is HeadingNode => c.type === 'heading');
  return {
    id: section.id,
    label: section.label,
    kind: section.kind,
    level: section.level,
    heading: heading ? blockOf(heading, section.id, 'body', true) : null,
    paragraphs: section.children.filter((c): c is ParagraphNode => c.type === 'paragraph').map((p) => blockOf(p, section.id, 'body', false)),
    children: section.children.filter((c): c is SectionNode => c.type === 'section').map(sectionView),
  };
}

function* sectionBlocks(section: SectionNode): Generator<TextBlock> {
  for (const child of section.children) {
    if (child.type === 'heading') yield blockOf(child, section.id, 'body', true);
    else if (child.type === 'paragraph') yield blockOf(child, section.id, 'body', false);
    else yield* sectionBlocks(child);
  }
}

/** All text blocks in document order (footnotes last, as they are in the tree). */
export function textBlocks(tree: RootNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const child of tree.children) {
    if (child.type === 'section') {
      blocks.push(...sectionBlocks(child));
      continue;
    }
    const location = locationOfRole(child.role);
    if (location) blocks.push(blockOf(child, null, location, false));
  }
  return blocks;
}

export function sectionViews(tree: RootNode): SectionView[] {
  return tree.children.filter((c): c is SectionNode => c.type === 'section').map(sectionView);
}

export function preambleBlocks(tree: RootNode): TextBlock[] {
  return tree.children
    .filter((c): c is ParagraphNode => c.type === 'paragraph' && c.role === 'basis')
    .map((p) => blockOf(p, null, 'basis', false));
}
