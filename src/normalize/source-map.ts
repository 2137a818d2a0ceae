/**
 * From offsets in the normalized text back to the source: page and line of any character.
 * Built from the line pieces of every paragraph; lookups are binary searches.
 */
import type { Span } from '../output/schema.js';
import type { TextRange } from '../document/blocks.js';
import { lastAtOrBefore } from '../document/sorted-search.js';

export interface SourcePoint {
  page: number | null;
  line: number;
}

export class SourceMap {
  // one entry per line piece, in parallel arrays (a document has a piece per source line)
  private readonly starts: number[] = [];
  private readonly pages: (number | null)[] = [];
  private readonly lines: number[] = [];

  /** Pieces must be added in increasing offset order. */
  add(offset: number, page: number | null, line: number): void {
    this.starts.push(offset);
    this.pages.push(page);
    this.lines.push(line);
  }

  pointAt(offset: number): SourcePoint | null {
    const found = lastAtOrBefore(this.starts, offset);
    return found < 0 ? null : { page: this.pages[found]!, line: this.lines[found]! };
  }

  span(range: TextRange): Span {
    const point = this.pointAt(range.start);
    return { start: range.start, end: range.end, page: point?.page ?? null, line: point?.line ?? null };
  }
}
