/**
 * Windows-1258 (research report §4.4): tones are combining bytes (CC U+0300, EC U+0301, D2 U+0309,
 * DE U+0303, F2 U+0323) after precomposed bases (ê, ơ, ư, ă, đ …). Read as Windows-1252 it looks
 * like `Viêòt Nam ðôòc lâòp`. The WHATWG decoder of Node gives the table (read once: a single-byte
 * code page maps each byte on its own); NFC composes the tones.
 */
import { bytesOfSurface } from './byte-surface.js';

/** The character of each byte 0x00–0xFF in Windows-1258, as Node's decoder reads it. */
const CP1258_CHARACTERS = new TextDecoder('windows-1258').decode(Uint8Array.from({ length: 256 }, (_, b) => b));

/** Windows-1258 text (as Windows-1252/Latin-1 characters) → Unicode NFC; null when not 8-bit text. */
export function decodeCp1258(text: string): string | null {
  const bytes = bytesOfSurface(text);
  if (bytes === null) return null;
  let out = '';
  for (const b of bytes) out += CP1258_CHARACTERS[b]!;
  return out.normalize('NFC');
}
