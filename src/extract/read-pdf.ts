/**
 * Stage 1 for PDF input: pdf.js text items → lines with their page and geometry.
 *
 * The layout is rebuilt from geometry (src/extract/layout): line fragments in content-stream order,
 * ruled tables read row by row (their ruling lines read from the operator list of the pages that
 * may hold one) and written as "| cell | cell |" lines, page numbers and running headers and footers
 * dropped (and the artifacts of a tagged PDF), footnotes found and linked to their raised marks, and
 * two-column blocks (header, Nơi nhận | signer) read column by column, also over a page break.
 *
 * Pages whose fonts give glyph codes instead of text (no usable ToUnicode map) are rebuilt from the
 * glyphs in the embedded fonts (recover-glyph-text.ts); only such pages pay for that. Text stamped
 * into a line's blank after the page was drawn (a signed copy's number and date) is put back into
 * its line (stamped-text.ts).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { InputError } from './errors.js';
import { loadPdfjs } from './load-pdfjs.js';
import { glyphCodeFonts } from './glyph-code-detection.js';
import type { PdfTextItem } from './pdf-text-item.js';
import { recoverGlyphText, type PdfjsApi } from './recover-glyph-text.js';
import { decodeLegacyFontRuns } from './legacy-font-runs.js';
import { withoutArtifacts } from './layout/marked-artifacts.js';
import { layoutPages, type PageInput } from './layout/page-layout.js';
import { mayHoldTable, pageRulings } from './layout/page-rulings.js';
import { ocrOptions, type OcrOptions } from './ocr/ocr-options.js';
import type { ExtractedSource } from './source-line.js';

/**
 * Where pdf.js finds its CMaps, standard fonts and WebAssembly decoders: inside the installed package,
 * never the network. Without the decoders (`wasmUrl`), a JPEG 2000 image (a scan saved as JPX) is not
 * decoded at all and its page reaches OCR blank; JBIG2 and CCITT images fall back to slower JavaScript.
 */
function pdfjsAssets(): { cMapUrl: string; standardFontDataUrl: string; wasmUrl: string } {
  const require = createRequire(import.meta.url);
  const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
  const folder = (name: string) => path.join(root, name) + path.sep;
  return { cMapUrl: folder('cmaps'), standardFontDataUrl: folder('standard_fonts'), wasmUrl: folder('wasm') };
}

function pdfError(error: unknown): InputError {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') {
    return new InputError('pdf-encrypted', 'the PDF is protected by a password', 'remove the password, e.g. by printing it to a new PDF, and try again');
  }
  if (name === 'InvalidPDFException' || name === 'MissingPDFException' || name === 'FormatError' || name === 'UnknownErrorException') {
    return new InputError('pdf-invalid', `the PDF is damaged or not a PDF: ${message}`, 'open it in a PDF reader to check, or export it again');
  }
  return new InputError('pdf-invalid', `the PDF could not be read: ${message}`, 'open it in a PDF reader to check, or export it again');
}

interface PageText {
  items: PdfTextItem[];
  width: number;
  height: number;
}

async function readPageTexts(doc: PDFDocumentProxy): Promise<PageText[]> {
  const pages: PageText[] = [];
  const contents: unknown[][] = [];
  for (let p = 1; p <= doc.numPages; p += 1) {
    const page = await doc.getPage(p);
    const viewport = page.getViewport({ scale: 1 });
    // marked content shows which text a tagged PDF calls an artifact (running headers, page numbers)
    contents.push((await page.getTextContent({ includeMarkedContent: true })).items);
    pages.push({ items: [], width: viewport.width, height: viewport.height });
    page.cleanup();
  }
  withoutArtifacts(contents).forEach((items, i) => (pages[i]!.items = items));
  return pages;
}

/**
 * Replaces the items of pages whose text is glyph codes with the text recovered from the fonts.
 * Returns a note per repaired page.
 */
async function repairGlyphCodes(doc: PDFDocumentProxy, api: PdfjsApi, pages: PageText[]): Promise<ExtractedSource['notes']> {
  const suspects = glyphCodeFonts(pages.flatMap((p) => p.items));
  if (suspects.size === 0) return [];
  let recovery: Awaited<ReturnType<typeof recoverGlyphText>>;
  try {
    recovery = await recoverGlyphText(doc, api, suspects);
  } catch (error) {
    // a font program this reader cannot cope with leaves the page as pdf.js read it: the language
    // checks then say what is wrong with the text, as they did before glyph recovery existed
    if (error instanceof InputError) throw error;
    return [];
  }
  const notes: ExtractedSource['notes'] = [];
  for (const [p, recovered] of recovery) {
    if (recovered.recovered === 0) continue;
    pages[p - 1]!.items = recovered.items;
    const unknown = recovered.unknown === 0 ? '' : `, ${recovered.unknown} could not be identified`;
    notes.push({ code: 'extract/glyphs-repaired', message: `page ${p}: ${recovered.recovered} characters recovered from the embedded fonts${unknown}` });
  }
  return notes;
}

/** The pages with the ruling lines of those that may hold a table (read from their operator lists). */
async function withRulings(doc: PDFDocumentProxy, pdfjs: typeof import('pdfjs-dist/legacy/build/pdf.mjs'), pages: PageText[]): Promise<PageInput[]> {
  const inputs: PageInput[] = [];
  for (const [i, page] of pages.entries()) {
    const segments = mayHoldTable(page.items) ? await pageRulings(doc, i + 1, pdfjs.OPS, pdfjs.AnnotationMode.DISABLE) : null;
    inputs.push({ ...page, segments });
  }
  return inputs;
}

/** How the text was obtained: the strongest of the pages' repairs (`ocr` > `legacy-decoded` > `repaired`). */
function textLayerOf(notes: ExtractedSource['notes']): ExtractedSource['textLayer'] {
  const has = (code: string) => notes.some((n) => n.code === code);
  if (has('extract/ocr')) return 'ocr';
  if (has('extract/legacy-decoded')) return 'legacy-decoded';
  return has('extract/glyphs-repaired') ? 'repaired' : 'ok';
}

export async function readPdf(bytes: Uint8Array, maxPages = Number.POSITIVE_INFINITY, ocr: OcrOptions = ocrOptions()): Promise<ExtractedSource> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of the buffer it is given
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    // keeps the font programs on the font objects, for glyph recovery (costs nothing otherwise:
    // font objects only come over with an operator list)
    fontExtraProperties: true,
    verbosity: 0,
    ...pdfjsAssets(),
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    throw pdfError(error);
  }
  try {
    if (doc.numPages > maxPages) {
      throw new InputError('too-many-pages', `the PDF has ${doc.numPages} pages, over the limit of ${maxPages}`, 'raise the limit with --max-pages if it really is one document');
    }
    const pageTexts = await readPageTexts(doc);
    const api = { OPS: pdfjs.OPS, annotationsOff: pdfjs.AnnotationMode.DISABLE };
    // with OCR forced every page is read again: no glyph repair
    const notes = ocr.mode === 'force' ? [] : await repairGlyphCodes(doc, api, pageTexts);
    // text typed in legacy 8-bit fonts (TCVN3 .VnTime, VNI …): decoded from the fonts' raw codes
    if (ocr.mode !== 'force') notes.push(...(await decodeLegacyFontRuns(doc, api, pageTexts)));
    // pages without a usable text layer (scans) read by OCR: their items replaced by the words read
    const { readPagesByOcr } = await import('./ocr/ocr-pages.js');
    const { noTextLayerError } = await import('./ocr/ocr-errors.js');
    notes.push(...(await readPagesByOcr(doc, api, pageTexts, ocr)));
    const lines = layoutPages(await withRulings(doc, pdfjs, pageTexts));
    const hasText = lines.some((l) => l.text.trim() !== '');
    if (!hasText) {
      throw noTextLayerError(doc.numPages, ocr.mode);
    }
    return { format: 'pdf', lines, pages: doc.numPages, textLayer: textLayerOf(notes), notes };
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw pdfError(error);
  } finally {
    await doc.destroy();
  }
}
