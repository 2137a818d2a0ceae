/**
 * How close extracted text is to a known correct text, as the extraction benchmarks measure it
 * (scripts/measure-text.js, the glyph-recovery tests): whitespace normalized, compared in reading
 * order.
 */

/** NFC, every run of whitespace one space, trimmed. */
export function comparableText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Levenshtein distance over code points, in two rows of memory. */
function editDistance(a: readonly string[], b: readonly string[]): number {
  let previous = new Uint32Array(b.length + 1).map((_, j) => j);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    const ch = a[i - 1];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1]! + (ch === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** Character error rate: edits to turn `actual` into `truth`, per character of `truth`. */
export function characterErrorRate(actual: string, truth: string): number {
  const expected = [...comparableText(truth)];
  return expected.length === 0 ? 0 : editDistance([...comparableText(actual)], expected) / expected.length;
}

/**
 * The character error rate with the order of the words taken out (both texts' words sorted): what
 * is left are wrong characters, not text read in another order (a signature block read column by
 * column where the truth has it line by line).
 */
export function orderFreeCharacterErrorRate(actual: string, truth: string): number {
  const sortedWords = (text: string) => comparableText(text).split(' ').sort().join(' ');
  return characterErrorRate(sortedWords(actual), sortedWords(truth));
}

/** F1 of the words (as a multiset, order ignored) of `actual` against those of `truth`. */
export function wordF1(actual: string, truth: string): number {
  const words = (text: string) => comparableText(text).split(' ').filter((w) => w !== '');
  const expected = new Map<string, number>();
  for (const w of words(truth)) expected.set(w, (expected.get(w) ?? 0) + 1);
  const found = words(actual);
  let matched = 0;
  for (const w of found) {
    const left = expected.get(w) ?? 0;
    if (left > 0) {
      matched += 1;
      expected.set(w, left - 1);
    }
  }
  const truthCount = words(truth).length;
  if (matched === 0 || found.length === 0 || truthCount === 0) return 0;
  const precision = matched / found.length;
  const recall = matched / truthCount;
  return (2 * precision * recall) / (precision + recall);
}
