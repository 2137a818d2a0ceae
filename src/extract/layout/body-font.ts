/** The font size that carries most of a document's text: the body size. */
import type { Fragment } from './line-fragments.js';

export function bodyFontSize(fragments: readonly Fragment[]): number {
  const weight = new Map<number, number>();
  for (const f of fragments) {
    const size = Math.round(f.fontSize * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + f.text.length);
  }
  let best = 12;
  let bestWeight = -1;
  for (const [size, w] of weight) {
    if (w > bestWeight) {
      best = size;
      bestWeight = w;
    }
  }
  return best;
}
