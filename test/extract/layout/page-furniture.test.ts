/**
 * What is printed on every page and is not the document's text: page numbers and running footers
 * (found by where they are and that they repeat), and the artifacts of a tagged PDF. Paragraphs go
 * on over page breaks with nothing of it in between.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withoutArtifacts } from '../../../src/extract/layout/marked-artifacts.js';
import { fragmentsOf } from '../../../src/extract/layout/line-fragments.js';
import { runningLines } from '../../../src/extract/layout/running-lines.js';
import { readSource } from '../../../src/extract/read-source.js';
import { normalizeSource } from '../../../src/normalize/normalize-source.js';
import { item, PLAN, sourceLines, TAGGED } from './read-layout.js';

const FOOTER = 'Kế hoạch thực hiện công tác Dân vận chính quyền năm 2025 – Thanh tra tỉnh Đồng Nai';

describe('page numbers and running footers of a LibreOffice plan (10 pages)', async () => {
  const lines = await sourceLines(PLAN);

  it('drops the page numbers at the top centre and the footer of every page', () => {
    expect(lines.filter((l) => /^\d+$/u.test(l.text.trim()))).toEqual([]);
    expect(lines.filter((l) => l.text.includes(FOOTER))).toEqual([]);
    expect(new Set(lines.map((l) => l.page))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
  });

  it('joins a paragraph cut by a page break; the page number, footer and footnote between are dropped or moved after it', async () => {
    const source = await readSource(new Uint8Array(readFileSync(PLAN)), PLAN);
    const paragraphs = normalizeSource(source).paragraphs;
    // page 4 ends "… kiểm tra trên các" above footnote (2), its footer; page 5 begins with its number, then "lĩnh vực nhạy cảm …"
    const at = paragraphs.findIndex((p) => p.text.includes('kiểm tra trên các lĩnh vực nhạy cảm, dễ phát sinh tham nhũng'));
    expect(paragraphs[at]!.text).toMatch(/^- Tiếp tục thực hiện Chỉ thị số 35-CT\/TW .* phòng, chống tham nhũng\.$/u);
    expect(paragraphs[at + 1]).toMatchObject({ role: 'footnote', text: expect.stringMatching(/^\(2\) Nghị quyết Hội nghị lần thứ sáu/u) });
  });
});

describe('a tagged PDF (LibreOffice, tagging on)', () => {
  it('marks page numbers and footers as artifacts: they are left out before the layout', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(TAGGED)), verbosity: 0, isEvalSupported: false }).promise;
    const contents: unknown[][] = [];
    for (let p = 1; p <= doc.numPages; p += 1) contents.push((await (await doc.getPage(p)).getTextContent({ includeMarkedContent: true })).items);
    await doc.destroy();
    const pages = withoutArtifacts(contents);
    const texts = pages.flatMap((items) => items.map((i) => i.str));
    expect(texts.filter((t) => t.includes(FOOTER))).toEqual([]);
    expect(pages[1]!.some((i) => i.str === '2')).toBe(false);
    expect(texts.some((t) => t.startsWith('Thực hiện Kế hoạch số 68/KH-UBND'))).toBe(true);
  });

  it('reads the same text as the untagged export', async () => {
    const [tagged, plain] = await Promise.all([sourceLines(TAGGED), sourceLines(PLAN)]);
    expect(tagged.map((l) => [l.page, l.text])).toEqual(plain.map((l) => [l.page, l.text]));
  });

  it('is not believed when it calls most of the text an artifact', () => {
    const open = { type: 'beginMarkedContent', tag: 'Artifact' };
    const close = { type: 'endMarkedContent' };
    const page = [open, item('Nội dung chính của văn bản', 85, 700), close, item('2', 300, 800)];
    expect(withoutArtifacts([page])[0]!.map((i) => i.str)).toEqual(['Nội dung chính của văn bản', '2']);
  });
});

describe('running lines', () => {
  const page = (...fragments: [string, number][]) => ({ fragments: fragmentsOf(fragments.map(([text, y]) => item(text, 85, y))), height: 842 });

  it('are the same text (digits aside) at the same place on most pages', () => {
    const pages = [1, 2, 3, 4].map((n) => page([`Trang ${n}/4 - Sở Nội vụ`, 30], ['Nội dung trang', 500]));
    const running = runningLines(pages);
    expect(pages.flatMap((p) => p.fragments.filter((f) => running.has(f)).map((f) => f.text))).toEqual(['Trang 1/4 - Sở Nội vụ', 'Trang 2/4 - Sở Nội vụ', 'Trang 3/4 - Sở Nội vụ', 'Trang 4/4 - Sở Nội vụ']);
  });

  it('are not a header block that two documents bound in one PDF both have', () => {
    const pages = [page(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 800]), page(['nội dung', 800]), page(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 800]), page(['nội dung', 500]), page(['nội dung', 500]), page(['nội dung', 500])];
    expect(runningLines(pages).size).toBe(0);
  });
});
