/**
 * Strict UTF-8 decoding: what `new TextDecoder('utf-8', { fatal: true }).decode(bytes)` gives (a
 * leading BOM dropped; null where it would throw), without its cost. Node 20 decodes UTF-8 outside
 * ASCII slowly and creates an error with its stack for every invalid input; here the bytes are
 * validated first and long texts go through ICU's converter to UTF-16, which is many times faster.
 */
import { isUtf8, transcode } from 'node:buffer';

/** below this many bytes the converter's setup costs more than the built-in decoding */
const CONVERTER_MIN_BYTES = 256;

export function decodeStrictUtf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.length >= CONVERTER_MIN_BYTES) {
    try {
      return transcode(body, 'utf8', 'utf16le').toString('utf16le');
    } catch {
      // a Node built without ICU has no converter: the built-in decoding below
    }
  }
  return Buffer.from(body.buffer, body.byteOffset, body.length).toString('utf8');
}
