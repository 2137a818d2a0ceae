/**
 * Stage 1 for PDF input: pdf.js text items → lines with their page and geometry.
 *
 * Items are taken in content-stream order (Word and LibreOffice write table cells, such as the
 * "Nơi nhận | signature" block, one cell after the other) and grouped into line fragments by
 * baseline and horizontal distance; a wide gap on one baseline splits it into two fragments, so
 * "Số: 45/KH-SCT        Đồng Nai, ngày …" becomes two lines. Raised small items (footnote marks)
 * join the line they sit on. Page numbers at the top or bottom edge are dropped, and small-font
 * blocks at the foot of a page that start with a footnote label are marked as footnotes.
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
import { glyphCodeFonts } from './glyph-code-detection.js';
import type { PdfTextItem } from './pdf-text-item.js';
import { recoverGlyphText, type PdfjsApi } from './recover-glyph-text.js';
import type { ExtractedSource, LineBox, SourceLine } from './source-line.js';
import { placeStampedText } from './stamped-text.js';

interface Fragment {
  text: string;
  x: number;
  xEnd: number;
  y: number;
  fontSize: number;
}

/** Where pdf.js finds its CMaps and standard fonts: inside the installed package, never the network. */
function pdfjsAssets(): { cMapUrl: string; standardFontDataUrl: string } {
  const require = createRequire(import.meta.url);
  const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
  return { cMapUrl: path.join(root, 'cmaps') + path.sep, standardFontDataUrl: path.join(root, 'standard_fonts') + path.sep };
}

function isTextItem(item: unknown): item is PdfTextItem {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item && 'fontName' in item;
}

function fontSizeOf(item: PdfTextItem): number {
  const [a = 0, b = 0, c = 0, d = 0] = item.transform;
  return Math.max(Math.hypot(c, d), Math.hypot(a, b)) || item.height || 1;
}

/** Group a page's items into line fragments, in stream order. */
export function fragmentsOf(items: PdfTextItem[]): Fragment[] {
  const fragments: Fragment[] = [];
  let current: Fragment | null = null;
  let pendingSpace = false;
  for (const item of items) {
    const fontSize = fontSizeOf(item);
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const blank = item.str.trim() === '';
    if (blank) {
      if (current && item.width > 2 * current.fontSize) current = null; // a tab stop or table gap
      else if (item.str.length > 0) pendingSpace = true;
      continue;
    }
    if (current) {
      const size = Math.max(current.fontSize, fontSize);
      const dy = y - current.y;
      const gap = x - current.xEnd;
      const sameLine = Math.abs(dy) <= 0.6 * size && gap >= -0.5 * size && gap <= 2 * size;
      if (sameLine) {
        const needsSpace = pendingSpace || gap > 0.2 * Math.min(current.fontSize, fontSize);
        const joiner = needsSpace && !current.text.endsWith(' ') && !item.str.startsWith(' ') ? ' ' : '';
        current.text += joiner + item.str;
        current.xEnd = Math.max(current.xEnd, x + item.width);
        if (fontSize > current.fontSize) {
          // the line's baseline and size are those of its largest text, not of a raised mark
          current.y = y;
          current.fontSize = fontSize;
        }
        pendingSpace = false;
        continue;
      }
    }
    current = { text: item.str, x, xEnd: x + item.width, y, fontSize };
    fragments.push(current);
    pendingSpace = false;
  }
  return fragments;
}

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:trang\s+)?\d{1,4}(?:\s*[-–—])?(?:\s*\/\s*\d{1,4})?$/iu;
const FOOTNOTE_LABEL = /^(?:\(\d{1,3}\)|\d{1,3}[).]?\s|[*†‡])/u;

/** Font size that carries most of the text: the body size. */
function bodyFontSize(fragments: Fragment[]): number {
  const weight = new Map<number, number>();
  for (const f of fragments) {
    const size = Math.round(f.fontSize * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + f.text.length);
  }
  let best = 12;
  let bestWeight = -1;
  for (const [size, w] of weight) {
    if (w > bestWeight) {
      best = size;
      bestWeight = w;
    }
  }
  return best;
}

/** Index of the first fragment of the page's footnote block, or -1. */
function footnoteStart(fragments: Fragment[], bodySize: number): number {
  const small = (f: Fragment) => f.fontSize <= bodySize * 0.85;
  let start = fragments.length;
  while (start > 0 && small(fragments[start - 1]!)) start -= 1;
  if (start === fragments.length) return -1;
  const lowestBody = Math.min(...fragments.slice(0, start).filter((f) => !small(f)).map((f) => f.y), Infinity);
  // the block must sit below every body line and begin with a label
  for (let i = start; i < fragments.length; i += 1) {
    if (fragments[i]!.y > lowestBody) start = i + 1;
  }
  for (let i = start; i < fragments.length; i += 1) {
    if (FOOTNOTE_LABEL.test(fragments[i]!.text.trim())) return i;
  }
  return -1;
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
  for (let p = 1; p <= doc.numPages; p += 1) {
    const page = await doc.getPage(p);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: PdfTextItem[] = [];
    for (const item of content.items as unknown[]) if (isTextItem(item)) items.push(item);
    pages.push({ items, width: viewport.width, height: viewport.height });
    page.cleanup();
  }
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

export async function readPdf(bytes: Uint8Array, maxPages = Number.POSITIVE_INFINITY): Promise<ExtractedSource> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
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
    const notes = await repairGlyphCodes(doc, { OPS: pdfjs.OPS, annotationsOff: pdfjs.AnnotationMode.DISABLE }, pageTexts);
    const pageFragments = pageTexts.map(({ items, width, height }) => ({ fragments: fragmentsOf(placeStampedText(items)), width, height }));
    const bodySize = bodyFontSize(pageFragments.flatMap((p) => p.fragments));
    const lines: SourceLine[] = [];
    pageFragments.forEach(({ fragments, width, height }, index) => {
      const page = index + 1;
      const kept = fragments.filter(
        (f) => !(PAGE_NUMBER.test(f.text.trim()) && (f.y > height * 0.88 || f.y < height * 0.12)),
      );
      const footnoteAt = footnoteStart(kept, bodySize);
      kept.forEach((f, i) => {
        const box: LineBox = { x: f.x, y: f.y, width: f.xEnd - f.x, fontSize: f.fontSize, pageWidth: width, pageHeight: height };
        lines.push({ text: f.text, page, line: i + 1, box, role: footnoteAt >= 0 && i >= footnoteAt ? 'footnote' : 'body' });
      });
    });
    const hasText = lines.some((l) => l.text.trim() !== '');
    if (!hasText) {
      throw new InputError(
        'pdf-no-text',
        `the PDF has no text layer (${doc.numPages} page${doc.numPages === 1 ? '' : 's'}, probably a scan)`,
        'run OCR on it first, or give the text version',
      );
    }
    return { format: 'pdf', lines, pages: doc.numPages, textLayer: notes.length > 0 ? 'repaired' : 'ok', notes };
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw pdfError(error);
  } finally {
    await doc.destroy();
  }
}
