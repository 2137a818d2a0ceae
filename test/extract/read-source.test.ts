import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/extract/errors.js';
import { ocrOptions } from '../../src/extract/ocr/ocr-options.js';
import { readSource } from '../../src/extract/read-source.js';
import { normalizeSource } from '../../src/normalize/normalize-source.js';

const bytes = (path: string) => new Uint8Array(readFileSync(path));

/** The errors of the text layer alone: a scan is an error without OCR (with it, see test/extract/ocr). */
async function failure(path: string): Promise<InputError> {
  const error = await readSource(bytes(path), path, undefined, ocrOptions({ mode: 'off' })).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('text input', () => {
  it('reads Windows-1258 text and says so', async () => {
    const source = await readSource(bytes('fixtures/bad/windows-1258.txt'), 'fixtures/bad/windows-1258.txt');
    const text = normalizeSource(source).text;
    expect(text).toContain('Kế hoạch số 73/KH-UBND ngày 31/3/2022 của UBND tỉnh Đồng Nai');
    expect(text).toContain('I. MỤC ĐÍCH, YÊU CẦU');
    expect(source.notes.map((n) => n.code)).toEqual(['extract/legacy-encoding']);
  });

  it('numbers lines from 1 and keeps them', async () => {
    const source = await readSource(bytes('fixtures/plans/002-thanh-tra-dan-van-2025.txt'), 'x.txt');
    expect(source.format).toBe('text');
    expect(source.lines[2]).toMatchObject({ text: 'Số: /KH-TT', line: 3, page: null });
  });

  it('treats .md as markdown', async () => {
    const source = await readSource(new TextEncoder().encode('**I. MỤC ĐÍCH**'), 'plan.md');
    expect(source.format).toBe('markdown');
  });
});

describe('PDF input (real pdf.js)', () => {
  it('rebuilds lines with their page, drops page numbers and marks footnotes', async () => {
    const source = await readSource(bytes('fixtures/plans/001-skhdt-dan-van-2022.pdf'), 'plan.pdf');
    expect(source).toMatchObject({ format: 'pdf', pages: 5, textLayer: 'ok' });
    expect(source.lines[0]).toMatchObject({ text: 'KẾ HOẠCH', page: 1, line: 1 });
    // running page numbers ("2", "3" … at the top edge) are gone
    expect(source.lines.filter((l) => /^\d+$/u.test(l.text.trim()))).toEqual([]);
    // the raised footnote mark stays on its line
    expect(source.lines.find((l) => l.text.startsWith('vào các văn bản'))?.text).toBe('vào các văn bản(1).');
    const footnotes = source.lines.filter((l) => l.role === 'footnote');
    expect(footnotes[0]?.text).toMatch(/^\(1\) Chỉ thị số 33\/CT-TTg ngày 26\/11\/2021/u);
    expect(new Set(footnotes.map((l) => l.page))).toEqual(new Set([2]));
  });

  it('splits a line at a wide gap: number and date of a two-column header', async () => {
    const source = await readSource(bytes('fixtures/plans/002-thanh-tra-dan-van-2025.pdf'), 'plan.pdf');
    expect(source.lines.slice(0, 3).map((l) => l.text.trim())).toEqual([
      'Số: /KH-TT',
      'Đồng Nai, ngày tháng 3 năm 2025',
      'KẾ HOẠCH',
    ]);
  });
});

describe('bad input', () => {
  it.each([
    ['fixtures/bad/empty.txt', 'empty', /empty/u],
    ['fixtures/bad/garbage.pdf', 'pdf-invalid', /not a PDF/u],
    ['fixtures/bad/truncated.pdf', 'pdf-invalid', /damaged|could not be read/u],
    ['fixtures/bad/encrypted-password.pdf', 'pdf-encrypted', /password/u],
    ['fixtures/bad/scan-no-text-layer.pdf', 'pdf-no-text', /no text layer \(2 pages, probably a scan\)/u],
  ])('%s → %s', async (path, code, reason) => {
    const error = await failure(path);
    expect(error.code).toBe(code);
    expect(error.reason).toMatch(reason);
    expect(error.hint.length).toBeGreaterThan(5);
  });

  it('reads a PDF encrypted with an owner password only (no user password)', async () => {
    const source = await readSource(bytes('fixtures/bad/encrypted-no-user-password.pdf'), 'x.pdf');
    expect(source.lines[0]?.text.trim()).toBe('Số: /KH-TT');
  });

  it('refuses office documents with a hint', async () => {
    const error = await readSource(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'plan.docx').catch((e: unknown) => e as InputError);
    expect(error).toMatchObject({ code: 'unsupported-format', hint: 'export the document to PDF or save it as .txt' });
  });

  it('refuses binary data named .txt', async () => {
    const error = await readSource(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]), 'plan.txt').catch((e: unknown) => e as InputError);
    expect(error).toMatchObject({ code: 'binary-text' });
  });
});
