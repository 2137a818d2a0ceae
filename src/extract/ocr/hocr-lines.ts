/**
 * The lines and words of tesseract's hOCR output (`tesseract img out hocr`), with their boxes:
 *
 *   <span class='ocr_line' title="bbox 376 238 2156 292; baseline -0.003 -6; x_size 57; x_descenders 9; x_ascenders 12">
 *     <span class='ocrx_word' title='bbox 376 238 452 286; x_wconf 97'>ỦY</span> …
 *
 * `baseline p1 p0` is the line y = p1·x + p0 with the bottom left of the line's box as origin;
 * `x_size` is the row height. Lines come in reading order (block by block).
 */
import type { OcrLine, PixelBox } from './ocr-engine.js';

/** the opening tag of a line (of any kind tesseract labels) or of a word, with its title */
const SPAN = /<span class=['"](ocr_line|ocr_header|ocr_caption|ocr_textfloat|ocrx_word)['"][^>]*?title=(['"])(.*?)\2[^>]*>/gu;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The properties of a title: `bbox 1 2 3 4; x_wconf 97` → {bbox: [1,2,3,4], x_wconf: [97]}. */
function properties(title: string): Map<string, number[]> {
  const found = new Map<string, number[]>();
  for (const part of title.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/u);
    if (name) found.set(name, values.map(Number));
  }
  return found;
}

function boxOf(props: Map<string, number[]>): PixelBox | null {
  const [x0, y0, x1, y1] = props.get('bbox') ?? [];
  return x0 === undefined || y0 === undefined || x1 === undefined || y1 === undefined ? null : { x0, y0, x1, y1 };
}

export function hocrLines(hocr: string): OcrLine[] {
  const lines: OcrLine[] = [];
  let current: OcrLine | null = null;
  for (const match of hocr.matchAll(SPAN)) {
    const [tag, kind, , title = ''] = match;
    const props = properties(title);
    const box = boxOf(props);
    if (!box) continue;
    if (kind !== 'ocrx_word') {
      const [slope = 0, offset = 0] = props.get('baseline') ?? [];
      current = { words: [], box, baseline: { y: box.y1 + offset, slope }, rowHeight: props.get('x_size')?.[0] ?? box.y1 - box.y0 };
      lines.push(current);
      continue;
    }
    // a word's content runs to its closing tag (tesseract may wrap it in <strong> or <em>)
    const from = match.index + tag.length;
    const to = hocr.indexOf('</span>', from);
    const text = decodeEntities(hocr.slice(from, to < 0 ? undefined : to).replace(/<[^>]*>/gu, '')).trim();
    if (current && text !== '') current.words.push({ text, box, confidence: props.get('x_wconf')?.[0] ?? 0 });
  }
  return lines.filter((l) => l.words.length > 0);
}
