/**
 * WinAnsiEncoding (Windows-1252), the code page Word writes simple TrueType fonts in. Node's
 * TextDecoder treats `windows-1252` as Latin-1 for 0x80–0x9F, so that row is spelled out here.
 */
const ROW_80 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function winAnsiText(code: number): string | null {
  if (code < 0x20 || code > 0xff || code === 0x7f) return null;
  if (code >= 0x80 && code < 0xa0) {
    const ch = ROW_80[code - 0x80]!;
    return ch.charCodeAt(0) < 0xa0 ? null : ch;
  }
  return String.fromCharCode(code);
}
