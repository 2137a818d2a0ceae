/**
 * How close extracted text is to a known correct text, as the extraction benchmarks measure it
 * (scripts/measure-text.js, the glyph-recovery tests): whitespace normalized, table cell separators
 * (" | ", which kh-parse writes between the cells of a table row) taken as whitespace, compared in
 * reading order — strictly, with blocks allowed to move, or with the order of the words ignored.
 */

/** NFC, table cell separators and every run of whitespace one space, trimmed. */
export function comparableText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/(?<=^|\s)\|(?=\s|$)/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
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

/** A run of words found in both texts: `length` words from `actual[a]` and `truth[t]`. */
interface Tile {
  a: number;
  t: number;
  length: number;
}

/** shorter common runs are not taken as blocks (one word matches anywhere) */
const MIN_TILE = 2;

/**
 * Greedy string tiling (Wise 1993) over words: the longest runs of words common to both texts,
 * longest first, each word in at most one run.
 */
function tiles(actual: readonly string[], truth: readonly string[]): Tile[] {
  const where = new Map<string, number[]>();
  truth.forEach((w, j) => {
    const list = where.get(w);
    if (list) list.push(j);
    else where.set(w, [j]);
  });
  const usedA = new Uint8Array(actual.length);
  const usedT = new Uint8Array(truth.length);
  const found: Tile[] = [];
  for (;;) {
    let longest = MIN_TILE;
    let matches: Tile[] = [];
    for (let i = 0; i < actual.length; i += 1) {
      if (usedA[i]) continue;
      for (const j of where.get(actual[i]!) ?? []) {
        if (usedT[j]) continue;
        let k = 0;
        while (i + k < actual.length && j + k < truth.length && !usedA[i + k] && !usedT[j + k] && actual[i + k] === truth[j + k]) k += 1;
        if (k > longest) [longest, matches] = [k, [{ a: i, t: j, length: k }]];
        else if (k === longest) matches.push({ a: i, t: j, length: k });
      }
    }
    for (const m of matches) {
      let free = true;
      for (let k = 0; k < m.length && free; k += 1) free = !usedA[m.a + k] && !usedT[m.t + k];
      if (!free) continue;
      usedA.fill(1, m.a, m.a + m.length);
      usedT.fill(1, m.t, m.t + m.length);
      found.push(m);
    }
    if (matches.length === 0 || longest === MIN_TILE) return found;
  }
}

/** Length of the longest strictly increasing subsequence. */
function longestIncreasing(values: readonly number[]): number {
  const tails: number[] = [];
  for (const v of values) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = v;
  }
  return tails.length;
}

/**
 * The character error rate when a block of text read in another place than the truth has it
 * costs one edit, not its length: runs of words common to both texts are matched (longest first),
 * every run out of the truth's order counts one move, and the words left over are compared
 * character by character in their order. A table read row by row against a truth laid out line by
 * line across its columns, or a signature block read column by column, costs one edit per block,
 * while wrong or missing characters cost what they cost in the strict measure.
 */
export function blockMoveCharacterErrorRate(actual: string, truth: string): number {
  const expected = comparableText(truth);
  if (expected.length === 0) return 0;
  const a = comparableText(actual).split(' ').filter((w) => w !== '');
  const t = expected.split(' ');
  const found = tiles(a, t).sort((x, y) => x.a - y.a);
  const moves = found.length - longestIncreasing(found.map((f) => f.t));
  const inTile = (length: number, starts: (tile: Tile) => number) => {
    const used = new Uint8Array(length);
    for (const f of found) used.fill(1, starts(f), starts(f) + f.length);
    return used;
  };
  const usedA = inTile(a.length, (f) => f.a);
  const usedT = inTile(t.length, (f) => f.t);
  const leftA = a.filter((_, i) => !usedA[i]).join(' ');
  const leftT = t.filter((_, j) => !usedT[j]).join(' ');
  return (moves + editDistance([...leftA], [...leftT])) / [...expected].length;
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
