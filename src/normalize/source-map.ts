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
  private readonly starts: number[] = [];
  private readonly points: SourcePoint[] = [];

  /** Pieces must be added in increasing offset order. */
  add(offset: number, point: SourcePoint): void {
    this.starts.push(offset);
    this.points.push(point);
  }

  pointAt(offset: number): SourcePoint | null {
    const found = lastAtOrBefore(this.starts, offset);
    return found < 0 ? null : this.points[found]!;
  }

  span(range: TextRange): Span {
    const point = this.pointAt(range.start);
    return { start: range.start, end: range.end, page: point?.page ?? null, line: point?.line ?? null };
  }
}
