/**
 * Which legacy encoding a block of text is in, if any (research report §3.7), and the decoded
 * text. A block is a paragraph of a text file or a font run of a PDF — never a single word, and
 * text with any Vietnamese letter outside Latin-1 is Unicode already. Every candidate decoding is
 * tried and scored by the share of valid Vietnamese syllables; the best is accepted only when it
 * is clearly better than the text as it is and than the other candidates, and does not look like
 * a foreign language (viparse's f/j/w/z and long-word guards).
 */
import { decodeCp1258 } from './cp1258.js';
import { ratioOf, scoreSyllables, type SyllableScore } from './syllable-score.js';
import { decodeTcvn3 } from './tcvn3.js';
import { decodeUtf8Mojibake } from './utf8-mojibake.js';
import { decodeViscii } from './viscii.js';
import { decodeVni } from './vni.js';

/** (`charCodeAt.call(text, i)`, not `text.charCodeAt(i)`, in loops: see plain-line.ts) */
const charCodeAt = String.prototype.charCodeAt;

export type LegacyEncoding = 'tcvn3' | 'vni' | 'viscii' | 'cp1258' | 'utf8-as-cp1252';

export const LEGACY_ENCODING_NAMES: Readonly<Record<LegacyEncoding, string>> = {
  tcvn3: 'TCVN3 (ABC, .VnTime fonts)',
  vni: 'VNI (VNI-Times fonts)',
  viscii: 'VISCII',
  cp1258: 'Windows-1258',
  'utf8-as-cp1252': 'UTF-8 that had been read as Windows-1252',
};

const DECODERS: Readonly<Record<LegacyEncoding, (text: string) => string | null>> = {
  tcvn3: (text) => decodeTcvn3(text),
  vni: decodeVni,
  viscii: decodeViscii,
  cp1258: decodeCp1258,
  'utf8-as-cp1252': decodeUtf8Mojibake,
};

const CANDIDATES = Object.keys(DECODERS) as LegacyEncoding[];

/**
 * What legacy text shows when read as Windows-1252 or Latin-1: the upper half, the cp1252
 * punctuation, C0 controls (VISCII capitals), and the PDF surfaces of TCVN3's ư and à. As a regex:
 * `/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u0080-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u03BC\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122\u2212]/u`.
 */
const SUSPECT_RANGES: readonly (readonly [number, number])[] = [
  [0x00, 0x08], [0x0b, 0x0c], [0x0e, 0x1f], [0x80, 0xff], [0x152, 0x153], [0x160, 0x161], [0x178, 0x178], [0x17d, 0x17e],
  [0x192, 0x192], [0x2c6, 0x2c6], [0x2dc, 0x2dc], [0x3bc, 0x3bc], [0x2013, 0x2014], [0x2018, 0x201a], [0x201c, 0x201e],
  [0x2020, 0x2022], [0x2026, 0x2026], [0x2030, 0x2030], [0x2039, 0x203a], [0x20ac, 0x20ac], [0x2122, 0x2122], [0x2212, 0x2212],
];
/** Letters no legacy surface can produce: the text is Unicode Vietnamese (`/[ĂăĐđĨĩŨũƠơƯư\u1EA0-\u1EF9]/u`). */
const VIETNAMESE_UNICODE_RANGES: readonly (readonly [number, number])[] = [
  [0x102, 0x103], [0x110, 0x111], [0x128, 0x129], [0x168, 0x169], [0x1a0, 0x1a1], [0x1af, 0x1b0], [0x1ea0, 0x1ef9],
];

/** The two sets above as bits of a table over the UTF-16 units they hold (both are in the BMP, below U+2213). */
const SUSPECT_BIT = 1;
const UNICODE_BIT = 2;

function buildSurfaceTable(): Uint8Array {
  const table = new Uint8Array(0x2213);
  for (const [from, to] of SUSPECT_RANGES) table.fill(SUSPECT_BIT, from, to + 1);
  for (const [from, to] of VIETNAMESE_UNICODE_RANGES) table.fill(UNICODE_BIT, from, to + 1);
  return table;
}

const SURFACE_TABLE = buildSurfaceTable();

const MIN_GAIN = 0.15;
const MIN_RATIO = 0.5;
/** more different valid words than before ("mãe mãe" is TCVN3 `móe móe`: one word, not two) */
const MIN_MORE_VALID = 2;
/**
 * With only two more, nearly all words must be valid: "mãe élève ao" reads as TCVN3 `móe ộlốve
 * ao`, two valid syllables of three.
 */
const FEW_MORE_VALID = 3;
const MIN_RATIO_WHEN_FEW = 0.8;
const MIN_LEAD = 0.05;
const MAX_FOREIGN = 0.05;
const MAX_LONG = 0.04;

export interface LegacyVerdict {
  encoding: LegacyEncoding;
  text: string;
}

/** Could the block `text[start, end)` be legacy text at all? (cheap test before any scoring) */
export function mayBeLegacyIn(text: string, start: number, end: number): boolean {
  let suspect = false;
  for (let i = start; i < end; i += 1) {
    const code = charCodeAt.call(text, i);
    if (code >= SURFACE_TABLE.length) continue;
    const bits = SURFACE_TABLE[code]!;
    if ((bits & UNICODE_BIT) !== 0) return false;
    if (bits !== 0) suspect = true;
  }
  return suspect;
}

/** Could the block be legacy text at all? (cheap test before any scoring) */
export function mayBeLegacy(block: string): boolean {
  return mayBeLegacyIn(block, 0, block.length);
}

interface Trial {
  encoding: LegacyEncoding;
  text: string;
  score: SyllableScore;
}

function trial(block: string, encoding: LegacyEncoding): Trial | null {
  const text = DECODERS[encoding](block);
  return text === null || text === block ? null : { encoding, text, score: scoreSyllables(text) };
}

/** The encoding of a block and its decoded text, or null when the block is Unicode (or undecidable). */
export function detectLegacy(block: string): LegacyVerdict | null {
  if (!mayBeLegacy(block)) return null;
  const before = scoreSyllables(block);
  // no decoding reads better than all valid: a block that already reads almost so (Unicode text with
  // Latin-1 letters only, `CHÁNH THANH TRA`) cannot gain MIN_GAIN, and is not tried (1 - before ≥
  // ratio - before, in floating point too)
  if (1 - ratioOf(before) < MIN_GAIN) return null;
  const trials = CANDIDATES.map((e) => trial(block, e))
    .filter((t): t is Trial => t !== null)
    .sort((a, b) => ratioOf(b.score) - ratioOf(a.score));
  const [best, runnerUp] = trials;
  if (!best) return null;
  const ratio = ratioOf(best.score);
  const accepted =
    ratio - ratioOf(before) >= MIN_GAIN &&
    ratio >= MIN_RATIO &&
    best.score.distinctValid - before.distinctValid >= MIN_MORE_VALID &&
    (best.score.distinctValid - before.distinctValid >= FEW_MORE_VALID || ratio >= MIN_RATIO_WHEN_FEW) &&
    (!runnerUp || ratio - ratioOf(runnerUp.score) >= MIN_LEAD) &&
    best.score.foreign <= MAX_FOREIGN * best.score.counted &&
    best.score.long <= MAX_LONG * best.score.counted;
  return accepted ? { encoding: best.encoding, text: best.text } : null;
}

/**
 * A block decoded with an encoding already known for its document or font: accepted when it
 * reads better than as it is (more valid syllables, no more invalid ones). `strict: false` also
 * accepts an equal score (8-bit files, where the Windows-1252 reading is itself only a guess).
 */
export function decodeKnown(block: string, encoding: LegacyEncoding, options: { strict: boolean; allCapitals?: boolean }): string | null {
  if (!mayBeLegacy(block)) return null;
  // judged on the text as typed; a capitals font only changes how it looks
  const text = DECODERS[encoding](block);
  if (text === null || text === block) return null;
  const before = scoreSyllables(block);
  const after = scoreSyllables(text);
  const invalid = (s: SyllableScore) => s.counted - s.valid;
  if (after.valid < before.valid || invalid(after) > invalid(before)) return null;
  if (options.strict && after.valid === before.valid) return null;
  return options.allCapitals && encoding === 'tcvn3' ? decodeTcvn3(block, { allCapitals: true }) : text;
}
