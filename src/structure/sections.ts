/**
 * The section tree: I. → 1. → a) → - → +. A marker opens a section under the nearest open
 * section of higher rank; paragraphs without a marker belong to the innermost open section.
 * Numbering mistakes (a repeated `2.`, a skipped `c)`) are kept as written and reported.
 */
import type { WarningDraft } from '../document/blocks.js';
import type { HeadingNode, ParagraphNode, SectionNode, TextLocator } from '../document/tree.js';
import { markerOf, type Marker } from './markers.js';

interface OpenSection {
  node: SectionNode;
  marker: Marker;
  /** ordinal of the last numbered child per kind, and how many bullets so far */
  lastOrdinal: Map<string, { ordinal: number; label: string }>;
  bullets: number;
  usedIds: Map<string, number>;
}

export interface SectionsResult {
  sections: SectionNode[];
  /** paragraphs before the first marker */
  leading: ParagraphNode[];
  warnings: WarningDraft[];
}

function idPart(marker: Marker, bulletNumber: number): string {
  if (marker.kind === 'part' || marker.kind === 'chuong' || marker.kind === 'dieu') return marker.label;
  if (marker.kind === 'bullet') return `-${bulletNumber}`;
  if (marker.kind === 'subbullet') return `+${bulletNumber}`;
  const parts = marker.value.split('.');
  return parts[parts.length - 1]!;
}

function sequenceKey(marker: Marker): string {
  return `${marker.kind}:${marker.rank}`;
}

export function buildSections(paragraphs: readonly ParagraphNode[], locator: TextLocator): SectionsResult {
  const root: OpenSection = {
    node: { type: 'section', id: '', label: '', kind: 'part', level: 0, children: [], position: locator.position(0, 0) },
    marker: { kind: 'part', label: '', value: '', ordinal: null, rank: -1, length: 0 },
    lastOrdinal: new Map(),
    bullets: 0,
    usedIds: new Map(),
  };
  const stack: OpenSection[] = [root];
  const leading: ParagraphNode[] = [];
  const warnings: WarningDraft[] = [];

  const extendTo = (end: number) => {
    for (const open of stack.slice(1)) {
      open.node.position = locator.position(open.node.position.start.offset!, Math.max(open.node.position.end.offset!, end));
    }
  };

  for (const paragraph of paragraphs) {
    const marker = markerOf(paragraph.value);
    const start = paragraph.position.start.offset!;
    const end = paragraph.position.end.offset!;
    if (!marker) {
      // a paragraph without a marker after a bullet list belongs to the item that holds the list
      while (stack.length > 2 && stack[stack.length - 1]!.marker.rank >= 4) stack.pop();
      if (stack.length === 1) leading.push(paragraph);
      else {
        stack[stack.length - 1]!.node.children.push(paragraph);
        extendTo(end);
      }
      continue;
    }
    while (stack.length > 1 && stack[stack.length - 1]!.marker.rank >= marker.rank) stack.pop();
    const parent = stack[stack.length - 1]!;
    const range = { start, end };

    // numbering checks
    if (marker.ordinal !== null) {
      const key = sequenceKey(marker);
      const last = parent.lastOrdinal.get(key);
      const expected = last ? last.ordinal + 1 : 1;
      if (last && marker.ordinal === last.ordinal) {
        warnings.push({ code: 'structure/duplicate-number', message: `"${marker.label}" is numbered the same as the item before it`, range });
      } else if (marker.ordinal !== expected && marker.kind !== 'part' && marker.kind !== 'chuong') {
        const what = last ? `after "${last.label}"` : 'as the first item';
        warnings.push({ code: 'structure/unexpected-number', message: `"${marker.label}" ${what}: expected number ${expected}`, range });
      }
      parent.lastOrdinal.set(key, { ordinal: marker.ordinal, label: marker.label });
    }
    let bulletNumber = 0;
    if (marker.kind === 'bullet' || marker.kind === 'subbullet') {
      parent.bullets += 1;
      bulletNumber = parent.bullets;
    }
    const part = idPart(marker, bulletNumber);
    const baseId = parent.node.id ? `${parent.node.id}.${part}` : part;
    const seen = parent.usedIds.get(baseId) ?? 0;
    parent.usedIds.set(baseId, seen + 1);
    const id = seen === 0 ? baseId : `${baseId}#${seen + 1}`;

    const headingStart = start + marker.length;
    const heading: HeadingNode = {
      type: 'heading',
      value: paragraph.value.slice(marker.length),
      position: locator.position(headingStart, end),
    };
    const node: SectionNode = {
      type: 'section',
      id,
      label: marker.label,
      kind: marker.kind,
      level: stack.length,
      children: heading.value ? [heading] : [],
      position: locator.position(start, end),
    };
    parent.node.children.push(node);
    stack.push({ node, marker, lastOrdinal: new Map(), bullets: 0, usedIds: new Map() });
    extendTo(end);
  }
  return { sections: root.node.children.filter((c): c is SectionNode => c.type === 'section'), leading, warnings };
}
