/**
 * The unist tree of a plan: what the structure stage builds from the normalized paragraphs and
 * the later stages read. Positions are offsets into the normalized text (unist `Position`, with
 * `line` = paragraph number, since every paragraph is one line of that text).
 */
import type { Node, Parent, Position } from 'unist';
import type { SectionKind } from './blocks.js';
import { lastAtOrBefore } from './sorted-search.js';

export type ParagraphRole =
  | 'header'
  | 'title'
  | 'basis'
  | 'body'
  | 'footnote'
  | 'recipients'
  | 'signature'
  /** an appendix (PHỤ LỤC) after the closing */
  | 'appendix'
  | 'unplaced';

export interface ParagraphNode extends Node {
  type: 'paragraph';
  value: string;
  role: ParagraphRole;
  /** bold in the source (markdown **…**) */
  bold: boolean;
  position: Position;
}

export interface HeadingNode extends Node {
  type: 'heading';
  /** heading text without its marker */
  value: string;
  position: Position;
}

export interface SectionNode extends Parent {
  type: 'section';
  id: string;
  label: string;
  kind: SectionKind;
  level: number;
  children: (HeadingNode | ParagraphNode | SectionNode)[];
  position: Position;
}

export interface RootNode extends Parent {
  type: 'root';
  children: (ParagraphNode | SectionNode)[];
}

/** unist points for offsets of the normalized text (one paragraph per line). */
export class TextLocator {
  constructor(private readonly lineStarts: readonly number[]) {}

  point(offset: number): Position['start'] {
    const line = Math.max(0, lastAtOrBefore(this.lineStarts, offset));
    return { line: line + 1, column: offset - (this.lineStarts[line] ?? 0) + 1, offset };
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) };
  }
}
