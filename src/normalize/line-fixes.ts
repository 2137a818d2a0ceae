/**
 * The record of repairs made to a line: what was repaired, where in the source, and — once the
 * line is done — where in the normalized text, with a message that shows before and after.
 */

const FIX_DESCRIPTIONS = {
  'normalize/tone-mark-moved': 'tone mark moved to the vowel that carries it',
  'normalize/tone-mark-reattached': 'detached tone mark put back on its word',
  'normalize/spelling': 'misspelled syllable corrected',
  'normalize/typo': 'known typo corrected',
  'normalize/confusable': 'look-alike character replaced',
  'normalize/invisible': 'invisible character removed',
  'normalize/symbol-dash': 'dash inside a legal symbol made a hyphen',
} as const;

export type FixCode = keyof typeof FIX_DESCRIPTIONS;

/** A repair before its range in the output is known: source columns [from, to). */
export interface PendingFix {
  code: FixCode;
  from: number;
  to: number;
  /** what the source had there */
  before: string;
}

/** One repair, with its range in the normalized line. */
export interface LineFix {
  /** stable id, e.g. "normalize/tone-mark-moved" */
  code: FixCode;
  message: string;
  start: number;
  end: number;
}

/** Index of the first output character whose source column is ≥ column (origins are ascending). */
function firstAtOrAfter(origins: readonly number[], column: number): number {
  let lo = 0;
  let hi = origins.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (origins[mid]! < column) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Repairs with their range in the output text, given the source column of each output character. */
export function resolveFixes(pending: readonly PendingFix[], text: string, origins: readonly number[]): LineFix[] {
  return pending
    .map((f) => {
      const start = firstAtOrAfter(origins, f.from);
      const end = Math.max(start, firstAtOrAfter(origins, f.to));
      const detail = f.code === 'normalize/invisible' ? f.before : `"${f.before}" → "${text.slice(start, end)}"`;
      return { code: f.code, message: `${FIX_DESCRIPTIONS[f.code]}: ${detail}`, start, end };
    })
    .sort((a, b) => a.start - b.start);
}
