/** Reading the layout fixtures once per test file: their source lines, as stage 1 gives them. */
import { readFileSync } from 'node:fs';
import { readSource } from '../../../src/extract/read-source.js';
import type { SourceLine } from '../../../src/extract/source-line.js';
import type { PdfTextItem } from '../../../src/extract/pdf-text-item.js';

export const PLAN = 'fixtures/layout/thanh-tra-phu-luc-2025.pdf';
export const TAGGED = 'fixtures/layout/thanh-tra-phu-luc-2025.tagged.pdf';
export const QD_1050 = 'fixtures/pdf-fonts/QD-1050-kiem-tra-VLNCN-2026.pdf';
export const QD_1696 = 'fixtures/documents/qd-1696-ubnd-lao-cai-2026.pdf';

export async function sourceLines(path: string): Promise<SourceLine[]> {
  return (await readSource(new Uint8Array(readFileSync(path)), path)).lines;
}

/** A text item as pdf.js gives it: `size` points, baseline at (x, y). */
export function item(str: string, x: number, y: number, size = 14, width = str.length * size * 0.5): PdfTextItem {
  return { str, transform: [size, 0, 0, size, x, y], width, height: size, fontName: 'f1' };
}
