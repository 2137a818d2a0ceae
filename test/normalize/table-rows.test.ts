/** A table row ("| … | … |", from a text table or a PDF's ruled table) is a paragraph of its own. */
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/extract/read-text.js';
import { normalizeSource } from '../../src/normalize/normalize-source.js';
import type { ExtractedSource } from '../../src/extract/source-line.js';

describe('table rows', () => {
  it('are never joined to the line before or after, even in hard-wrapped text', () => {
    const wrapped = 'Các phòng, đơn vị thuộc Sở thực hiện các nhiệm vụ cụ thể tại bảng dưới đây, theo đúng\n';
    const text = `${wrapped.repeat(3)}| 1 | Rà soát thủ tục hành chính, đề xuất phương án đơn giản hóa | Văn phòng Sở |\n| 2 | Báo cáo | Văn phòng Sở |\n`;
    const paragraphs = normalizeSource(readText(new TextEncoder().encode(text), 'text')).paragraphs.map((p) => p.text);
    expect(paragraphs.slice(-2)).toEqual(['| 1 | Rà soát thủ tục hành chính, đề xuất phương án đơn giản hóa | Văn phòng Sở |', '| 2 | Báo cáo | Văn phòng Sở |']);
  });

  it('from a PDF (full-width lines on one margin) stay one paragraph each', () => {
    const box = (y: number) => ({ x: 56, y, width: 729, fontSize: 13, pageWidth: 842, pageHeight: 595 });
    const source: ExtractedSource = {
      format: 'pdf',
      pages: 1,
      textLayer: 'ok',
      notes: [],
      lines: ['| STT | Nhiệm vụ | Chủ trì |', '| 1 | Rà soát | Văn phòng |', '| 2 | Báo cáo | Văn phòng |'].map((text, i) => ({ text, page: 1, line: i + 1, box: box(450 - 18 * i), role: 'body' as const })),
    };
    expect(normalizeSource(source).paragraphs).toHaveLength(3);
  });
});
