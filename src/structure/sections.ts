/**
 * The section tree: I. → 1. → a) → - → +. A marker opens a section under the nearest open
 * section of higher rank; paragraphs without a marker belong to the innermost open section.
 * Numbering mistakes (a repeated `2.`, a skipped `c)`) are kept as written and reported. A list that
 * a section introduces with a colon and numbers from 1 again ("3. Đề xuất" … "Hồ sơ kèm theo:" ⏎
 * "1. …" ⏎ "2. …") is that section's own list, not a repetition of its siblings.
 */
import type { WarningDraft } from '../document/blocks.js';
import type { HeadingNode, ParagraphNode, SectionNode, TextLocator } from '../document/tree.js';
import { markerOf, type Marker } from './markers.js';
import { endsWithColon } from '../document/introductions.js';

interface OpenSection {
  node: SectionNode;
  marker: Marker;
  /** ordinal of the last numbered child per kind, and how many bullets so far */
  lastOrdinal: Map<string, { ordinal: number; label: string }>;
  bullets: number;
  usedIds: Map<string, number>;
  /** the sequence (sequenceKey) of a list of its own this section introduced with a colon, restarting at 1 */
  ownList?: string;
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

/** The last text of a section (its heading or a paragraph) that is more than a stray mark (an OCR'd checkbox "X"). */
function lastText(node: SectionNode): string | null {
  for (let i = node.children.length - 1; i >= 0; i -= 1) {
    const child = node.children[i]!;
    if (child.type === 'section') return null;
    const text = child.value.trim();
    if (text.length > 3) return text;
  }
  return null;
}

/** Does `marker` (numbered 1) open a list of `open`'s own: same kind, after text of `open` that ends with a colon? */
function opensOwnList(open: OpenSection, marker: Marker): boolean {
  return marker.ordinal === 1 && open.marker.ordinal !== null && sequenceKey(open.marker) === sequenceKey(marker) && endsWithColon(lastText(open.node) ?? '');
}

/** Does `marker` go on with `open`'s own list rather than with `open`'s siblings (when both would take it, the siblings do)? */
function continuesOwnList(open: OpenSection, marker: Marker): boolean {
  const key = sequenceKey(marker);
  if (open.ownList !== key || marker.ordinal === null) return false;
  return open.lastOrdinal.get(key)?.ordinal === marker.ordinal - 1 && open.marker.ordinal !== marker.ordinal - 1;
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
    const top = stack[stack.length - 1]!;
    if (stack.length > 1 && opensOwnList(top, marker)) top.ownList = sequenceKey(marker);
    else {
      while (stack.length > 1 && stack[stack.length - 1]!.marker.rank >= marker.rank && !continuesOwnList(stack[stack.length - 1]!, marker)) stack.pop();
    }
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
