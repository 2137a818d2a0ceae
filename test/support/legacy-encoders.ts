/**
 * Encoders for the two legacy forms whose decoders are built into Node, to make test fixtures:
 * Windows-1258 (tones as combining bytes) and UTF-8 read as Windows-1252 (mojibake). The
 * encoders of TCVN3, VNI and VISCII come with their tables in src/normalize/legacy.
 */
import { surfaceOfBytes } from '../../src/normalize/legacy/byte-surface.js';

const CP1258_BYTE: ReadonlyMap<string, number> = new Map(
  Array.from({ length: 256 }, (_, b) => [new TextDecoder('windows-1258').decode(new Uint8Array([b])), b] as [string, number]).filter(
    ([ch]) => ch !== '\uFFFD',
  ),
);

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;

/** Unicode → Windows-1258 bytes, tones as combining bytes after their letter. */
export function encodeCp1258(text: string): number[] {
  const bytes: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = CP1258_BYTE.get(ch);
    if (direct !== undefined) {
      bytes.push(direct);
      continue;
    }
    const parts = [...ch.normalize('NFD')];
    const tone = parts.find((p) => TONE.test(p));
    const base = parts.filter((p) => !TONE.test(p)).join('').normalize('NFC');
    const baseByte = CP1258_BYTE.get(base);
    const toneByte = tone === undefined ? undefined : CP1258_BYTE.get(tone);
    if (baseByte === undefined || toneByte === undefined) throw new Error(`no Windows-1258 bytes for ${ch}`);
    bytes.push(baseByte, toneByte);
  }
  return bytes;
}

/** Unicode → its UTF-8 bytes as a Windows-1252 reader shows them ("Việt" → "Viá»‡t"). */
export function utf8AsCp1252(text: string): string {
  return surfaceOfBytes(new TextEncoder().encode(text));
}
