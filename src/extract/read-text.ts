/**
 * Stage 1 for text input: bytes → lines. UTF-8 with or without BOM, CRLF/CR line ends,
 * UTF-16 with BOM; text typed in legacy Vietnamese encodings (TCVN3, VNI, VISCII, Windows-1258,
 * UTF-8 read as Windows-1252) is decoded block by block before anything else touches it.
 */
import { decodeWindows1252 } from '../normalize/legacy/byte-surface.js';
import { decodeLegacyText } from '../normalize/legacy/decode-text.js';
import { LEGACY_ENCODING_NAMES, type LegacyEncoding } from '../normalize/legacy/detect.js';
import { decodeStrictUtf8 } from '../normalize/legacy/strict-utf8.js';
import { InputError } from './errors.js';
import { columnPieces } from './text-columns.js';
import type { ExtractedSource, SourceFormat, SourceLine } from './source-line.js';

/**
 * A NUL in the first 8 KiB, or more than 2 % control characters there. (Decided in the loop: it is
 * compiled while it runs, once per file, and code after it that has never run would make V8 throw
 * the compiled loop away at every later call.)
 */
function looksBinary(bytes: Uint8Array): boolean {
  let control = 0;
  for (let i = 0; i < bytes.length && i < 8192; i += 1) {
    const b = bytes[i]!;
    if (b === 0) return true;
    // (the share only grows: past the limit, the file is binary whatever follows)
    if ((b < 0x09 || (b > 0x0d && b < 0x20)) && (control += 1) > Math.min(bytes.length, 8192) * 0.02) return true;
  }
  return false;
}

export interface DecodedTextFile {
  text: string;
  /** how the bytes were read: "utf-8", "utf-16le", "utf-16be", or "windows-1252" when they are not UTF-8 */
  encoding: string;
  /** legacy encodings the text was converted from, most used first */
  legacy: LegacyEncoding[];
}

function unicodeText(bytes: Uint8Array): { text: string; encoding: string } | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(bytes)) {
    throw new InputError('binary-text', 'this is not a text file: it contains binary data', 'give a .txt/.md file in UTF-8, or a PDF');
  }
  const text = decodeStrictUtf8(bytes);
  return text === null ? null : { text, encoding: 'utf-8' };
}

/**
 * Decode text bytes. Bytes that are not UTF-8 are read as Windows-1252 (every byte keeps a
 * character, C1 included) and then decoded from the legacy encoding each block reads best in,
 * Windows-1258 when none stands out; Unicode text is checked for pasted legacy text too.
 */
export function decodeText(bytes: Uint8Array): DecodedTextFile {
  const unicode = unicodeText(bytes);
  // (one object literal, not spreads: every file then gets one shape)
  if (unicode) return decodedFile(unicode.text, unicode.encoding, false);
  return decodedFile(decodeWindows1252(bytes), 'windows-1252', true);
}

function decodedFile(text: string, encoding: string, eightBit: boolean): DecodedTextFile {
  const decoded = decodeLegacyText(text, { eightBit, fallback: 'cp1258' });
  return { text: decoded.text, encoding, legacy: decoded.encodings };
}

function encodingNote(file: DecodedTextFile): ExtractedSource['notes'][number] | null {
  const names = file.legacy.map((e) => LEGACY_ENCODING_NAMES[e]).join(', ');
  if (file.legacy.length > 0 && file.encoding === 'windows-1252') {
    return { code: 'extract/legacy-encoding', message: `the file is not valid UTF-8; it was read as ${names} and converted to Unicode (save it as UTF-8 to be sure)` };
  }
  if (file.legacy.length > 0) {
    return { code: 'extract/legacy-encoding', message: `text in ${names} was found and converted to Unicode (check it; retype it in a Unicode font to be sure)` };
  }
  if (file.encoding === 'windows-1252') {
    return { code: 'extract/legacy-encoding', message: 'the file is not valid UTF-8; it was read as Windows-1252 (save it as UTF-8 to be sure)' };
  }
  return null;
}

const LINE_END = /\r\n|\r|\n|\u2028|\u2029/u;

export function splitLines(text: string): string[] {
  // most files end their lines with \n alone: split by the built-in string search then
  const lines = text.includes('\r') || text.includes('\u2028') || text.includes('\u2029') ? text.split(LINE_END) : text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function readText(bytes: Uint8Array, format: Extract<SourceFormat, 'text' | 'markdown'>): ExtractedSource {
  const decoded = decodeText(bytes);
  const { text } = decoded;
  const note = encodingNote(decoded);
  const notes: ExtractedSource['notes'] = note ? [note] : [];
  const lines: SourceLine[] = [];
  const texts = splitLines(text);
  for (let index = 0; index < texts.length; index += 1) {
    for (const piece of columnPieces(texts[index]!)) lines.push({ text: piece, page: null, line: index + 1, box: null, role: 'body' });
  }
  if (!lines.some((l) => l.text.trim() !== '')) {
    throw new InputError('empty', 'the file has no text', 'check that it is the right file');
  }
  return { format, lines, pages: null, textLayer: null, notes };
}
