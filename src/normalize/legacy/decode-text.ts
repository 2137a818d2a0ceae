/**
 * Legacy decoding of a whole text file, block by block (a block: lines up to a blank line). Each
 * block is detected on its own; a block too short to decide (a heading, a date line) takes the
 * encoding most blocks of its document were found in, when that makes it read better. Line
 * breaks are kept, so line numbers still point into the file.
 */
import { decodeKnown, detectLegacy, mayBeLegacyIn, type LegacyEncoding, type LegacyVerdict } from './detect.js';

/** (`charCodeAt.call(text, i)`, not `text.charCodeAt(i)`, in loops: see plain-line.ts) */
const charCodeAt = String.prototype.charCodeAt;

export interface DecodedText {
  text: string;
  /** encodings found, most used first */
  encodings: LegacyEncoding[];
}

/**
 * The blocks of a text as [start, end) pairs, flat: the pieces between the blank-line runs that
 * `text.split(/((?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))+)/u)` cuts out (so, as that regex does, a
 * CRLF alone ends a block: its \n is read as a blank line after the \r).
 */
export function blockRanges(text: string): number[] {
  const ranges: number[] = [];
  let start = 0;
  // the next \n and \r from `from` on (-1: none left), found by the built-in search
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  let from = 0;
  for (;;) {
    if (lf >= 0 && lf < from) lf = text.indexOf('\n', from);
    if (cr >= 0 && cr < from) cr = text.indexOf('\r', from);
    const at = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    if (at < 0) break;
    const end = blankRunEnd(text, at);
    if (end < 0) {
      from = at + 1;
      continue;
    }
    ranges.push(start);
    ranges.push(at);
    start = from = end;
  }
  ranges.push(start);
  ranges.push(text.length);
  return ranges;
}

/** Where the blank-line run that starts with the line end at `at` ends, or -1 when no blank line follows. */
function blankRunEnd(text: string, at: number): number {
  // (every read is within the text: one past its end would make V8 throw the compiled code away)
  if (charCodeAt.call(text, at) === 0x0d && at + 1 < text.length && charCodeAt.call(text, at + 1) === 0x0a) {
    const end = blankLinesEnd(text, at + 2);
    return end >= 0 ? end : at + 2;
  }
  return blankLinesEnd(text, at + 1);
}

/** The end of the lines of spaces and tabs only (one at least) from `from`, or -1. */
function blankLinesEnd(text: string, from: number): number {
  let end = -1;
  let k = from;
  for (;;) {
    while (k < text.length && (charCodeAt.call(text, k) === 0x20 || charCodeAt.call(text, k) === 0x09)) k += 1;
    if (k >= text.length) return end;
    const code = charCodeAt.call(text, k);
    if (code === 0x0d) k += k + 1 < text.length && charCodeAt.call(text, k + 1) === 0x0a ? 2 : 1;
    else if (code === 0x0a) k += 1;
    else return end;
    end = k;
  }
}

/**
 * `eightBit`: the file was not UTF-8 and was read as Windows-1252; blocks that no encoding
 * clearly wins are then read as `fallback` (Windows-1258) when that does not make them worse.
 */
export function decodeLegacyText(text: string, options: { eightBit: boolean; fallback?: LegacyEncoding }): DecodedText {
  // only blocks that may be legacy can change (a Unicode block is never decoded, whatever its document)
  const ranges = blockRanges(text);
  const candidates: { start: number; end: number; block: string }[] = [];
  for (let i = 0; i < ranges.length; i += 2) {
    const start = ranges[i]!;
    const end = ranges[i + 1]!;
    if (mayBeLegacyIn(text, start, end)) candidates.push({ start, end, block: text.slice(start, end) });
  }
  if (candidates.length === 0) return { text, encodings: [] };
  // (a loop, not map: see normalize-source.ts)
  const verdicts: (LegacyVerdict | null)[] = [];
  for (const candidate of candidates) verdicts.push(detectLegacy(candidate.block));
  const counts = new Map<LegacyEncoding, number>();
  for (const v of verdicts) if (v) counts.set(v.encoding, (counts.get(v.encoding) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([e]) => e);
  const inherited = ranked[0] ?? (options.eightBit ? options.fallback ?? null : null);
  const used = new Set(ranked);
  let out = '';
  let done = 0;
  candidates.forEach(({ start, end, block }, i) => {
    const verdict = verdicts[i];
    let decoded = block;
    if (verdict) decoded = verdict.text;
    else if (inherited !== null) {
      const known = decodeKnown(block, inherited, { strict: !options.eightBit });
      if (known !== null) {
        used.add(inherited);
        decoded = known;
      }
    }
    out += text.slice(done, start) + decoded;
    done = end;
  });
  return { text: out + text.slice(done), encodings: [...ranked, ...[...used].filter((e) => !ranked.includes(e))] };
}
