/**
 * VISCII (RFC 1456), research report §4.3: single-byte, all 134 letters, so capitals had to go
 * into the C0 and C1 control ranges (0x02 Ẳ, 0x93 Ộ …). Control characters must therefore be kept
 * until this decoding has run. À Á Â Ã È É Ê Ì Í Ò Ó Ô Ù Ú Ý and their lowercase (and õ) keep
 * their Latin-1 positions; the table lists the 103 other bytes.
 */
import { surfaceTable } from './byte-surface.js';

const TABLE_TEXT =
  '02=Ẳ 05=Ẵ 06=Ẫ 14=Ỷ 19=Ỹ 1E=Ỵ 80=Ạ 81=Ắ 82=Ằ 83=Ặ 84=Ấ 85=Ầ 86=Ẩ 87=Ậ 88=Ẽ 89=Ẹ 8A=Ế 8B=Ề 8C=Ể 8D=Ễ 8E=Ệ 8F=Ố ' +
  '90=Ồ 91=Ổ 92=Ỗ 93=Ộ 94=Ợ 95=Ớ 96=Ờ 97=Ở 98=Ị 99=Ỏ 9A=Ọ 9B=Ỉ 9C=Ủ 9D=Ũ 9E=Ụ 9F=Ỳ A0=Õ A1=ắ A2=ằ A3=ặ A4=ấ A5=ầ A6=ẩ A7=ậ ' +
  'A8=ẽ A9=ẹ AA=ế AB=ề AC=ể AD=ễ AE=ệ AF=ố B0=ồ B1=ổ B2=ỗ B3=Ỡ B4=Ơ B5=ộ B6=ờ B7=ở B8=ị B9=Ự BA=Ứ BB=Ừ BC=Ử BD=ơ BE=ớ BF=Ư ' +
  'C4=Ả C5=Ă C6=ẳ C7=ẵ CB=Ẻ CE=Ĩ CF=ỳ D0=Đ D1=ứ D5=ạ D6=ỷ D7=ừ D8=ử DB=ỹ DC=ỵ DE=ỡ DF=ư E4=ả E5=ă E6=ữ E7=ẫ EB=ẻ EE=ĩ EF=ỉ ' +
  'F0=đ F1=ự F6=ỏ F7=ọ F8=ụ FB=ũ FC=ủ FE=ợ FF=Ữ';

/** byte → Unicode for the 103 bytes that differ from Latin-1 */
export const VISCII_BYTES: ReadonlyMap<number, string> = new Map(
  TABLE_TEXT.split(' ').map((entry) => [parseInt(entry.slice(0, 2), 16), entry.slice(3)] as [number, string]),
);

const DECODE: ReadonlyMap<string, string> = surfaceTable(VISCII_BYTES);

/** Unicode → byte, for the letters that keep their Latin-1 code too */
const ENCODE: ReadonlyMap<string, number> = new Map<string, number>([
  ...[...'ÀÁÂÃÈÉÊÌÍÒÓÔÙÚÝàáâãèéêìíòóôõùúý'].map((ch): [string, number] => [ch, ch.charCodeAt(0)]),
  ...[...VISCII_BYTES].map(([byte, ch]): [string, number] => [ch, byte]),
]);

/** VISCII text (as Windows-1252 or Latin-1 characters, C0/C1 controls kept) → Unicode. */
export function decodeViscii(text: string): string {
  let out = '';
  for (const ch of text) out += DECODE.get(ch) ?? ch;
  return out;
}

/** Unicode → VISCII bytes; null when a character has no VISCII byte. For tests and fixtures. */
export function encodeViscii(text: string): number[] | null {
  const bytes: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const byte = ENCODE.get(ch) ?? (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : undefined);
    if (byte === undefined) return null;
    bytes.push(byte);
  }
  return bytes;
}
