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
    case 'appendix':
      return 'appendix';
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

// (the leading lookahead spares the lookbehind at most positions: measured faster)
const FOOTNOTE_MARK = /(?=\()(?<=\S)\((\d{1,3})\)/gu;
const FOOTNOTE_LABEL = /^\((\d{1,3})\)/u;

/** All text blocks in document order (footnotes last, as they are in the tree). A footnote
 * belongs to the section whose text carries its mark ("văn bản(1)"). */
export function textBlocks(tree: RootNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  const markSection = new Map<string, string | null>();
  for (const child of tree.children) {
    if (child.type === 'section') {
      for (const block of sectionBlocks(child)) {
        if (block.text.includes('(')) {
          for (const m of block.text.matchAll(FOOTNOTE_MARK)) if (!markSection.has(m[1]!)) markSection.set(m[1]!, block.sectionId);
        }
        blocks.push(block);
      }
      continue;
    }
    const location = locationOfRole(child.role);
    if (!location) continue;
    const label = location === 'footnote' ? FOOTNOTE_LABEL.exec(child.value)?.[1] : undefined;
    blocks.push(blockOf(child, label ? markSection.get(label) ?? null : null, location, false));
  }
  return blocks;
}

export function sectionViews(tree: RootNode): SectionView[] {
  return tree.children.filter((c): c is SectionNode => c.type === 'section').map(sectionView);
}

/**
 * The paragraphs outside the section tree that tasks are read in: the body of a document without
 * sections, appendices, and text that could not be placed, in document order, as `textBlocks` gives them.
 */
export function blocksOutsideSections(tree: RootNode): TextBlock[] {
  return tree.children
    .filter((c): c is ParagraphNode => c.type === 'paragraph' && (c.role === 'appendix' || c.role === 'unplaced' || c.role === 'body'))
    .map((p) => blockOf(p, null, locationOfRole(p.role)!, false));
}

export function preambleBlocks(tree: RootNode): TextBlock[] {
  return tree.children
    .filter((c): c is ParagraphNode => c.type === 'paragraph' && c.role === 'basis')
    .map((p) => blockOf(p, null, 'basis', false));
}
