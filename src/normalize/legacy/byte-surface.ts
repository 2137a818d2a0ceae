/**
 * Legacy 8-bit text reaches us as characters, not bytes: read as Windows-1252 (text files that
 * are not UTF-8, PDF text from fonts without a Unicode map) or as Latin-1. This is the way back
 * from such a character to the byte it was: Latin-1 and C1 characters are their own code, the
 * Windows-1252 punctuation (“ ” – …) the byte it has there.
 */

/** Windows-1252 at 0x80–0x9F (WHATWG: the five unassigned bytes are the C1 controls). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

const BYTE_OF: ReadonlyMap<string, number> = new Map([...CP1252_HIGH].map((ch, i) => [ch, 0x80 + i]));

/** The byte behind a character of 8-bit text read as Windows-1252 or Latin-1, or undefined. */
export function byteOfSurface(ch: string): number | undefined {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code <= 0xff) return code;
  return BYTE_OF.get(ch);
}

/** The character Windows-1252 shows for a byte. */
export function surfaceOfByte(byte: number): string {
  return byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80]! : String.fromCharCode(byte);
}

/** All bytes of a text read as Windows-1252 or Latin-1; null when a character is neither. */
export function bytesOfSurface(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const byte = byteOfSurface(text[i]!);
    if (byte === undefined) return null;
    bytes[i] = byte;
  }
  return bytes;
}

/** A byte table (byte → Unicode) as a map from every surface of the byte to its Unicode text. */
export function surfaceTable(byBytes: ReadonlyMap<number, string>): Map<string, string> {
  const table = new Map<string, string>();
  for (const [byte, unicode] of byBytes) {
    table.set(String.fromCharCode(byte), unicode);
    table.set(surfaceOfByte(byte), unicode);
  }
  return table;
}

/** The cp1252 surface text of some bytes (what a Windows-1252 reader shows). */
export function surfaceOfBytes(bytes: Iterable<number>): string {
  let out = '';
  for (const b of bytes) out += surfaceOfByte(b);
  return out;
}

/**
 * Bytes read as Windows-1252, as WHATWG defines it (the five unassigned bytes as C1 controls).
 * Not TextDecoder: Node 20 decodes 'windows-1252' as Latin-1, which turns “ ” – into controls.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const chunk = 0x2000;
  let out = '';
  for (let i = 0; i < bytes.length; i += chunk) {
    const codes = new Uint16Array(Math.min(chunk, bytes.length - i));
    for (let k = 0; k < codes.length; k += 1) {
      const b = bytes[i + k]!;
      codes[k] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}
