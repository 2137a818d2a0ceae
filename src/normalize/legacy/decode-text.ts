/**
 * Legacy decoding of a whole text file, block by block (a block: lines up to a blank line). Each
 * block is detected on its own; a block too short to decide (a heading, a date line) takes the
 * encoding most blocks of its document were found in, when that makes it read better. Line
 * breaks are kept, so line numbers still point into the file.
 */
import { decodeKnown, detectLegacy, hasLegacySurface, type LegacyEncoding } from './detect.js';

export interface DecodedText {
  text: string;
  /** encodings found, most used first */
  encodings: LegacyEncoding[];
}

/** Blocks and the blank-line runs between them, in order. */
function blocksOf(text: string): string[] {
  return text.split(/((?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))+)/u);
}

/**
 * `eightBit`: the file was not UTF-8 and was read as Windows-1252; blocks that no encoding
 * clearly wins are then read as `fallback` (Windows-1258) when that does not make them worse.
 */
export function decodeLegacyText(text: string, options: { eightBit: boolean; fallback?: LegacyEncoding }): DecodedText {
  if (!hasLegacySurface(text)) return { text, encodings: [] };
  const parts = blocksOf(text);
  const verdicts = parts.map((part, i) => (i % 2 === 0 ? detectLegacy(part) : null));
  const counts = new Map<LegacyEncoding, number>();
  for (const v of verdicts) if (v) counts.set(v.encoding, (counts.get(v.encoding) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([e]) => e);
  const inherited = ranked[0] ?? (options.eightBit ? options.fallback ?? null : null);
  const used = new Set(ranked);
  const decoded = parts.map((part, i) => {
    const verdict = verdicts[i];
    if (verdict) return verdict.text;
    if (i % 2 === 1 || inherited === null) return part;
    const known = decodeKnown(part, inherited, { strict: !options.eightBit });
    if (known === null) return part;
    used.add(inherited);
    return known;
  });
  return { text: decoded.join(''), encodings: [...ranked, ...[...used].filter((e) => !ranked.includes(e))] };
}
