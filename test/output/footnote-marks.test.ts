/** Which marks point to which footnote ("văn bản(1)" → footnote (1)). */
import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../src/document/blocks.js';
import { footnoteMarks } from '../../src/output/footnote-marks.js';
import { parsePlan } from '../../src/index.js';

const block = (text: string, start: number, sectionId: string | null = 'I.1'): TextBlock => ({ text, start, sectionId, location: 'body', isHeading: false });

describe('footnote marks', () => {
  it('link a mark to the first footnote with its label after it (numbering that starts again on each page)', () => {
    const marks = footnoteMarks(
      [block('theo các văn bản(1) của tỉnh', 0), block('thực hiện Kế hoạch(1) này; và(2)', 100, 'II.2')],
      [
        { label: '1', start: 50 },
        { label: '1', start: 200 },
        { label: '2', start: 250 },
      ],
    );
    expect(marks.get(50)).toEqual([{ sectionId: 'I.1', range: { start: 16, end: 19 } }]);
    expect(marks.get(200)).toEqual([{ sectionId: 'II.2', range: { start: 118, end: 121 } }]);
    expect(marks.get(250)?.map((m) => m.range.start)).toEqual([129]);
  });

  it('are not a numbered list written "(1) …" at the start of a line', () => {
    expect(footnoteMarks([block('(1) Rà soát văn bản', 0)], [{ label: '1', start: 50 }]).get(50)).toEqual([]);
  });

  it('are the same in the text and the PDF of a plan', async () => {
    const [text, pdf] = await Promise.all(['txt', 'pdf'].map((ext) => parsePlan(`fixtures/plans/001-skhdt-dan-van-2022.${ext}`)));
    const where = (plan: typeof text) => plan!.footnotes.map((f) => f.marks.map((m) => [m.sectionId, m.span.start, m.span.end]));
    expect(where(pdf)).toEqual(where(text));
    expect(where(text)).toEqual([[['II.1.-1', 2329, 2332]]]);
  });
});
