/**
 * From offsets in the normalized text back to the source: page and line of any character.
 * Built from the line pieces of every paragraph; lookups are binary searches.
 */
import type { Span } from '../output/schema.js';
import type { TextRange } from '../document/blocks.js';

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
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? null : this.points[found]!;
  }

  span(range: TextRange): Span {
    const point = this.pointAt(range.start);
    return { start: range.start, end: range.end, page: point?.page ?? null, line: point?.line ?? null };
  }
}
