/**
 * Stage 1 for text input: bytes → lines. UTF-8 with or without BOM, CRLF/CR line ends,
 * UTF-16 with BOM, and Windows-1258 (legacy Vietnamese Windows) when the bytes are not UTF-8.
 */
import { InputError } from './errors.js';
import type { ExtractedSource, SourceFormat, SourceLine } from './source-line.js';

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control += 1;
  }
  return control > sample.length * 0.02;
}

/** Decode text bytes; returns the text and the encoding that was used. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(bytes)) {
    throw new InputError('binary-text', 'this is not a text file: it contains binary data', 'give a .txt/.md file in UTF-8, or a PDF');
  }
  try {
    // ignoreBOM: false strips a UTF-8 BOM
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1258').decode(bytes), encoding: 'windows-1258' };
  }
}

export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n|\u2028|\u2029/u);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function readText(bytes: Uint8Array, format: Extract<SourceFormat, 'text' | 'markdown'>): ExtractedSource {
  const { text, encoding } = decodeText(bytes);
  const notes: ExtractedSource['notes'] = [];
  if (encoding === 'windows-1258') {
    notes.push({
      code: 'extract/legacy-encoding',
      message: 'the file is not valid UTF-8; it was read as Windows-1258 (save it as UTF-8 to be sure)',
    });
  }
  const lines: SourceLine[] = splitLines(text).map((line, index) => ({
    text: line,
    page: null,
    line: index + 1,
    box: null,
    role: 'body',
  }));
  if (!lines.some((l) => l.text.trim() !== '')) {
    throw new InputError('empty', 'the file has no text', 'check that it is the right file');
  }
  return { format, lines, pages: null, textLayer: null, notes };
}
