/**
 * Legacy decoding of raw 8-bit codes (a PDF font's character codes), keeping track of which code
 * each character came from: the decoded text of every code, '' for a code that only completes the
 * character before it (a VNI mark, a Windows-1258 tone, a UTF-8 continuation byte). The glyph of
 * each code has a place on the page, so the decoded text can be put where it was drawn. Joined,
 * the pieces are exactly what the text decoders give for the same codes.
 */
import { surfaceOfBytes } from './byte-surface.js';
import { decodeCp1258 } from './cp1258.js';
import type { LegacyEncoding } from './detect.js';
import { decodeTcvn3 } from './tcvn3.js';
import { decodeUtf8Mojibake } from './utf8-mojibake.js';
import { decodeViscii } from './viscii.js';
import { decodeVniPieces } from './vni.js';

const TONE_MARK = /^[\u0300\u0301\u0303\u0309\u0323]$/u;

/** One piece per UTF-16 unit of a decoding that maps each code to one unit (TCVN3, VISCII). */
function unitPieces(decoded: string, count: number): string[] | null {
  return decoded.length === count ? decoded.split('') : null;
}

/** Windows-1258: one character per byte, a tone byte composed onto the letter before it. */
function cp1258Pieces(bytes: Uint8Array): string[] {
  const chars = new TextDecoder('windows-1258').decode(bytes).split('');
  const pieces: string[] = [];
  let letter = -1;
  chars.forEach((ch, i) => {
    if (TONE_MARK.test(ch) && letter >= 0) {
      pieces[letter] = (pieces[letter]! + ch).normalize('NFC');
      pieces.push('');
      return;
    }
    pieces.push(ch.normalize('NFC'));
    letter = i;
  });
  return pieces;
}

/** UTF-8: a character on its lead byte, '' on its continuation bytes; null when not UTF-8. */
function utf8Pieces(bytes: Uint8Array): string[] | null {
  const pieces: string[] = [];
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
    if (length === 0 || i + length > bytes.length) return null;
    let ch: string;
    try {
      ch = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + length));
    } catch {
      return null;
    }
    pieces.push(ch, ...Array<string>(length - 1).fill(''));
    i += length;
  }
  return pieces;
}

/**
 * The decoded text of each code of one line in `encoding` (`allCapitals`: a TCVN3 capitals font,
 * `.VnTimeH`), or null when the codes are not text in that encoding.
 */
export function decodeLegacyCodes(codes: readonly number[], encoding: LegacyEncoding, options: { allCapitals?: boolean } = {}): string[] | null {
  if (codes.some((c) => c < 0 || c > 0xff)) return null;
  const bytes = Uint8Array.from(codes);
  const surface = surfaceOfBytes(bytes);
  let pieces: string[] | null;
  let whole: string | null;
  switch (encoding) {
    case 'tcvn3':
      whole = decodeTcvn3(surface, { allCapitals: options.allCapitals === true });
      pieces = unitPieces(whole, codes.length);
      break;
    case 'viscii':
      whole = decodeViscii(surface);
      pieces = unitPieces(whole, codes.length);
      break;
    case 'vni':
      pieces = decodeVniPieces(surface);
      whole = pieces.join('');
      break;
    case 'cp1258':
      pieces = cp1258Pieces(bytes);
      whole = decodeCp1258(surface);
      break;
    case 'utf8-as-cp1252':
      pieces = utf8Pieces(bytes);
      whole = decodeUtf8Mojibake(surface);
      break;
  }
  // the pieces must say what the text decoder says, or they are not used
  return pieces !== null && whole !== null && pieces.join('') === whole ? pieces : null;
}
