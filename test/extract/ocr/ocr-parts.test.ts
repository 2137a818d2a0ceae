/**
 * The parts of the OCR step that need no OCR engine: which pages need OCR, what images a page
 * paints, tesseract's hOCR, word boxes → text items, options. Fast; the engines are exercised in
 * scan-ocr.test.ts.
 */
import { readFileSync } from 'node:fs';
import { getDocument, AnnotationMode, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { hocrLines } from '../../../src/extract/ocr/hocr-lines.js';
import type { OcrLine, OcrPage } from '../../../src/extract/ocr/ocr-engine.js';
import { ocrOptions, sharedOcrOptions } from '../../../src/extract/ocr/ocr-options.js';
import { isSpeck, keptWords, mainRowHeight, ocrConfidence, ocrTextItems } from '../../../src/extract/ocr/ocr-text-items.js';
import { ocrReason, textLayerProblem } from '../../../src/extract/ocr/page-ocr-need.js';
import { pageImages } from '../../../src/extract/ocr/page-images.js';
import { renderDpi } from '../../../src/extract/ocr/render-page.js';

/** Two lines of `tesseract page.pgm - -l vie --dpi 300 hocr` on the scan's first page (300 dpi), as printed. */
const HOCR = `
   <div class='ocr_carea' id='block_1_1' title="bbox 376 238 2156 356">
    <p class='ocr_par' id='par_1_1' lang='vie' title="bbox 376 238 2156 356">
     <span class='ocr_line' id='line_1_1' title="bbox 376 238 2156 292; baseline -0.003 -6; x_size 57; x_descenders 9; x_ascenders 12">
      <span class='ocrx_word' id='word_1_1' title='bbox 376 238 452 286; x_wconf 96'>ỦY</span>
      <span class='ocrx_word' id='word_1_2' title='bbox 468 250 580 286; x_wconf 96'>BAN</span>
      <span class='ocrx_word' id='word_1_3' title='bbox 596 238 752 286; x_wconf 96'>NHÂN</span>
      <span class='ocrx_word' id='word_1_4' title='bbox 768 238 884 286; x_wconf 95'>DÂN</span>
      <span class='ocrx_word' id='word_1_5' title='bbox 1116 242 1264 292; x_wconf 95'>CỘNG</span>
      <span class='ocrx_word' id='word_1_6' title='bbox 1280 238 1390 282; x_wconf 96'>HÒA</span>
     </span>
     <span class='ocr_line' id='line_1_2' title="bbox 440 300 2020 356; baseline -0.003 -8; x_size 60; x_descenders 11; x_ascenders 12">
      <span class='ocrx_word' id='word_1_13' title='bbox 440 300 576 348; x_wconf 93'>T&amp;T</span>
      <span class='ocrx_word' id='word_1_17' title='bbox 1464 306 1532 356; x_wconf 93'><strong>lập</strong></span>
      <span class='ocrx_word' id='word_1_18' title='bbox 1550 328 1564 334; x_wconf 23'>-</span>
     </span>
    </p>
   </div>`;

describe('hOCR of the system tesseract', () => {
  it('gives lines in order with their words, boxes, baseline and row height', () => {
    const lines = hocrLines(HOCR);
    expect(lines).toHaveLength(2);
    expect(lines[0]!.words.map((w) => w.text)).toEqual(['ỦY', 'BAN', 'NHÂN', 'DÂN', 'CỘNG', 'HÒA']);
    expect(lines[0]).toMatchObject({ box: { x0: 376, y0: 238, x1: 2156, y1: 292 }, baseline: { y: 286, slope: -0.003 }, rowHeight: 57 });
    expect(lines[0]!.words[1]).toEqual({ text: 'BAN', box: { x0: 468, y0: 250, x1: 580, y1: 286 }, confidence: 96 });
    // entities decoded, inline tags dropped
    expect(lines[1]!.words.map((w) => w.text)).toEqual(['T&T', 'lập', '-']);
  });
});

describe('word boxes → text items', () => {
  const page: OcrPage = { lines: hocrLines(HOCR) };

  it('puts each word on its line baseline in page units (origin bottom left), with a blank between words', () => {
    const items = ocrTextItems({ page, dpi: 300 }, 842, mainRowHeight([{ page, dpi: 300 }]));
    const words = items.filter((i) => i.str !== ' ');
    expect(words.map((i) => i.str)).toEqual(['ỦY', 'BAN', 'NHÂN', 'DÂN', 'CỘNG', 'HÒA', 'T&T', 'lập']);
    expect(items[1]).toMatchObject({ str: ' ', width: 0 });
    const [first] = words;
    expect(first!.transform[4]).toBeCloseTo((376 * 72) / 300, 5);
    expect(first!.transform[5]).toBeCloseTo(842 - (286 * 72) / 300, 1);
    expect(first!.width).toBeCloseTo(((452 - 376) * 72) / 300, 5);
    // row heights of 57 and 60 px at 300 dpi are one size: 13.5 pt of row height, 15 pt of font
    expect(new Set(words.map((w) => w.transform[0]))).toEqual(new Set([15]));
  });

  it('drops specks (low confidence, no letter or digit) but keeps words whatever their confidence', () => {
    expect(isSpeck({ text: '-', box: { x0: 0, y0: 0, x1: 1, y1: 1 }, confidence: 23 })).toBe(true);
    expect(isSpeck({ text: '-', box: { x0: 0, y0: 0, x1: 1, y1: 1 }, confidence: 93 })).toBe(false);
    expect(isSpeck({ text: 'Xét', box: { x0: 0, y0: 0, x1: 1, y1: 1 }, confidence: 0 })).toBe(false);
  });

  it('drops a line of low-confidence marks without a word (a seal, a signature)', () => {
    const line = (words: [string, number][]): OcrLine => ({
      words: words.map(([text, confidence], i) => ({ text, confidence, box: { x0: 100 + 50 * i, y0: 100, x1: 140 + 50 * i, y1: 120 } })),
      box: { x0: 100, y0: 100, x1: 140 + 50 * words.length, y1: 120 },
      baseline: { y: 118, slope: 0 },
      rowHeight: 26,
    });
    expect(keptWords(line([['==—', 14], ['—k', 32], ['v', 77]]))).toEqual([]);
    // a real date read with little confidence stays, and so does a line with real words
    expect(keptWords(line([['14/7/2026.', 28]])).map((w) => w.text)).toEqual(['14/7/2026.']);
    expect(keptWords(line([['Xét', 0], ['đề', 92], ['nghị', 96]])).map((w) => w.text)).toEqual(['Xét', 'đề', 'nghị']);
  });

  it('keeps smaller text apart from the main size, and counts weak lines', () => {
    const line = (rowHeight: number, confidence: number): OcrLine => ({
      words: [{ text: 'chữ', box: { x0: 100, y0: 100, x1: 140, y1: 120 }, confidence }],
      box: { x0: 100, y0: 100, x1: 140, y1: 120 },
      baseline: { y: 118, slope: 0 },
      rowHeight,
    });
    const small: OcrPage = { lines: [line(26, 95), line(32, 95), line(26, 40), line(19, 95)] };
    const items = ocrTextItems({ page: small, dpi: 150 }, 842, mainRowHeight([{ page: small, dpi: 150 }]));
    expect(items.map((i) => i.transform[0])).toEqual([14, 14, 14, 10]);
    expect(ocrConfidence(small, 60)).toEqual({ mean: 81.25, weakLines: 1 });
  });

  it('takes a line up to 1.5× the main row height for the main size (marks stacked on its letters), and a line 0.7× of it for smaller text', () => {
    const line = (rowHeight: number): OcrLine => ({
      words: [{ text: 'chắn', box: { x0: 100, y0: 100, x1: 140, y1: 120 }, confidence: 95 }],
      box: { x0: 100, y0: 100, x1: 140, y1: 120 },
      baseline: { y: 118, slope: 0 },
      rowHeight,
    });
    // 1.42× as in the Phiếu trình of ../shared/corpus, 1.54× a larger title, 0.73× a recipient list
    const page: OcrPage = { lines: [line(26), line(26), line(26), line(37), line(40), line(19)] };
    const items = ocrTextItems({ page, dpi: 150 }, 842, mainRowHeight([{ page, dpi: 150 }]));
    expect(items.map((i) => i.transform[0])).toEqual([14, 14, 14, 14, 21.5, 10]);
  });
});

describe('which pages need OCR', () => {
  const vietnamese = 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025 của Ủy ban nhân dân tỉnh Lào Cai về việc sử dụng vật liệu nổ công nghiệp. '.repeat(3);
  const englishOcr = "SO CONG ]'HTJONG PHONG QLCN CQNG HOA XA HQI CHU NGHIA VIET NAM DQc lAp - Tg do - Hqnh phfc PHIEU TRiNH GIAI QUYET CONG VIPC Kinh gfri: Linh tl4o S& Cdng Thucrng ".repeat(2);

  it('judges the text layer alone', () => {
    expect(textLayerProblem('')).toBe('no-text');
    expect(textLayerProblem('  12 \n')).toBe('no-text');
    expect(textLayerProblem('Số: 2507 ngày 21 tháng 7')).toBe('little-text');
    expect(textLayerProblem(englishOcr)).toBe('not-vietnamese');
    expect(textLayerProblem(vietnamese)).toBeNull();
  });

  it('auto reads a page only over an image; force every page; off none', async () => {
    const scan = async () => ({ coverage: 1, dpi: 150 });
    const logo = async () => ({ coverage: 0.05, dpi: 300 });
    expect(await ocrReason('auto', '', scan)).toBe('no-text');
    expect(await ocrReason('auto', '', logo)).toBeNull();
    expect(await ocrReason('auto', englishOcr, scan)).toBe('not-vietnamese');
    expect(await ocrReason('auto', englishOcr, logo)).toBeNull();
    expect(await ocrReason('auto', vietnamese, () => Promise.reject(new Error('not asked for a good page')))).toBeNull();
    expect(await ocrReason('force', vietnamese, scan)).toBe('forced');
    expect(await ocrReason('off', '', scan)).toBeNull();
  });
});

describe('the images a page paints (real pdf.js operator lists)', () => {
  async function imagesOfPage(file: string, p: number) {
    const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, verbosity: 0 }).promise;
    try {
      const page = await doc.getPage(p);
      return pageImages(await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE }), OPS, page.view);
    } finally {
      await doc.destroy();
    }
  }

  it('a scanned page is one image over the whole page, drawn at its scan resolution', async () => {
    const images = await imagesOfPage('fixtures/bad/scan-no-text-layer.pdf', 1);
    expect(images.coverage).toBeGreaterThan(0.99);
    expect(images.dpi).toBeCloseTo(150, 0);
    expect(renderDpi(images)).toBe(150);
  });

  it('a born-digital page paints no image: rendered at 300 dpi if forced', async () => {
    const images = await imagesOfPage('fixtures/plans/002-thanh-tra-dan-van-2025.pdf', 1);
    expect(images).toEqual({ coverage: 0, dpi: null });
    expect(renderDpi(images)).toBe(300);
  });

  it('follows the transformation matrix through save, restore and transform', () => {
    const list = {
      fnArray: [OPS.save, OPS.transform, OPS.paintImageXObject, OPS.restore, OPS.paintImageXObject],
      argsArray: [[], [297.5, 0, 0, 421, 0, 421], ['img_1', 1240, 1754], [], ['img_2', 10, 10]],
    };
    // a quarter of an A4 page, then a 1×1 unit image
    const images = pageImages(list, OPS, [0, 0, 595, 842]);
    expect(images.coverage).toBeCloseTo(0.25 + 1 / (595 * 842), 6);
    expect(images.dpi).toBeCloseTo(1240 / (297.5 / 72), 3);
  });
});

describe('options', () => {
  it('fill in defaults and refuse unknown modes', () => {
    expect(ocrOptions({ mode: 'off' })).toMatchObject({ mode: 'off', engine: 'auto' });
    expect(() => ocrOptions({ mode: 'sometimes' as never })).toThrow(/ocr must be one of auto, off, force/u);
    expect(() => ocrOptions({ engine: 'abbyy' as never })).toThrow(/ocrEngine must be one of/u);
  });

  it('files parsed at once share the cores between their OCR workers', () => {
    const alone = ocrOptions({ workers: 2 });
    expect(sharedOcrOptions(alone, 1000).workers).toBe(1);
    expect(sharedOcrOptions(alone, 1).workers).toBeLessThanOrEqual(2);
  });
});
