import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/extract/read-text.js';
import { extractPlanText } from '../../src/index.js';
import { bytesOfSurface, surfaceOfBytes } from '../../src/normalize/legacy/byte-surface.js';
import { decodeCp1258 } from '../../src/normalize/legacy/cp1258.js';
import { decodeLegacyRun } from '../../src/normalize/legacy/decode-run.js';
import { decodeLegacyText } from '../../src/normalize/legacy/decode-text.js';
import { detectLegacy, type LegacyEncoding } from '../../src/normalize/legacy/detect.js';
import { decodeTcvn3, encodeTcvn3, TCVN3_BYTES } from '../../src/normalize/legacy/tcvn3.js';
import { decodeUtf8Mojibake } from '../../src/normalize/legacy/utf8-mojibake.js';
import { decodeViscii, encodeViscii, VISCII_BYTES } from '../../src/normalize/legacy/viscii.js';
import { decodeVni, encodeVni } from '../../src/normalize/legacy/vni.js';
import { normalizeSource } from '../../src/normalize/normalize-source.js';
import { markedLetters } from '../../src/normalize/vietnamese-letters.js';
import { encodeCp1258, utf8AsCp1252 } from '../support/legacy-encoders.js';

const LETTERS = markedLetters();
const LOWER = LETTERS.slice(0, 67);
const UPPER = LETTERS.slice(67);

describe('the encoding tables, checked on all 134 marked letters', () => {
  it('there are 134 of them, 67 lowercase and their capitals', () => {
    expect(LETTERS).toHaveLength(134);
    expect(new Set(LETTERS).size).toBe(134);
    expect(UPPER).toEqual(LOWER.map((ch) => ch.toUpperCase()));
  });

  it('TCVN3: 74 distinct letters; every lowercase letter and Ă Â Ê Ô Ơ Ư Đ round-trip', () => {
    expect(TCVN3_BYTES.size).toBe(74);
    expect(new Set(TCVN3_BYTES.values()).size).toBe(74);
    for (const ch of [...LOWER, ...'ĂÂÊÔƠƯĐ']) expect(decodeTcvn3(encodeTcvn3(ch))).toBe(ch);
  });

  it('TCVN3: the other capitals have no code; they round-trip in a word in capitals (.VnTimeH) or a capitals font', () => {
    for (const ch of UPPER) {
      expect(decodeTcvn3(encodeTcvn3(`NG${ch}`))).toBe(`NG${ch}`);
      expect(decodeTcvn3(encodeTcvn3(ch), { allCapitals: true })).toBe(ch);
    }
  });

  it('VNI: all 134 round-trip, alone and inside words (longest match first)', () => {
    for (const ch of LETTERS) {
      expect(decodeVni(encodeVni(ch))).toBe(ch);
      expect(decodeVni(encodeVni(`th${ch}ng`))).toBe(`th${ch}ng`);
    }
    expect(new Set(LETTERS.map(encodeVni)).size).toBe(134);
  });

  it('VISCII: 103 bytes besides Latin-1; all 134 letters have distinct bytes and round-trip, read as Latin-1 or as Windows-1252', () => {
    expect(VISCII_BYTES.size).toBe(103);
    const bytes = LETTERS.map((ch) => encodeViscii(ch)!);
    expect(new Set(bytes.map((b) => b[0])).size).toBe(134);
    LETTERS.forEach((ch, i) => {
      expect(decodeViscii(String.fromCharCode(...bytes[i]!))).toBe(ch);
      expect(decodeViscii(surfaceOfBytes(bytes[i]!))).toBe(ch);
    });
  });

  it('Windows-1258 and UTF-8 mojibake: all 134 round-trip through the decoders of Node', () => {
    for (const ch of LETTERS) {
      expect(decodeCp1258(surfaceOfBytes(encodeCp1258(ch)))).toBe(ch);
      expect(decodeUtf8Mojibake(utf8AsCp1252(ch))).toBe(ch);
    }
  });
});

describe('detection', () => {
  it.each([
    ['a .VnTime font read as Windows-1252', 'Thùc hiÖn KÕ ho¹ch sè 73/KH-UBND ngµy 31/3/2022 cña UBND tØnh §ång Nai', 'tcvn3'],
    ['a VNI font', 'Thöïc hieän Keá hoaïch soá 73/KH-UBND ngaøy 31/3/2022 cuûa UBND tænh Ñoàng Nai', 'vni'],
    ['VISCII read as Latin-1', String.fromCharCode(...encodeViscii('Thực hiện Kế hoạch số 73/KH-UBND ngày 31/3/2022 của UBND tỉnh Đồng Nai')!), 'viscii'],
    ['Windows-1258 read as Windows-1252', surfaceOfBytes(encodeCp1258('Thực hiện Kế hoạch số 73/KH-UBND ngày 31/3/2022 của UBND tỉnh Đồng Nai')), 'cp1258'],
    ['UTF-8 read as Windows-1252', utf8AsCp1252('Thực hiện Kế hoạch số 73/KH-UBND ngày 31/3/2022 của UBND tỉnh Đồng Nai'), 'utf8-as-cp1252'],
  ])('%s', (_what, text, expected) => {
    const verdict = detectLegacy(text);
    expect(verdict?.encoding).toBe(expected);
    expect(verdict?.text).toBe('Thực hiện Kế hoạch số 73/KH-UBND ngày 31/3/2022 của UBND tỉnh Đồng Nai');
  });

  it.each([
    ['French', 'Le délégué a présenté à la réunion les résultats de l’année, déjà connus des élèves'],
    ['Spanish', 'El niño está aquí, señor García; también llegó la canción'],
    ['German', 'Die Größe der Straße überrascht schöne Mädchen'],
    ['Portuguese', 'O coração não sabe, mas a mãe e o pão são ações'],
    ['English with Windows-1252 punctuation', 'The “quick” brown fox – jumps … over the lazy dog’s back'],
    ['unaccented Vietnamese', 'Ban hanh “Ke hoach” – nam 2024, thuc hien Chi thi so 33/CT-TTg'],
    ['Unicode Vietnamese with ® ° ±', 'viparse® 2026, nhiệt độ 25°C ± 2'],
    ['a registered sign after a word', 'Sản phẩm Microsoft® Word® 2016'],
  ])('leaves %s alone', (_what, text) => {
    expect(detectLegacy(text)).toBeNull();
    expect(decodeLegacyRun(text)).toEqual({ text, encoding: null });
  });

  it('does not guess from one word (nghó is not VNI nghĩ)', () => {
    expect(decodeLegacyRun('nghó').encoding).toBeNull();
  });
});

describe('decodeLegacyRun with a PDF font name', () => {
  it.each([
    ['ABCDEF+.VnTime', 'Hµ Néi', 'Hà Nội', 'tcvn3'],
    ['.VnTimeH', 'céng hoµ', 'CỘNG HOÀ', 'tcvn3'],
    ['BCDEFG+.VnArialH,Bold', 'ñy ban', 'ỦY BAN', 'tcvn3'],
    ['VNI-Times', 'Haø Noäi', 'Hà Nội', 'vni'],
  ])('%s: %j → %j', (fontName, text, expected, encoding) => {
    expect(decodeLegacyRun(text, { fontName })).toEqual({ text: expected, encoding });
  });

  it('a document converted to Unicode keeps its .VnTime font name: the text is left as it is', () => {
    expect(decodeLegacyRun('Hà Nội, ngày 22 tháng 11 năm 2002', { fontName: '.VnTime' }).encoding).toBeNull();
    expect(decodeLegacyRun('các văn bản', { fontName: '.VnTime' }).encoding).toBeNull();
  });
});

/** A real paragraph of fixtures/plans/000 (section I.2), under the national motto. */
function governmentText(): string {
  const plan = normalizeSource(readText(readFileSync('fixtures/plans/000-sct-dan-van-2022.txt'), 'text'));
  const paragraph = plan.paragraphs.find((p) => p.text.startsWith('2. Tập trung nâng cao hiệu lực'))!.text;
  return ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', paragraph].join('\n');
}

/** How each encoding's text reaches us: the bytes of the file. */
const FILES: Record<LegacyEncoding, (text: string) => Uint8Array> = {
  tcvn3: (text) => bytesOfSurface(encodeTcvn3(text))!,
  vni: (text) => bytesOfSurface(encodeVni(text))!,
  viscii: (text) => new Uint8Array(encodeViscii(text)!),
  cp1258: (text) => new Uint8Array(encodeCp1258(text)),
  // the UTF-8 of a text that was once read as Windows-1252 and saved again as UTF-8
  'utf8-as-cp1252': (text) => new TextEncoder().encode(utf8AsCp1252(text)),
};

describe('a government paragraph through every legacy encoding', () => {
  const text = governmentText();

  it('is a real paragraph of some length', () => {
    expect(text.split(/\s+/u).length).toBeGreaterThan(60);
  });

  it.each(Object.keys(FILES) as LegacyEncoding[])('%s: encoded, detected, decoded: identical', (encoding) => {
    const bytes = FILES[encoding](text);
    const read = readText(bytes, 'text');
    expect(read.lines.map((l) => l.text).join('\n')).toBe(text);
    expect(read.notes).toHaveLength(1);
    expect(read.notes[0]).toMatchObject({ code: 'extract/legacy-encoding' });
  });

  it.each(['tcvn3', 'vni'] as const)('%s text pasted into a UTF-8 file is decoded too', (encoding) => {
    const surface = encoding === 'tcvn3' ? encodeTcvn3(text) : encodeVni(text);
    const read = readText(new TextEncoder().encode(surface), 'text');
    expect(read.lines.map((l) => l.text).join('\n')).toBe(text);
    expect(read.notes[0]!.message).toContain(encoding === 'tcvn3' ? 'TCVN3' : 'VNI');
  });

  it('decodes each block on its own and keeps Unicode blocks as they are', () => {
    const mixed = `${encodeTcvn3(text)}\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015\n\n${encodeVni(text)}`;
    const decoded = decodeLegacyText(mixed, { eightBit: false });
    expect(decoded.text).toBe(`${text}\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015\n\n${text}`);
    expect(decoded.encodings.sort()).toEqual(['tcvn3', 'vni']);
  });

  it('a short block takes the encoding of its document', () => {
    const doc = [encodeTcvn3('Hà Nội'), encodeTcvn3(text)].join('\n\n');
    expect(decodeLegacyText(doc, { eightBit: false }).text).toBe(`Hà Nội\n\n${text}`);
  });
});

describe('a whole seed plan typed in a legacy encoding', () => {
  const plan = (name: string) => readFileSync(`fixtures/plans/${name}.txt`, 'utf8');
  it.each([
    ['002-thanh-tra-dan-van-2025', 'tcvn3'],
    ['000-sct-dan-van-2022', 'vni'],
    ['001-skhdt-dan-van-2022', 'vni'],
    ['002-thanh-tra-dan-van-2025', 'vni'],
  ] as const)('%s in %s reads as the Unicode file does', async (name, encoding) => {
    const unicode = plan(name);
    const bytes = bytesOfSurface(encoding === 'tcvn3' ? encodeTcvn3(unicode) : encodeVni(unicode))!;
    expect(await extractPlanText(bytes)).toBe(await extractPlanText(new TextEncoder().encode(unicode)));
  });
});

describe('reading text files', () => {
  it('a .txt typed in a .VnTime font, as 8-bit text: Unicode, with a note naming TCVN3', () => {
    const bytes = bytesOfSurface(encodeTcvn3('KẾ HOẠCH\nThực hiện công tác dân vận năm 2022 của Sở Công Thương tỉnh Đồng Nai'))!;
    const read = readText(bytes, 'text');
    expect(read.lines.map((l) => l.text)).toEqual(['KẾ HOẠCH', 'Thực hiện công tác dân vận năm 2022 của Sở Công Thương tỉnh Đồng Nai']);
    expect(read.notes).toEqual([
      {
        code: 'extract/legacy-encoding',
        message: 'the file is not valid UTF-8; it was read as TCVN3 (ABC, .VnTime fonts) and converted to Unicode (save it as UTF-8 to be sure)',
      },
    ]);
  });

  it('TCVN3 letters hidden in the soft hyphen (ư) and the C1 range survive', () => {
    const read = readText(bytesOfSurface('Thñ t\u00ADíng ChÝnh phñ giao nhiÖm vô cho c¸c Bé, ngµnh')!, 'text');
    expect(read.lines[0]!.text).toBe('Thủ tướng Chính phủ giao nhiệm vụ cho các Bộ, ngành');
  });

  it('keeps the Windows-1252 punctuation of 8-bit text (Node 20 reads windows-1252 as Latin-1: not used)', () => {
    const text = 'Số: /KH-TT\nPhương châm “Sâu sát – Phù hợp – Thực chất – Đồng thuận” của Thủ tướng Chính phủ';
    const read = readText(bytesOfSurface(encodeTcvn3(text))!, 'text');
    expect(read.lines.map((l) => l.text).join('\n')).toBe(text);
  });

  it.each([
    ['Sè: 45/KH-UBND', 'Số: 45/KH-UBND'],
    ['UBND TØNH §åNG NAI', 'UBND TỈNH ĐỒNG NAI'],
    ['QUYÕT ®Þnh sè 12', 'QUYẾT định số 12'],
  ])('TCVN3 capitals come from the words that hold converted letters: %j → %j', (surface, expected) => {
    expect(decodeTcvn3(surface)).toBe(expected);
  });

  it('UTF-8 text in Unicode has no note', () => {
    expect(readText(new TextEncoder().encode('Hà Nội, ngày 22 tháng 11 năm 2002'), 'text').notes).toEqual([]);
  });
});
