/**
 * PDFs from documents typed in legacy 8-bit Vietnamese fonts (TCVN3 `.VnTime`, VNI `VNI-Times` …):
 * their text layer is the font's raw codes read as Windows-1252 (`KÕ ho¹ch` for `Kế hoạch`). The
 * fonts that may be such (legacy-font-candidates.ts) are looked at in the operator lists of the
 * pages that show them: real font names and raw codes (raw-char-codes.ts); each font's encoding is
 * decided on all its text (legacy-font-verdicts.ts); the codes are decoded line by line, each
 * character put where its first code's glyph was drawn, and these items take the place of
 * pdf.js's items in those fonts. Text in other fonts, and fonts that read as Unicode or as a
 * foreign language, are left as they were.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { decodeLegacyCodes } from '../normalize/legacy/decode-bytes.js';
import type { LegacyEncoding } from '../normalize/legacy/detect.js';
import { placeGlyphs, type GlyphRun, type PlacedGlyph } from './glyph-placement.js';
import { legacyFontCandidates } from './legacy-font-candidates.js';
import { legacyFontVerdicts, type LegacyFont, type LegacyFontVerdict } from './legacy-font-verdicts.js';
import { replaceFontItems, type GlyphAnchor, type IndexedItem } from './legacy-item-merge.js';
import type { PdfTextItem } from './pdf-text-item.js';
import { baseFontName, type PdfjsFont, type PdfjsOperatorList } from './pdfjs-operators.js';
import { codesOf, fontLines, type FontLine } from './raw-char-codes.js';
import type { PdfjsApi } from './recover-glyph-text.js';
import type { ExtractedSource } from './source-line.js';
import { textItemsFromGlyphs } from './text-items-from-glyphs.js';

const ENCODING_LABELS: Readonly<Record<LegacyEncoding, string>> = {
  tcvn3: 'TCVN3',
  vni: 'VNI',
  viscii: 'VISCII',
  cp1258: 'Windows-1258',
  'utf8-as-cp1252': 'UTF-8-read-as-Windows-1252',
};

interface PageGlyphs {
  page: number;
  lines: FontLine[];
  /** stream index of every glyph */
  indexOf: Map<PlacedGlyph, number>;
}

/** A simple (8-bit) font: the only kind whose codes can be legacy text. */
function isSimpleFont(font: PdfjsFont | null): font is PdfjsFont {
  return font !== null && !font.composite && !font.isType3Font && !font.vertical;
}

async function readPage(doc: PDFDocumentProxy, api: PdfjsApi, p: number, fonts: ReadonlySet<string>, known: Map<string, PdfjsFont | null>): Promise<PageGlyphs | null> {
  const page = await doc.getPage(p);
  const list = (await page.getOperatorList({ annotationMode: api.annotationsOff })) as PdfjsOperatorList;
  const fontOf = (id: string): PdfjsFont | null => (page.commonObjs.has(id) ? ((page.commonObjs.get(id) as PdfjsFont | null) ?? null) : null);
  const runs: GlyphRun[] | null = placeGlyphs(list, api.OPS, fontOf);
  for (const id of fonts) if (!known.has(id) && page.commonObjs.has(id)) known.set(id, fontOf(id));
  page.cleanup();
  if (!runs) return null;
  const indexOf = new Map<PlacedGlyph, number>();
  let index = 0;
  for (const run of runs) for (const g of run) indexOf.set(g, index++);
  const simple = new Set([...fonts].filter((id) => isSimpleFont(known.get(id) ?? null)));
  return { page: p, lines: fontLines(runs, simple), indexOf };
}

/** A decoded character and the glyphs of the codes it was made of, as one glyph. */
function mergedGlyph(glyphs: readonly PlacedGlyph[]): PlacedGlyph {
  const first = glyphs[0]!;
  return { ...first, advance: glyphs.reduce((sum, g) => sum + g.advance, 0) };
}

interface DecodedLine {
  /** one glyph per decoded character (the codes that only complete a letter folded into it) */
  glyphs: PlacedGlyph[];
  /** the first glyph of the codes of each */
  firsts: PlacedGlyph[];
  texts: Map<PlacedGlyph, string>;
  /** characters whose text differs from pdf.js's */
  changed: number;
}

function decodeLine(line: FontLine, verdict: LegacyFontVerdict): DecodedLine {
  const pieces = decodeLegacyCodes(codesOf(line), verdict.encoding, { allCapitals: verdict.allCapitals });
  const glyphs: PlacedGlyph[] = [];
  const texts = new Map<PlacedGlyph, string>();
  let changed = 0;
  if (pieces === null) {
    // not text in the font's encoding after all (a stray line): as pdf.js read it
    for (const g of line.glyphs) texts.set(g, g.glyph.unicode);
    return { glyphs: [...line.glyphs], firsts: [...line.glyphs], texts, changed };
  }
  const firsts: PlacedGlyph[] = [];
  let k = 0;
  while (k < pieces.length) {
    let end = k + 1;
    while (end < pieces.length && pieces[end] === '') end += 1;
    const glyph = end === k + 1 ? line.glyphs[k]! : mergedGlyph(line.glyphs.slice(k, end));
    glyphs.push(glyph);
    firsts.push(line.glyphs[k]!);
    texts.set(glyph, pieces[k]!);
    if (pieces[k] !== line.glyphs[k]!.glyph.unicode) changed += [...pieces[k]!].length;
    k = end;
  }
  return { glyphs, firsts, texts, changed };
}

function pageNote(page: number, changed: number, fonts: readonly [string, LegacyFontVerdict][]): ExtractedSource['notes'][number] {
  const byEncoding = new Map<LegacyEncoding, string[]>();
  for (const [name, v] of fonts) byEncoding.set(v.encoding, [...new Set([...(byEncoding.get(v.encoding) ?? []), name])]);
  const from = [...byEncoding]
    .map(([encoding, names]) => `${ENCODING_LABELS[encoding]} font${names.length === 1 ? '' : 's'} ${names.join(', ')}`)
    .join(' and ');
  return { code: 'extract/legacy-decoded', message: `page ${page}: ${changed} characters decoded from ${from}` };
}

/**
 * Decodes the text of the legacy 8-bit fonts of a PDF in place (the items of the pages that show
 * them are replaced). Returns a note per page decoded.
 */
export async function decodeLegacyFontRuns(doc: PDFDocumentProxy, api: PdfjsApi, pages: { items: PdfTextItem[] }[]): Promise<ExtractedSource['notes']> {
  const candidates = legacyFontCandidates(pages);
  if (candidates.fonts.size === 0) return [];
  const known = new Map<string, PdfjsFont | null>();
  const read: PageGlyphs[] = [];
  try {
    for (const p of candidates.pages) {
      const glyphs = await readPage(doc, api, p, candidates.fonts, known);
      if (glyphs) read.push(glyphs);
    }
  } catch {
    // a page pdf.js cannot make an operator list of: the text stays as pdf.js read it, and the
    // language checks say what is wrong with it
    return [];
  }
  const fonts = new Map<string, LegacyFont & { lines: number[][] }>();
  for (const { lines } of read) {
    for (const line of lines) {
      const font = fonts.get(line.fontId) ?? { name: known.get(line.fontId)?.name ?? '', lines: [] };
      font.lines.push(codesOf(line));
      fonts.set(line.fontId, font);
    }
  }
  const verdicts = legacyFontVerdicts(fonts);
  if (verdicts.size === 0) return [];
  const decodedFonts = new Set(verdicts.keys());
  const notes: ExtractedSource['notes'] = [];
  for (const { page, lines, indexOf } of read) {
    const legacy = lines.filter((l) => decodedFonts.has(l.fontId));
    if (legacy.length === 0) continue;
    const rebuilt: IndexedItem[] = [];
    const anchors: GlyphAnchor[] = [];
    let changed = 0;
    for (const line of legacy) {
      const decoded = decodeLine(line, verdicts.get(line.fontId)!);
      changed += decoded.changed;
      const items = textItemsFromGlyphs([decoded.glyphs], (g) => decoded.texts.get(g) ?? '');
      // each item starts at one of the line's glyphs (its origin is that glyph's): the glyph's
      // stream index orders it
      let g = 0;
      for (const item of items) {
        while (g < decoded.glyphs.length - 1 && decoded.glyphs[g]!.matrix[4] !== item.transform[4]) g += 1;
        rebuilt.push({ item, index: indexOf.get(decoded.firsts[g]!)! });
      }
      for (const glyph of line.glyphs) {
        const size = Math.hypot(glyph.matrix[2], glyph.matrix[3]) || 1;
        anchors.push({ fontId: glyph.fontId, x: glyph.matrix[4], y: glyph.matrix[5], size, index: indexOf.get(glyph)! });
      }
    }
    anchors.sort((a, b) => a.index - b.index);
    rebuilt.sort((a, b) => a.index - b.index);
    const target = pages[page - 1]!;
    target.items = replaceFontItems(target.items, decodedFonts, rebuilt, anchors);
    const shownFonts = [...new Set(legacy.map((l) => l.fontId))].map((id): [string, LegacyFontVerdict] => [baseFontName(known.get(id) ?? {}), verdicts.get(id)!]);
    notes.push(pageNote(page, changed, shownFonts));
  }
  return notes;
}
