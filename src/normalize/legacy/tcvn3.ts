/**
 * TCVN3 (ABC, TCVN 5712:1993 VN3; fonts .VnTime, .VnTimeH, .VnArial …), research report §4.1.
 * Single-byte; only lowercase toned letters exist, the capitals of ă â ê ô ơ ư đ sit at A1–A7.
 * Bytes 0x80–0x9F stay Windows-1252 punctuation: VN3 has no letters there (VN1 has capitals
 * there, and turns “ ” – into Ỏ Õ Ọ — the wrong variant for .VnTime text).
 *
 * Capitals: `.VnTimeH` draws the lowercase codes as capitals, so `CéNG HOµ` is `CỘNG HOÀ`. They
 * are restored when the ASCII letters around them are capitals (§3.7.5); a lone capital toned
 * letter (`ñy ban` for `Ủy ban`) cannot be told from a lowercase one.
 */
import { surfaceTable } from './byte-surface.js';

const TABLE_TEXT =
  'A1=Ă A2=Â A3=Ê A4=Ô A5=Ơ A6=Ư A7=Đ A8=ă A9=â AA=ê AB=ô AC=ơ AD=ư AE=đ ' +
  'B5=à B6=ả B7=ã B8=á B9=ạ BB=ằ BC=ẳ BD=ẵ BE=ắ C6=ặ C7=ầ C8=ẩ C9=ẫ CA=ấ CB=ậ ' +
  'CC=è CE=ẻ CF=ẽ D0=é D1=ẹ D2=ề D3=ể D4=ễ D5=ế D6=ệ D7=ì D8=ỉ DC=ĩ DD=í DE=ị ' +
  'DF=ò E1=ỏ E2=õ E3=ó E4=ọ E5=ồ E6=ổ E7=ỗ E8=ố E9=ộ EA=ờ EB=ở EC=ỡ ED=ớ EE=ợ ' +
  'EF=ù F1=ủ F2=ũ F3=ú F4=ụ F5=ừ F6=ử F7=ữ F8=ứ F9=ự FA=ỳ FB=ỷ FC=ỹ FD=ý FE=ỵ';

/** byte → Unicode, the 74 letters of VN3 */
export const TCVN3_BYTES: ReadonlyMap<number, string> = new Map(
  TABLE_TEXT.split(' ').map((entry) => [parseInt(entry.slice(0, 2), 16), entry.slice(3)] as [number, string]),
);

/** surface character → Unicode; PDF extractors show 0xAD (ư) as U+2212 and 0xB5 (à) as U+03BC */
const DECODE: ReadonlyMap<string, string> = new Map([...surfaceTable(TCVN3_BYTES), ['\u2212', 'ư'], ['\u03BC', 'à']]);

const ENCODE: ReadonlyMap<string, string> = new Map([...TCVN3_BYTES].map(([byte, ch]) => [ch, String.fromCharCode(byte)]));

const ASCII_UPPER = /[A-Z]/gu;
const ASCII_LOWER = /[a-z]/u;

interface Piece {
  ch: string;
  converted: boolean;
}

/**
 * Restore the capitals of `.VnTimeH` text in one line. Only words that hold a converted letter
 * are evidence (`Sè: /KH-TT` is `Số`: the capitals of the symbol say nothing): when all their
 * ASCII letters are capitals (two at least), every converted letter of the line is one; else a
 * word with two ASCII capitals and no lowercase, and a one-capital word next to it (`X·` in
 * `CéNG HOµ X· HéI`), are in capitals.
 */
function restoreCapitals(pieces: Piece[]): void {
  const text = pieces.map((p) => p.ch).join('');
  const upper = (from: number, to: number) => {
    for (let i = from; i < to; i += 1) if (pieces[i]!.converted) pieces[i]!.ch = pieces[i]!.ch.toUpperCase();
  };
  const words = [...text.matchAll(/\S+/gu)]
    .filter((m) => pieces.slice(m.index, m.index + m[0].length).some((p) => p.converted))
    .map((m) => {
      const capitals = m[0].match(ASCII_UPPER)?.length ?? 0;
      const lower = ASCII_LOWER.test(m[0]);
      return { start: m.index, end: m.index + m[0].length, capitals, lower, strong: capitals >= 2 && !lower, weak: capitals >= 1 && !lower };
    });
  if (words.reduce((n, w) => n + w.capitals, 0) >= 2 && !words.some((w) => w.lower)) {
    upper(0, pieces.length);
    return;
  }
  words.forEach((w, i) => {
    const nextToStrong = words[i - 1]?.strong === true || words[i + 1]?.strong === true;
    if (w.strong || (w.weak && nextToStrong)) upper(w.start, w.end);
  });
}

/**
 * TCVN3 text (as Windows-1252/Latin-1 characters) → Unicode. `allCapitals`: the text is known to
 * be in a capitals font (`.VnTimeH`), so every letter is shown as a capital.
 */
export function decodeTcvn3(text: string, options: { allCapitals?: boolean } = {}): string {
  return text
    .split('\n')
    .map((line) => {
      // one piece per UTF-16 unit, so a match index is a piece index
      const pieces: Piece[] = line.split('').map((ch) => {
        const unicode = DECODE.get(ch);
        return unicode === undefined ? { ch, converted: false } : { ch: unicode, converted: true };
      });
      restoreCapitals(pieces);
      const decoded = pieces.map((p) => p.ch).join('');
      // a capitals font draws every letter, ASCII ones included, as a capital
      return options.allCapitals ? decoded.toUpperCase() : decoded;
    })
    .join('\n');
}

/**
 * Unicode → TCVN3 surface characters (what a Windows-1252 reader shows); capital toned letters,
 * which TCVN3 lacks, become their lowercase code, as typists of `.VnTimeH` wrote them. For
 * tests and fixtures.
 */
export function encodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += ENCODE.get(ch) ?? ENCODE.get(ch.toLowerCase()) ?? ch;
  return out;
}
