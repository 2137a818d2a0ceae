/**
 * VNI-Windows (fonts VNI-Times, VNI-Helve …), research report §4.2: a base ASCII letter followed
 * by a modifier byte (`aø` = à, `oä` = ộ), with separate modifiers for capitals (`AØ` = À); ơ ư đ
 * and the i-family and ỵ are single bytes (`ô` = ơ, `ö` = ư, `ñ` = đ, `ò` = ị, `î` = ỵ). Decoded
 * longest match first: `ôù` is ớ, not ơ + ù (the bug of naive converters: `Töï` → `Tưï`).
 */
import { composeLetter, type Tone } from '../vietnamese-letters.js';

/** Tone modifiers (index = tone: huyền, sắc, hỏi, ngã, nặng), lowercase then capital. */
const TONE_BYTES = { lower: ['', 'ø', 'ù', 'û', 'õ', 'ï'], upper: ['', 'Ø', 'Ù', 'Û', 'Õ', 'Ï'] };
/** â/ê: the circumflex of a e o, toned; ê: the breve of a, toned. */
const CIRCUMFLEX_BYTES = { lower: ['â', 'à', 'á', 'å', 'ã', 'ä'], upper: ['Â', 'À', 'Á', 'Å', 'Ã', 'Ä'] };
const BREVE_BYTES = { lower: ['ê', 'è', 'é', 'ú', 'ü', 'ë'], upper: ['Ê', 'È', 'É', 'Ú', 'Ü', 'Ë'] };
/** i with a tone is one byte: ì í ỉ ĩ ị */
const I_BYTES = { lower: ['i', 'ì', 'í', 'æ', 'ó', 'ò'], upper: ['I', 'Ì', 'Í', 'Æ', 'Ó', 'Ò'] };

/** Unicode letter → VNI surface characters, for all 134 marked letters. */
function buildEncoding(): Map<string, string> {
  const table = new Map<string, string>();
  for (const upper of [false, true]) {
    const c = (s: string) => (upper ? s.toUpperCase() : s);
    const pick = (bytes: { lower: string[]; upper: string[] }, tone: number) => (upper ? bytes.upper : bytes.lower)[tone]!;
    for (let t = 0; t <= 5; t += 1) {
      const tone = t as Tone;
      const set = (base: string, vni: string) => table.set(composeLetter(base, tone, upper), vni);
      for (const base of 'aeouy') set(base, c(base) + pick(TONE_BYTES, tone));
      set('â', c('a') + pick(CIRCUMFLEX_BYTES, tone));
      set('ê', c('e') + pick(CIRCUMFLEX_BYTES, tone));
      set('ô', c('o') + pick(CIRCUMFLEX_BYTES, tone));
      set('ă', c('a') + pick(BREVE_BYTES, tone));
      set('ơ', c('ô') + pick(TONE_BYTES, tone));
      set('ư', c('ö') + pick(TONE_BYTES, tone));
      set('i', pick(I_BYTES, tone));
    }
    table.set(composeLetter('y', 5, upper), c('î'));
    table.set(composeLetter('đ', 0, upper), c('ñ'));
  }
  // plain letters are themselves
  for (const ch of 'aeiouyAEIOUY') table.delete(ch);
  return table;
}

const ENCODE: ReadonlyMap<string, string> = buildEncoding();
const DECODE: ReadonlyMap<string, string> = new Map([...ENCODE].map(([unicode, vni]) => [vni, unicode]));

/**
 * VNI text (as Windows-1252/Latin-1 characters) → Unicode, character by character: the Unicode of
 * each input character, '' for a mark that completed the letter before it. Longest match first.
 */
export function decodeVniPieces(text: string): string[] {
  const pieces: string[] = [];
  let i = 0;
  while (i < text.length) {
    const two = DECODE.get(text.slice(i, i + 2));
    if (two !== undefined) {
      pieces.push(two, '');
      i += 2;
      continue;
    }
    pieces.push(DECODE.get(text[i]!) ?? text[i]!);
    i += 1;
  }
  return pieces;
}

/** VNI text (as Windows-1252/Latin-1 characters) → Unicode, longest match first. */
export function decodeVni(text: string): string {
  return decodeVniPieces(text).join('');
}

/** Unicode → VNI surface characters. For tests and fixtures. */
export function encodeVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += ENCODE.get(ch) ?? ch;
  return out;
}
