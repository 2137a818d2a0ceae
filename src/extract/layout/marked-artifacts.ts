/**
 * Tagged PDFs (Word's "Save as PDF", LibreOffice with tagging on) mark running headers, footers and
 * page numbers as artifacts: `/Artifact BMC … EMC`, which pdf.js reports with
 * `getTextContent({ includeMarkedContent: true })`. Text inside an artifact is not part of the
 * document's content and is left out. A producer that marks most of a document's text as artifact
 * is not believed: the document is then read whole.
 */
import type { PdfTextItem } from '../pdf-text-item.js';

interface MarkedContent {
  type: 'beginMarkedContent' | 'beginMarkedContentProps' | 'endMarkedContent';
  tag?: string;
}

function isMarkedContent(item: unknown): item is MarkedContent {
  return typeof item === 'object' && item !== null && 'type' in item && !('str' in item);
}

function isTextItem(item: unknown): item is PdfTextItem {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item && 'fontName' in item;
}

/** more than this share of the document's characters in artifacts, and the marking is ignored */
const MOST = 0.5;

/** A page's text items, and which of them are inside artifacts. */
function split(items: readonly unknown[]): { all: PdfTextItem[]; content: PdfTextItem[] } {
  const all: PdfTextItem[] = [];
  const content: PdfTextItem[] = [];
  const stack: boolean[] = [];
  for (const item of items) {
    if (isMarkedContent(item)) {
      if (item.type === 'endMarkedContent') stack.pop();
      else stack.push(item.tag === 'Artifact' || stack[stack.length - 1] === true);
      continue;
    }
    if (!isTextItem(item)) continue;
    all.push(item);
    if (stack[stack.length - 1] !== true) content.push(item);
  }
  return { all, content };
}

const characters = (list: readonly PdfTextItem[]) => list.reduce((n, i) => n + i.str.trim().length, 0);

/**
 * The text items of each page (pdf.js text content with marked content, page by page), without
 * those inside artifacts — unless artifacts hold most of the document's text.
 */
export function withoutArtifacts(pages: readonly (readonly unknown[])[]): PdfTextItem[][] {
  const parts = pages.map(split);
  const all = parts.reduce((n, p) => n + characters(p.all), 0);
  const content = parts.reduce((n, p) => n + characters(p.content), 0);
  const believed = all - content <= MOST * all;
  return parts.map((p) => (believed ? p.content : p.all));
}
