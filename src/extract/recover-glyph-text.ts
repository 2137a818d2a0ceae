/**
 * Rebuilds the text of pages whose fonts have no usable Unicode map (glyph ids from Word printed
 * through Ghostscript): every page's operator list is read for the fonts and the glyphs they draw
 * (sibling fonts on other pages are evidence too), the glyphs' characters are recovered from the
 * embedded outlines, and the suspect pages' text items are rebuilt glyph by glyph.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { siblingKey, type FontUse } from './font-siblings.js';
import { readFontProgram } from './fonts/font-program.js';
import { isLegacyFontName, oddCharacters } from './glyph-code-detection.js';
import { placeGlyphs, type GlyphRun } from './glyph-placement.js';
import { resolveGlyphTexts, UNKNOWN_GLYPH } from './glyph-text-resolver.js';
import type { PdfTextItem } from './pdf-text-item.js';
import type { PdfjsFont, PdfjsOperatorList, PdfjsOps } from './pdfjs-operators.js';
import { textItemsFromGlyphs } from './text-items-from-glyphs.js';

export interface RecoveredPage {
  items: PdfTextItem[];
  /** characters whose text differs from pdf.js's */
  recovered: number;
  /** glyphs that could not be identified (shown as U+FFFD) */
  unknown: number;
}

export interface PdfjsApi {
  OPS: PdfjsOps;
  /** `AnnotationMode.DISABLE`: text content has no annotations either */
  annotationsOff: number;
}

function fontOfPage(commonObjs: { has(id: string): boolean; get(id: string): unknown }): (id: string) => PdfjsFont | null {
  return (id) => (commonObjs.has(id) ? ((commonObjs.get(id) as PdfjsFont | null) ?? null) : null);
}

function recordUses(uses: Map<string, FontUse>, runs: readonly GlyphRun[], fontOf: (id: string) => PdfjsFont | null): void {
  for (const run of runs) {
    for (const g of run) {
      let use = uses.get(g.fontId);
      if (!use) {
        const font = fontOf(g.fontId)!;
        use = { id: g.fontId, font, program: font.data ? readFontProgram(font.data) : null, suspect: false, codes: new Map() };
        uses.set(g.fontId, use);
      }
      if (!use.codes.has(g.glyph.originalCharCode)) {
        use.codes.set(g.glyph.originalCharCode, { glyph: use.program?.glyphOf(g.glyph.fontChar), unicode: g.glyph.unicode });
      }
    }
  }
}

/**
 * An Identity-H font without ToUnicode: pdf.js gives every code as its own text, and glyph ids read
 * that way show at least one character Vietnamese does not have (letters start at id 36).
 */
function showsGlyphIds(use: FontUse): boolean {
  if (!use.font.composite) return false;
  const texts = [...use.codes].map(([code, { unicode }]) => (unicode === String.fromCodePoint(code) ? unicode : null));
  return texts.every((t) => t !== null) && oddCharacters(texts.join('')).odd > 0;
}

/**
 * Marks the fonts to recover: the readable, non-legacy fonts whose text looked like glyph codes —
 * in pdf.js's text, or, for a font used for a few words only, by its codes — and their siblings (a
 * sibling's few accented letters read through the wrong code page rarely look odd enough).
 */
function markSuspects(uses: Iterable<FontUse>, textSuspects: ReadonlySet<string>): void {
  const all = [...uses];
  const groups = new Set<string>();
  for (const use of all) {
    const key = siblingKey(use.font, use.program);
    if ((textSuspects.has(use.id) || showsGlyphIds(use)) && key !== null && !isLegacyFontName(use.font.name ?? '')) groups.add(key);
  }
  for (const use of all) use.suspect = groups.has(siblingKey(use.font, use.program) ?? '');
}

async function placePage(doc: PDFDocumentProxy, api: PdfjsApi, p: number): Promise<{ runs: GlyphRun[] | null; fontOf: (id: string) => PdfjsFont | null }> {
  const page = await doc.getPage(p);
  const list = (await page.getOperatorList({ annotationMode: api.annotationsOff })) as PdfjsOperatorList;
  const fontOf = fontOfPage(page.commonObjs);
  const runs = placeGlyphs(list, api.OPS, fontOf);
  page.cleanup();
  return { runs, fontOf };
}

const fontIdsOf = (runs: readonly GlyphRun[]): Set<string> => new Set(runs.flatMap((run) => run.map((g) => g.fontId)));

/**
 * The rebuilt text items of every page that shows a font to recover (page number → page); other
 * pages are not in the map. `textSuspects` are the fonts whose pdf.js text looked like glyph codes;
 * fonts that cannot be read (not TrueType) and legacy 8-bit fonts are left to pdf.js's text.
 */
export async function recoverGlyphText(doc: PDFDocumentProxy, api: PdfjsApi, textSuspects: ReadonlySet<string>): Promise<Map<number, RecoveredPage>> {
  const uses = new Map<string, FontUse>();
  const pageFonts = new Map<number, Set<string>>();
  // pages showing a suspect font keep their glyphs; the others are placed again only if a sibling
  // of a suspect font turns out to be on them
  const pageRuns = new Map<number, GlyphRun[]>();
  for (let p = 1; p <= doc.numPages; p += 1) {
    const { runs, fontOf } = await placePage(doc, api, p);
    if (!runs) continue;
    recordUses(uses, runs, fontOf);
    const ids = fontIdsOf(runs);
    pageFonts.set(p, ids);
    if ([...ids].some((id) => textSuspects.has(id))) pageRuns.set(p, runs);
  }
  markSuspects(uses.values(), textSuspects);
  const pages = new Map<number, RecoveredPage>();
  const toRebuild = [...pageFonts].filter(([, ids]) => [...ids].some((id) => uses.get(id)?.suspect)).map(([p]) => p);
  if (toRebuild.length === 0) return pages;
  const textOf = resolveGlyphTexts([...uses.values()]);
  for (const p of toRebuild) {
    const runs = pageRuns.get(p) ?? (await placePage(doc, api, p)).runs;
    if (!runs) continue;
    let recovered = 0;
    let unknown = 0;
    const items = textItemsFromGlyphs(runs, (g) => {
      const text = textOf(g);
      if (text === UNKNOWN_GLYPH) unknown += 1;
      else if (text !== g.glyph.unicode && text.trim() !== '') recovered += [...text].length;
      return text;
    });
    pages.set(p, { items, recovered, unknown });
  }
  return pages;
}
