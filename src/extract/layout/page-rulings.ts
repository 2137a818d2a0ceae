/**
 * Which pages to read ruling lines from, and reading them. The operator list costs about as much
 * as the text again, so it is read only for pages whose text looks like it may sit in a table:
 * lines holding several texts far apart on one baseline.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfTextItem } from '../pdf-text-item.js';
import { fontSizeOf } from './line-fragments.js';
import { rulingSegments, type OperatorList, type RulingOps, type Segment } from './ruling-lines.js';

/** texts this far apart (in font sizes) on one baseline are in different cells or columns */
const APART = 1;
/**
 * A page may hold a table with lines of three texts apart on two baselines, or of two texts apart
 * on eight (more than a header block and a closing block have together).
 */
const THREE_APART = 2;
const TWO_APART = 8;

/** Do a page's items hold lines with texts far apart on one baseline, as table rows do? */
export function mayHoldTable(items: readonly PdfTextItem[]): boolean {
  const byBaseline = new Map<number, { x: number; xEnd: number; size: number }[]>();
  for (const item of items) {
    if (item.str.trim() === '') continue;
    const key = Math.round((item.transform[5] ?? 0) / 2);
    const list = byBaseline.get(key) ?? [];
    list.push({ x: item.transform[4] ?? 0, xEnd: (item.transform[4] ?? 0) + item.width, size: fontSizeOf(item) });
    byBaseline.set(key, list);
  }
  let three = 0;
  let two = 0;
  for (const list of byBaseline.values()) {
    const sorted = list.sort((a, b) => a.x - b.x);
    let texts = 1;
    let end = sorted[0]!.xEnd;
    for (const t of sorted.slice(1)) {
      if (t.x - end >= APART * t.size) texts += 1;
      end = Math.max(end, t.xEnd);
    }
    if (texts >= 3) three += 1;
    if (texts >= 2) two += 1;
    if (three >= THREE_APART || two >= TWO_APART) return true;
  }
  return false;
}

/** The ruling segments of page `pageNumber` (annotations left out). */
export async function pageRulings(doc: PDFDocumentProxy, pageNumber: number, ops: RulingOps, annotationsOff: number): Promise<Segment[]> {
  const page = await doc.getPage(pageNumber);
  try {
    const list = (await page.getOperatorList({ annotationMode: annotationsOff })) as OperatorList;
    return rulingSegments(list, ops);
  } finally {
    page.cleanup();
  }
}
