/**
 * UTF-8 read as Windows-1252 (research report §4.4): `Viá»‡t` is the bytes of `Việt` shown one
 * byte per character. Back to the bytes, then strict UTF-8. The WHATWG reading keeps bytes 0x81,
 * 0x8D, 0x8F, 0x90, 0x9D as C1 controls, so `Đ` (C4 90) survives; a lossy reader's U+FFFD does not.
 */
import { bytesOfSurface } from './byte-surface.js';
import { decodeStrictUtf8 } from './strict-utf8.js';

/** The text whose UTF-8 bytes were read as Windows-1252; null when it is not such a reading. */
export function decodeUtf8Mojibake(text: string): string | null {
  const bytes = bytesOfSurface(text);
  return bytes === null ? null : decodeStrictUtf8(bytes);
}
