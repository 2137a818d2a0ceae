/**
 * OCR of real scans, with the real engines: tesseract.js (always installed) and, where the machine
 * has it, the system tesseract. fixtures/scans/GP-2507… is a two-page scan (150 dpi JPEG pages, no
 * text layer, a red seal over the signature) with its correct text beside it; the bad-input
 * catalogue's ocr-without-vietnamese.pdf is a scan whose text layer came from OCR without Vietnamese.
 *
 * Slow: a page takes seconds. Each document is read once per engine (beforeAll) and the tests look
 * at that one result.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/extract/errors.js';
import { ocrOptions, type OcrEngineChoice, type OcrOptions } from '../../../src/extract/ocr/ocr-options.js';
import type { ExtractedSource } from '../../../src/extract/source-line.js';
import { blockMoveCharacterErrorRate, comparableText, wordF1 } from '../../../src/extract/text-accuracy.js';
import { extractPlanText } from '../../../src/index.js';
import type { KhPlan } from '../../../src/output/schema.js';
import { createInputFile, createProcessor, extractStage, normalizeStage } from '../../../src/pipeline/stages.js';

const SLOW = { timeout: 240_000 };
const SCAN = 'fixtures/scans/GP-2507-mo-da-Toong-Gia-Mien-Bac-ban-ky.pdf';
const bytes = (path: string) => new Uint8Array(readFileSync(path));

interface Read {
  extracted: ExtractedSource;
  text: string;
  plan: KhPlan;
}

/** Every stage once on one file: what extraction gave, the normalized text and the plan. */
async function readWith(path: string, ocr: OcrOptions): Promise<Read> {
  const file = createInputFile(bytes(path), path, undefined, ocr);
  await extractStage(file);
  await normalizeStage(file);
  const text = String(file.value);
  const plan = (await createProcessor().process(file)).result as KhPlan;
  return { extracted: file.data.extracted!, text, plan };
}

const hasSystemTesseract = (() => {
  const run = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  return run.status === 0 && /^vie$/mu.test(`${run.stdout}${run.stderr}`);
})();

const ENGINES: { engine: OcrEngineChoice; available: boolean }[] = [
  { engine: 'tesseract.js', available: true },
  { engine: 'tesseract', available: hasSystemTesseract },
];

for (const { engine, available } of ENGINES) {
  // the system tesseract is optional: without it (apt-get install tesseract-ocr tesseract-ocr-vie) its tests are skipped
  describe.skipIf(!available)(`a two-page scan without a text layer, read by ${engine}`, () => {
    const truth = readFileSync(SCAN.replace(/\.pdf$/u, '.truth.txt'), 'utf8');
    let read: Read;
    beforeAll(async () => {
      read = await readWith(SCAN, ocrOptions({ mode: 'auto', engine }));
    }, SLOW.timeout);

    it('is read by OCR page by page: text layer "ocr", one note per page', () => {
      expect(read.extracted.textLayer).toBe('ocr');
      expect(read.extracted.notes.map((n) => n.code)).toEqual(['extract/ocr', 'extract/ocr']);
      read.extracted.notes.forEach((note, i) =>
        expect(note.message).toMatch(new RegExp(`^page ${i + 1}: no text layer, read by OCR \\(${engine.replace('.', '\\.')}, vie\\), mean confidence \\d{2}%`, 'u')),
      );
      expect(read.plan.source.textLayer).toBe('ocr');
      expect(read.plan.warnings.filter((w) => w.code === 'extract/ocr').map((w) => w.message)).toEqual(read.extracted.notes.map((n) => n.message));
    });

    it('gives lines with their page, line and box in page units, as a text layer would', () => {
      const { lines } = read.extracted;
      expect(new Set(lines.map((l) => l.page))).toEqual(new Set([1, 2]));
      for (const line of lines) {
        expect(line.box).not.toBeNull();
        const box = line.box!;
        expect(box.pageWidth).toBeCloseTo(595.68, 1);
        expect(box.pageHeight).toBeCloseTo(842.4, 1);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(box.pageWidth);
        expect(box.y).toBeGreaterThan(0);
        expect(box.y).toBeLessThan(box.pageHeight);
      }
      // the two columns of the header are two lines each, on one baseline; the body text is 14 pt
      const at = (text: string) => lines.find((l) => l.text.includes(text));
      expect(at('ỦY BAN NHÂN DÂN')?.text.trim()).toBe('ỦY BAN NHÂN DÂN');
      expect(at('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')?.box!.y).toBeCloseTo(at('ỦY BAN NHÂN DÂN')!.box!.y, 0);
      expect(at('Trụ sở: Số nhà 306')?.box!.fontSize).toBe(14);
      expect(at('Trụ sở: Số nhà 306')?.page).toBe(1);
      expect(at('Điều 2. Điều kiện sử dụng')?.page).toBe(2);
    });

    it('comes within 3% of the truth text (character error rate, as scripts/measure-text.js measures it)', () => {
      // the truth writes the header and the signature block row by row, their two columns side by
      // side; kh-parse reads them column by column, just as right: each block read in another
      // place costs one edit (blockMoveCharacterErrorRate), wrong characters what they cost.
      // Measured: 1.2 % (tesseract.js) and 1.3 % (tesseract 5.3, Debian's vie); in strict
      // reading order 3.6 % and 3.8 %, almost all of it the two blocks
      expect(blockMoveCharacterErrorRate(read.text, truth)).toBeLessThanOrEqual(0.03);
      expect(wordF1(read.text, truth)).toBeGreaterThan(0.9);
    });

    it('is parsed as any plan: its type, issuer and number, the documents it cites, its signer', () => {
      expect(read.plan.document).toMatchObject({ type: 'Giấy phép', number: '2507', symbol: 'GP-UBND', place: 'Lào Cai' });
      // whatever marks OCR gave "TỈNH" and the type line, the issuer's key is the one a typed document gives
      expect(read.plan.document.issuer).toMatchObject({ key: 'uỷ ban nhân dân tỉnh lào cai', parent: null });
      expect(read.plan.references.map((r) => r.canonical)).toEqual(expect.arrayContaining(['181/2024/NĐ-CP', '23/2024/TT-BCT']));
      expect(read.plan.signature?.name).toBe('Nguyễn Thành Sinh');
    });
  });
}

describe('a scan with a text layer from OCR without Vietnamese (auto)', () => {
  let read: Read;
  beforeAll(async () => {
    read = await readWith('fixtures/bad/ocr-without-vietnamese.pdf', ocrOptions({ mode: 'auto', engine: 'tesseract.js' }));
  }, SLOW.timeout);

  it('reads every page again in Vietnamese and says why', () => {
    expect(read.extracted.textLayer).toBe('ocr');
    expect(read.extracted.notes).toHaveLength(read.extracted.pages!);
    for (const note of read.extracted.notes) expect(note.message).toMatch(/^page \d+: text layer not Vietnamese, read by OCR \(tesseract\.js, vie\)/u);
    const text = comparableText(read.text);
    expect(text).not.toContain("]'HTJONG");
    for (const line of ['SỞ CÔNG THƯƠNG', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Kính gửi: Lãnh đạo Sở Công Thương']) expect(text).toContain(line);
  });
});

describe('OCR forced on a born-digital PDF', () => {
  let read: Read;
  beforeAll(async () => {
    read = await readWith('fixtures/pdf-fonts/TB-1894-ket-qua-sau-kiem-tra-VLNCN-ban-ky.pdf', ocrOptions({ mode: 'force', engine: 'tesseract.js' }));
  }, SLOW.timeout);

  it('reads every page by OCR instead of the text layer (no glyph repair)', () => {
    expect(read.extracted.textLayer).toBe('ocr');
    expect(read.extracted.notes.map((n) => n.message.replace(/, mean confidence.*$/u, ''))).toEqual([
      'page 1: read by OCR on request (tesseract.js, vie)',
      'page 2: read by OCR on request (tesseract.js, vie)',
    ]);
    const truth = readFileSync('fixtures/pdf-fonts/TB-1894-ket-qua-sau-kiem-tra-VLNCN-ban-ky.truth.txt', 'utf8');
    expect(comparableText(read.text)).toContain('THÔNG BÁO');
    // 3.5 % measured: tone marks misread on a clean render (nổ → nỗ), the seal over the signature;
    // the text layer, repaired, gives 1.3 %: OCR is for pages without one
    expect(blockMoveCharacterErrorRate(read.text, truth)).toBeLessThan(0.06);
  });
});

describe('--ocr off: the text layer only, as before', () => {
  it('a scan has no text layer, and the hint says how to read it', async () => {
    const error = await extractPlanText(bytes(SCAN), { ocr: 'off' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'pdf-no-text', reason: 'the PDF has no text layer (2 pages, probably a scan)' });
    expect((error as InputError).hint).toContain('--ocr auto');
  });

  it('a text layer from OCR without Vietnamese is refused, and the hint says how to read it', async () => {
    const error = await extractPlanText(bytes('fixtures/bad/ocr-without-vietnamese.pdf'), { ocr: 'off' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'not-vietnamese' });
    expect((error as InputError).reason).toMatch(/^the PDF's text layer is not Vietnamese: 0 of \d+ words have Vietnamese letters/u);
    expect((error as InputError).hint).toContain('--ocr auto');
  });

  it('a born-digital PDF reads as before', async () => {
    const text = await extractPlanText(bytes('fixtures/plans/002-thanh-tra-dan-van-2025.pdf'), { ocr: 'off' });
    expect(text.split('\n').slice(0, 3)).toEqual(['Số: /KH-TT', 'Đồng Nai, ngày tháng 3 năm 2025', 'KẾ HOẠCH']);
  });
});
