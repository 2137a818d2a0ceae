#!/usr/bin/env node
// Writes the PDFs of fixtures/pdf-legacy/: documents typed in legacy 8-bit Vietnamese fonts and
// printed the way Word and Acrobat printed them — simple TrueType/Type 1 fonts named `.VnTime`,
// `.VnTimeH`, `VNI-Times` …, WinAnsiEncoding, not embedded, so that the text layer is the font's
// raw 8-bit codes read as Windows-1252 — with the Unicode text they show beside them
// (`x.truth.txt`: what `kh-parse text x.pdf` must print).
//
// The text is real: the header of a plan and paragraphs I.1 and I.2 of
// fixtures/plans/000-sct-dan-van-2022.txt. The encoders here are written from the published
// tables (TCVN 5712 VN3 and VISCII as glibc's iconv has them, VNI-Windows by its composition rules,
// Windows-1258 and UTF-8 through Node), independently of src/normalize/legacy: the tests check
// the decoders against what this script wrote.
//
// Plain Node, no dependency; the PDF objects are written by hand. Usage:
//   node scripts/make-legacy-font-pdfs.js          (writes fixtures/pdf-legacy/, prints what it wrote)
//   node scripts/make-legacy-font-pdfs.js --check  (exit 1 when a committed file differs from what it would write)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = path.join(root, 'fixtures/pdf-legacy');
const CHECK = process.argv.includes('--check');
const stale = [];

/** Writes a fixture file (with --check: compares it with the committed one). */
function put(file, data) {
  const full = path.join(outDir, file);
  if (!CHECK) writeFileSync(full, data);
  else if (!existsSync(full) || !readFileSync(full).equals(Buffer.from(data))) stale.push(file);
}

// ---------------------------------------------------------------------------------------------
// Encoders: Unicode → the bytes a legacy font shows it with
// ---------------------------------------------------------------------------------------------

/** TCVN 5712:1993 VN3 (the .VnTime fonts): lowercase letters and Ă Â Ê Ô Ơ Ư Đ (iconv TCVN5712-1). */
const TCVN3_CODES =
  'à=b5 á=b8 ả=b6 ã=b7 ạ=b9 ă=a8 ằ=bb ắ=be ẳ=bc ẵ=bd ặ=c6 â=a9 ầ=c7 ấ=ca ẩ=c8 ẫ=c9 ậ=cb è=cc é=d0 ẻ=ce ẽ=cf ẹ=d1 ' +
  'ê=aa ề=d2 ế=d5 ể=d3 ễ=d4 ệ=d6 ì=d7 í=dd ỉ=d8 ĩ=dc ị=de ò=df ó=e3 ỏ=e1 õ=e2 ọ=e4 ô=ab ồ=e5 ố=e8 ổ=e6 ỗ=e7 ộ=e9 ' +
  'ơ=ac ờ=ea ớ=ed ở=eb ỡ=ec ợ=ee ù=ef ú=f3 ủ=f1 ũ=f2 ụ=f4 ư=ad ừ=f5 ứ=f8 ử=f6 ữ=f7 ự=f9 ỳ=fa ý=fd ỷ=fb ỹ=fc ỵ=fe ' +
  'đ=ae Ă=a1 Â=a2 Ê=a3 Ô=a4 Ơ=a5 Ư=a6 Đ=a7';

/** VISCII (RFC 1456, iconv VISCII): the letters that are not at their Latin-1 place. */
const VISCII_CODES =
  'ả=e4 ạ=d5 ă=e5 ằ=a2 ắ=a1 ẳ=c6 ẵ=c7 ặ=a3 ầ=a5 ấ=a4 ẩ=a6 ẫ=e7 ậ=a7 ẻ=eb ẽ=a8 ẹ=a9 ề=ab ế=aa ể=ac ễ=ad ệ=ae ỉ=ef ' +
  'ĩ=ee ị=b8 ỏ=f6 ọ=f7 ồ=b0 ố=af ổ=b1 ỗ=b2 ộ=b5 ơ=bd ờ=b6 ớ=be ở=b7 ỡ=de ợ=fe ủ=fc ũ=fb ụ=f8 ư=df ừ=d7 ứ=d1 ử=d8 ' +
  'ữ=e6 ự=f1 ỳ=cf ỷ=d6 ỹ=db ỵ=dc đ=f0 Ả=c4 Ạ=80 Ă=c5 Ằ=82 Ắ=81 Ẳ=02 Ẵ=05 Ặ=83 Ầ=85 Ấ=84 Ẩ=86 Ẫ=06 Ậ=87 Ẻ=cb ' +
  'Ẽ=88 Ẹ=89 Ề=8b Ế=8a Ể=8c Ễ=8d Ệ=8e Ỉ=9b Ĩ=ce Ị=98 Ỏ=99 Õ=a0 Ọ=9a Ồ=90 Ố=8f Ổ=91 Ỗ=92 Ộ=93 Ơ=b4 Ờ=96 Ớ=95 Ở=97 ' +
  'Ỡ=b3 Ợ=94 Ủ=9c Ũ=9d Ụ=9e Ư=bf Ừ=bb Ứ=ba Ử=bc Ữ=ff Ự=b9 Ỳ=9f Ỷ=14 Ỹ=19 Ỵ=1e Đ=d0';

const codeTable = (text) => new Map(text.split(' ').map((e) => [e.split('=')[0], parseInt(e.split('=')[1], 16)]));
const TCVN3 = codeTable(TCVN3_CODES);
const VISCII = codeTable(VISCII_CODES);

/**
 * Windows-1252 at 0x80–0x9F (the five unassigned bytes as C1 controls, as WHATWG reads them; not
 * TextDecoder: Node 20 reads 'windows-1252' as Latin-1).
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const cp1252Char = (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b));
/** Windows-1252 bytes of the characters a Windows-1252 text can hold (C0 and C1 controls as themselves). */
const CP1252 = new Map(Array.from({ length: 256 }, (_, b) => [cp1252Char(b), b]));

function byteOf(table, ch, what) {
  const b = table.get(ch) ?? (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : CP1252.get(ch));
  if (b === undefined) throw new Error(`${what}: no code for ${ch} (U+${ch.codePointAt(0).toString(16)})`);
  return b;
}

/** TCVN3: capital toned letters have no code; typists used the lowercase one (in a capitals font, .VnTimeH, it shows as a capital). */
function encodeTcvn3(text) {
  return [...text.normalize('NFC')].map((ch) => (TCVN3.has(ch) || ch.charCodeAt(0) < 0x80 ? byteOf(TCVN3, ch, 'TCVN3') : byteOf(TCVN3, ch.toLowerCase(), 'TCVN3')));
}

function encodeViscii(text) {
  return [...text.normalize('NFC')].map((ch) => byteOf(VISCII, ch, 'VISCII'));
}

/** VNI-Windows: a base letter and a mark byte (lowercase marks for lowercase letters, capital ones for capitals). */
const VNI_TONE = { lower: ['', 'ø', 'ù', 'û', 'õ', 'ï'], upper: ['', 'Ø', 'Ù', 'Û', 'Õ', 'Ï'] };
const VNI_CIRCUMFLEX = { lower: ['â', 'à', 'á', 'å', 'ã', 'ä'], upper: ['Â', 'À', 'Á', 'Å', 'Ã', 'Ä'] };
const VNI_BREVE = { lower: ['ê', 'è', 'é', 'ú', 'ü', 'ë'], upper: ['Ê', 'È', 'É', 'Ú', 'Ü', 'Ë'] };
const VNI_I = { lower: ['i', 'ì', 'í', 'æ', 'ó', 'ò'], upper: ['I', 'Ì', 'Í', 'Æ', 'Ó', 'Ò'] };
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

function vniOf(ch) {
  const upper = ch !== ch.toLowerCase();
  const marks = [...ch.toLowerCase().normalize('NFD')];
  const base = marks[0];
  const tone = Math.max(0, TONES.indexOf(marks.find((m) => TONES.includes(m) && m !== '') ?? ''));
  const quality = marks.find((m) => m === '\u0302' || m === '\u0306' || m === '\u031B');
  const pick = (set) => (upper ? set.upper : set.lower)[tone];
  const letter = (s) => (upper ? s.toUpperCase() : s);
  if (ch === 'đ') return 'ñ';
  if (ch === 'Đ') return 'Ñ';
  if (marks.length === 1 && !/[aeiouy]/u.test(base)) return ch;
  if (base === 'i') return pick(VNI_I);
  if (base === 'y' && tone === 5) return letter('î');
  if (quality === '\u031B') return letter(base === 'o' ? 'ô' : 'ö') + pick(VNI_TONE);
  if (quality === '\u0302') return letter(base) + pick(VNI_CIRCUMFLEX);
  if (quality === '\u0306') return letter(base) + pick(VNI_BREVE);
  return letter(base) + pick(VNI_TONE);
}

function encodeVni(text) {
  return [...text.normalize('NFC')].flatMap((ch) => (/[a-zđ]/iu.test(ch.normalize('NFD')[0]) || ch === 'đ' || ch === 'Đ' ? [...vniOf(ch)] : [ch])).map((c) => byteOf(new Map(), c, 'VNI'));
}

/** Windows-1258: precomposed where the code page has the letter, else the base and a combining tone byte. */
const CP1258 = new Map(
  Array.from({ length: 256 }, (_, b) => [new TextDecoder('windows-1258').decode(new Uint8Array([b])), b]).filter(([ch, b]) => b < 0x80 || b > 0x9f || ch.charCodeAt(0) > 0xff),
);
function encodeCp1258(text) {
  const bytes = [];
  for (const ch of text.normalize('NFC')) {
    if (CP1258.has(ch)) {
      bytes.push(CP1258.get(ch));
      continue;
    }
    const parts = [...ch.normalize('NFD')];
    const tone = parts.find((p) => TONES.indexOf(p) > 0);
    const base = parts.filter((p) => p !== tone).join('').normalize('NFC');
    if (!CP1258.has(base) || !CP1258.has(tone)) throw new Error(`Windows-1258: no bytes for ${ch}`);
    bytes.push(CP1258.get(base), CP1258.get(tone));
  }
  return bytes;
}

const encodeUtf8 = (text) => [...new TextEncoder().encode(text.normalize('NFC'))];
const encodeWinAnsi = (text) => [...text].map((ch) => byteOf(new Map(), ch, 'Windows-1252'));

// ---------------------------------------------------------------------------------------------
// The document
// ---------------------------------------------------------------------------------------------

/** Paragraphs I.1 and I.2 of the seed plan, as one line each. */
function planParagraphs() {
  const lines = readFileSync(path.join(root, 'fixtures/plans/000-sct-dan-van-2022.txt'), 'utf8')
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const paragraph = (start) => {
    const from = lines.findIndex((l) => l.startsWith(start));
    const out = [lines[from]];
    for (const l of lines.slice(from + 1)) {
      if (/^(?:\d+\.|[IVX]+\.)\s/u.test(l)) break;
      out.push(l);
    }
    return out.join(' ').replace(/\s+/gu, ' ');
  };
  return [paragraph('1. Tiếp tục tăng cường'), paragraph('2. Tập trung nâng cao hiệu lực')];
}

/** Blocks of the page: `caps` lines go in the bold (capitals) font; `center`/`right` are short lines. */
function documentBlocks() {
  const [p1, p2] = planParagraphs();
  return [
    { align: 'center', caps: true, text: 'SỞ CÔNG THƯƠNG ĐỒNG NAI' },
    { align: 'center', caps: true, text: 'PHÒNG KỸ THUẬT AN TOÀN MÔI TRƯỜNG' },
    { align: 'center', caps: true, text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' },
    { align: 'center', text: 'Độc lập - Tự do - Hạnh phúc' },
    { align: 'center', caps: true, text: 'KẾ HOẠCH' },
    { align: 'center', text: 'Thực hiện công tác Dân vận chính quyền năm 2022' },
    { align: 'paragraph', text: p1 },
    { align: 'paragraph', text: p2 },
    { align: 'right', caps: true, text: 'KT. GIÁM ĐỐC' },
    { align: 'right', caps: true, text: 'PHÓ GIÁM ĐỐC' },
    { align: 'right', text: 'Nguyễn Ngọc Mỹ' },
  ];
}

// ---------------------------------------------------------------------------------------------
// PDF writing
// ---------------------------------------------------------------------------------------------

const PAGE = { width: 595, height: 842, left: 85, right: 57, top: 60 };
const SIZE = 13;
const PITCH = 18;

/** Font widths (glyph space, 1000 per em): a plain 500, spaces 250, zero for the given mark bytes. */
function widthsOf(zeroWidth = []) {
  const widths = Array(256).fill(500);
  widths[0x20] = 250;
  for (const b of zeroWidth) widths[b] = 0;
  return widths;
}

const VNI_MARK_BYTES = [...'øùûõïØÙÛÕÏâàáåãäÂÀÁÅÃÄêèéúüëÊÈÉÚÜË'].map((c) => c.charCodeAt(0));
const CP1258_TONE_BYTES = [0xcc, 0xec, 0xd2, 0xde, 0xf2];

const widthOf = (font, bytes) => bytes.reduce((w, b) => w + font.widths[b], 0) * (SIZE / 1000);

/** PDF literal string: printable ASCII as is, the rest as octal escapes. */
function literal(bytes) {
  let out = '(';
  for (const b of bytes) {
    if (b === 0x28 || b === 0x29 || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
    else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b);
    else out += `\\${b.toString(8).padStart(3, '0')}`;
  }
  return `${out})`;
}

/** A ToUnicode CMap mapping each code to a character (bfchar). */
function toUnicodeCMap(map) {
  const entries = [...map].map(([code, ch]) => `<${code.toString(16).padStart(2, '0').toUpperCase()}> <${[...ch].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()).join('')}>`);
  const chunks = [];
  for (let i = 0; i < entries.length; i += 100) chunks.push(`${Math.min(100, entries.length - i)} beginbfchar\n${entries.slice(i, i + 100).join('\n')}\nendbfchar`);
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<00> <FF>',
    'endcodespacerange',
    ...chunks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** PDF name with the characters that need it escaped (#xx). */
const pdfName = (name) => `/${[...name].map((c) => (/[A-Za-z0-9+\-_.,]/u.test(c) ? c : `#${c.charCodeAt(0).toString(16).padStart(2, '0')}`)).join('')}`;

class PdfFile {
  objects = [];
  add(body) {
    this.objects.push(body);
    return this.objects.length;
  }
  stream(dict, data) {
    return this.add(`<< ${dict} /Length ${Buffer.byteLength(data, 'latin1')} >>\nstream\n${data}\nendstream`);
  }
  bytes(rootRef) {
    let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
    const offsets = [];
    this.objects.forEach((body, i) => {
      offsets.push(Buffer.byteLength(out, 'latin1'));
      out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    });
    const xref = Buffer.byteLength(out, 'latin1');
    out += `xref\n0 ${this.objects.length + 1}\n0000000000 65535 f \n`;
    for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
    out += `trailer\n<< /Size ${this.objects.length + 1} /Root ${rootRef} 0 R /Info ${this.objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    return Buffer.from(out, 'latin1');
  }
}

/**
 * A font as Word wrote a legacy one: simple, WinAnsiEncoding, not embedded (a descriptor only),
 * with a ToUnicode map when `toUnicode` is given (code → character).
 */
function addFont(pdf, { name, subtype = 'TrueType', widths, toUnicode = null, bold = false }) {
  const descriptor = pdf.add(
    `<< /Type /FontDescriptor /FontName ${pdfName(name)} /Flags ${bold ? 262178 : 34} /FontBBox [-250 -250 1200 950] /ItalicAngle 0 /Ascent 891 /Descent -216 /CapHeight 662 /StemV ${bold ? 136 : 80} >>`,
  );
  const unicode = toUnicode ? ` /ToUnicode ${pdf.stream('', toUnicodeCMap(toUnicode))} 0 R` : '';
  return pdf.add(
    `<< /Type /Font /Subtype /${subtype} /BaseFont ${pdfName(name)} /FirstChar 0 /LastChar 255 /Widths [${widths.join(' ')}] /Encoding /WinAnsiEncoding /FontDescriptor ${descriptor} 0 R${unicode} >>`,
  );
}

/** Greedy line breaking of a paragraph by the width of its encoded words. */
function wrap(text, encode, font, firstIndent) {
  const lines = [];
  let words = [];
  const width = (ws) => widthOf(font, encode(ws.join(' ')));
  for (const word of text.split(' ')) {
    const available = PAGE.width - PAGE.left - PAGE.right - (lines.length === 0 ? firstIndent : 0);
    if (words.length > 0 && width([...words, word]) > available) {
      lines.push(words.join(' '));
      words = [];
    }
    words.push(word);
  }
  lines.push(words.join(' '));
  return lines;
}

/**
 * One page with the blocks drawn line by line, each line a BT … ET with its font, position and
 * (justified paragraph lines) word spacing. `fontFor(block)` picks the font key and the encoder.
 * `split`: draw each line as a TJ array cut inside a two-byte letter (VNI), as justified Word text is.
 */
function pageContent(blocks, fonts, { split = false } = {}) {
  const ops = [];
  let y = PAGE.height - PAGE.top;
  const show = (fontKey, bytes, x, wordSpacing) => {
    const font = fonts[fontKey];
    let text = `${literal(bytes)} Tj`;
    if (split && bytes.length > 4) {
      // cut after the first base letter that a mark byte follows
      const cut = bytes.findIndex((b, i) => i > 0 && font.widths[b] === 0) ;
      if (cut > 0) text = `[${literal(bytes.slice(0, cut))} -0.5 ${literal(bytes.slice(cut))}] TJ`;
    }
    ops.push(`BT\n/${font.key} ${SIZE} Tf\n${wordSpacing.toFixed(3)} Tw\n1 0 0 1 ${x.toFixed(2)} ${y.toFixed(2)} Tm\n${text}\nET`);
  };
  for (const block of blocks) {
    for (const run of block.runs) {
      const font = fonts[run.font];
      if (block.align === 'paragraph') {
        const indent = 36;
        const lines = wrap(run.text, run.encode, font, indent);
        y -= 6;
        lines.forEach((line, i) => {
          const bytes = run.encode(line);
          const x = PAGE.left + (i === 0 ? indent : 0);
          const available = PAGE.width - PAGE.right - x;
          const spaces = bytes.filter((b) => b === 0x20).length;
          // justified, but for the last line
          const spacing = i < lines.length - 1 && spaces > 0 ? (available - widthOf(font, bytes)) / spaces : 0;
          show(run.font, bytes, x, spacing);
          y -= PITCH;
        });
        continue;
      }
    }
    if (block.align !== 'paragraph') {
      // a short line, maybe in several fonts one after the other
      const encoded = block.runs.map((run) => ({ run, bytes: run.encode(run.text) }));
      const total = encoded.reduce((w, { run, bytes }) => w + widthOf(fonts[run.font], bytes), 0);
      let x = block.align === 'center' ? (PAGE.width - total) / 2 : 430 - total / 2;
      for (const { run, bytes } of encoded) {
        show(run.font, bytes, x, 0);
        x += widthOf(fonts[run.font], bytes);
      }
      y -= PITCH;
    }
  }
  return ops.join('\n');
}

/** A one-page PDF of `blocks`, with the fonts described (key → font options). */
function writePdf(file, blocks, fontSpecs, options = {}) {
  const pdf = new PdfFile();
  const fonts = {};
  for (const [key, spec] of Object.entries(fontSpecs)) fonts[key] = { key, widths: spec.widths, ref: addFont(pdf, spec) };
  const content = pdf.stream('', pageContent(blocks, fonts, options));
  const resources = `<< /Font << ${Object.values(fonts).map((f) => `/${f.key} ${f.ref} 0 R`).join(' ')} >> /ProcSet [/PDF /Text] >>`;
  const pagesRef = pdf.objects.length + 2;
  const page = pdf.add(`<< /Type /Page /Parent ${pagesRef} 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] /Resources ${resources} /Contents ${content} 0 R >>`);
  pdf.add(`<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
  const catalog = pdf.add(`<< /Type /Catalog /Pages ${pagesRef} 0 R >>`);
  pdf.add('<< /Producer (kh-parse scripts/make-legacy-font-pdfs.js) /Creator (Microsoft Word - legacy font fixture) >>');
  put(file, pdf.bytes(catalog));
}

/** The truth text: one paragraph per line, as `kh-parse text` prints it. */
function writeTruth(file, blocks) {
  put(file, `${blocks.map((b) => b.runs.map((r) => r.text).join('')).join('\n')}\n`);
}

// ---------------------------------------------------------------------------------------------
// The fixtures
// ---------------------------------------------------------------------------------------------

/** cp1252 surface of each code: the ToUnicode map many legacy-font PDFs carry (0xAD → soft hyphen). */
const CP1252_TO_UNICODE = new Map(
  Array.from({ length: 224 }, (_, i) => i + 0x20)
    .map((b) => [b, cp1252Char(b)])
    .filter(([b, ch]) => b !== 0x7f && ch.charCodeAt(0) > 0x9f),
);

/** Every block in one encoding: body text in `body`, capitals in `caps` (lowercase codes in a capitals font when `capsLowercase`). */
function legacyBlocks(encode, { body = 'body', caps = 'caps', capsLowercase = false, typed = (text) => text } = {}) {
  return documentBlocks().map((b) => ({
    align: b.align,
    runs: [{ text: typed(b.text), font: b.caps ? caps : body, encode: b.caps && capsLowercase ? (t) => encode(t.toLowerCase()) : encode }],
  }));
}

const written = [];
function fixture(name, blocks, fonts, options) {
  writePdf(`${name}.pdf`, blocks, fonts, options);
  writeTruth(`${name}.truth.txt`, blocks);
  const codes = new Set(blocks.flatMap((b) => b.runs.flatMap((r) => r.encode(r.text))));
  const awkward = [0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xad, 0xb5, 0x02, 0x05, 0x06, 0x14, 0x19, 0x1e].filter((c) => codes.has(c));
  written.push(`${name}.pdf: fonts ${Object.values(fonts).map((f) => f.name).join(', ')}; awkward codes ${awkward.map((c) => `0x${c.toString(16).padStart(2, '0')}`).join(' ') || 'none'}`);
}

if (!CHECK) mkdirSync(outDir, { recursive: true });

// TCVN3, as Word printed it: .VnTime for the text, .VnTimeH (a capitals font: lowercase codes drawn
// as capitals) for the headings; WinAnsi, no ToUnicode, so 0xAD (ư) reads as "-" and 0xB5 (à) as µ
fixture('tcvn3-vntime', legacyBlocks(encodeTcvn3, { capsLowercase: true }), {
  body: { name: '.VnTime', widths: widthsOf() },
  caps: { name: '.VnTimeH', widths: widthsOf(), bold: true },
});

// TCVN3 in subset fonts with the ToUnicode map many real ones carry (code → its Windows-1252
// character, so 0xAD → U+00AD, which pdf.js drops); Type 1; headings typed in capitals in .VnTime
fixture('tcvn3-subset-tounicode', legacyBlocks(encodeTcvn3), {
  body: { name: 'ABCDEF+.VnTime', subtype: 'Type1', widths: widthsOf(), toUnicode: CP1252_TO_UNICODE },
  caps: { name: 'BCDEFG+.VnTime,Bold', subtype: 'Type1', widths: widthsOf(), toUnicode: CP1252_TO_UNICODE, bold: true },
});

// VNI: two bytes for a marked letter, the mark byte zero-width; lines cut inside a letter (TJ)
fixture(
  'vni-times',
  legacyBlocks(encodeVni),
  { body: { name: 'VNI-Times', widths: widthsOf(VNI_MARK_BYTES) }, caps: { name: 'VNI-Times,Bold', widths: widthsOf(VNI_MARK_BYTES), bold: true } },
  { split: true },
);

// VISCII, Windows-1258 and UTF-8 read as Windows-1252 in fonts whose names say nothing: decided
// by the text alone. VISCII capitals sit in the C0 and C1 ranges (Ỹ 0x19, Ố 0x8F …); UTF-8 shows
// 0x81 0x8D 0x8F 0x90 0x9D, bytes Windows-1252 leaves undefined
// (VISCII has every byte for letters: its typists had straight quotes and hyphens only)
fixture('viscii', legacyBlocks(encodeViscii, { typed: (t) => t.replace(/[“”]/gu, '"').replace(/–/gu, '-') }), {
  body: { name: 'VTimesNewRoman', widths: widthsOf() },
  caps: { name: 'VTimesNewRoman,Bold', widths: widthsOf(), bold: true },
});
fixture('windows-1258', legacyBlocks(encodeCp1258), {
  body: { name: 'TimesNewRomanPSMT', widths: widthsOf(CP1258_TONE_BYTES) },
  caps: { name: 'TimesNewRomanPS-BoldMT', widths: widthsOf(CP1258_TONE_BYTES), bold: true },
});
fixture('utf8-as-cp1252', legacyBlocks(encodeUtf8), {
  body: { name: 'ArialMT', widths: widthsOf() },
  caps: { name: 'Arial-BoldMT', widths: widthsOf(), bold: true },
});

// One page, two kinds of font: the header and paragraph I.1 in a Unicode font (codes mapped to
// Vietnamese letters by ToUnicode, as Word writes non-WinAnsi letters), paragraph I.2 and the
// signature in .VnTime, and a line with both ("Kính gửi:" in Unicode, the addressee in TCVN3).
{
  const unicodeCodes = new Map();
  const encodeUnicode = (text) =>
    [...text].map((ch) => {
      if (ch.charCodeAt(0) < 0x80) return ch.charCodeAt(0);
      if (!unicodeCodes.has(ch)) unicodeCodes.set(ch, 0x80 + unicodeCodes.size);
      return unicodeCodes.get(ch);
    });
  const blocks = documentBlocks();
  const mixed = [
    ...blocks.slice(0, 7).map((b) => ({ align: b.align, runs: [{ text: b.text, font: b.caps ? 'ucaps' : 'unicode', encode: encodeUnicode }] })),
    {
      align: 'center',
      runs: [
        { text: 'Kính gửi: ', font: 'unicode', encode: encodeUnicode },
        { text: 'Sở Công Thương tỉnh Đồng Nai', font: 'tcvn3', encode: encodeTcvn3 },
      ],
    },
    ...blocks.slice(7).map((b) => ({ align: b.align, runs: [{ text: b.text, font: b.caps ? 'tcvn3caps' : 'tcvn3', encode: b.caps ? (t) => encodeTcvn3(t.toLowerCase()) : encodeTcvn3 }] })),
  ];
  // encode once so that the ToUnicode map holds every letter
  for (const b of mixed) for (const r of b.runs) if (r.font.startsWith('u')) r.encode(r.text);
  const toUnicode = new Map([...Array.from({ length: 0x5f }, (_, i) => [0x20 + i, String.fromCharCode(0x20 + i)]), ...[...unicodeCodes].map(([ch, code]) => [code, ch])]);
  fixture('mixed-unicode-and-tcvn3', mixed, {
    unicode: { name: 'CDEFGH+TimesNewRomanPSMT', widths: widthsOf(), toUnicode },
    ucaps: { name: 'DEFGHI+TimesNewRomanPS-BoldMT', widths: widthsOf(), toUnicode, bold: true },
    tcvn3: { name: '.VnTime', widths: widthsOf() },
    tcvn3caps: { name: '.VnTimeH', widths: widthsOf(), bold: true },
  });
}

// A .VnTime document whose fonts carry a ToUnicode map to the right Vietnamese letters (as a
// converter or a careful printer writes it): pdf.js's text is right, nothing is decoded
{
  const unicodeOf = (encode, caps) => {
    const map = new Map();
    for (const b of documentBlocks().filter((block) => (block.caps === true) === caps)) {
      const text = caps ? b.text.toLowerCase() : b.text;
      const codes = encode(text);
      [...text.normalize('NFC')].forEach((ch, i) => map.set(codes[i], caps ? ch.toUpperCase() : ch));
    }
    return map;
  };
  fixture('vntime-with-unicode-map', legacyBlocks(encodeTcvn3, { capsLowercase: true }), {
    body: { name: '.VnTime', widths: widthsOf(), toUnicode: unicodeOf(encodeTcvn3, false) },
    caps: { name: '.VnTimeH', widths: widthsOf(), toUnicode: unicodeOf(encodeTcvn3, true), bold: true },
  });
}

// English in Times (Windows-1252 letters, curly quotes, dashes): not legacy text, left alone
{
  const english = [
    'Annual report on the café’s “naïve” façade – déjà vu',
    'The committee reviewed the résumé of every applicant; the reports of the Société Générale and of the',
    'Zürich office were read in full. Señor García’s remarks — on the budget, the rôle of the board and',
    'the coöperation with the municipality — were noted. No decision was taken before the end of the year.',
  ];
  fixture(
    'english-times',
    english.map((text, i) => ({ align: i === 0 ? 'center' : 'paragraph', runs: [{ text, font: i === 0 ? 'bold' : 'body', encode: encodeWinAnsi }] })),
    { body: { name: 'TimesNewRomanPSMT', widths: widthsOf() }, bold: { name: 'TimesNewRomanPS-BoldMT', widths: widthsOf(), bold: true } },
  );
}

if (CHECK) {
  process.stdout.write(stale.length === 0 ? 'fixtures/pdf-legacy is up to date\n' : `out of date: ${stale.join(', ')}\n`);
  process.exitCode = stale.length === 0 ? 0 : 1;
} else process.stdout.write(`${written.join('\n')}\n`);
