/**
 * --ocr and --ocr-engine on the real CLI (needs the build: `npm test` builds first). One run reads a
 * scan by OCR end to end (slow); the others show the option reaching every path that reads PDFs.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = path.resolve('bin/kh-parse.js');
const SCAN = 'fixtures/bad/scan-no-text-layer.pdf';
// page 1 of the GP-2507 scan saved as one JPEG 2000 image (scripts/make-jpeg2000-scan.js)
const JPEG2000_SCAN = 'fixtures/scans/GP-2507-page1-jpeg2000.pdf';

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `run` without blocking the test runner for the seconds OCR takes. */
function runAsync(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('kh-parse --ocr', () => {
  it('reads a scan by OCR (auto, the default; tesseract.js), prints the plan, and exits', { timeout: 240_000 }, async () => {
    const { code, stdout, stderr } = await runAsync(['--ocr-engine', 'tesseract.js', '--compact', SCAN]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as { source: { textLayer: string }; warnings: { code: string; message: string }[]; document: { number: string | null } };
    expect(plan.source.textLayer).toBe('ocr');
    expect(plan.warnings.filter((w) => w.code === 'extract/ocr').map((w) => w.message.replace(/, mean confidence.*$/u, ''))).toEqual([
      'page 1: no text layer, read by OCR (tesseract.js, vie)',
      'page 2: no text layer, read by OCR (tesseract.js, vie)',
    ]);
    expect(plan.document.number).toBe('2507');
  });

  it('reads a scan saved as JPEG 2000: pdf.js decodes it with the WebAssembly decoder from its package', { timeout: 240_000 }, async () => {
    // without the decoder the page reached OCR blank: "OCR found no text on its pages either"
    const { code, stdout, stderr } = await runAsync(['--ocr-engine', 'tesseract.js', '--compact', JPEG2000_SCAN]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as { source: { pages: number; textLayer: string }; document: { number: string | null; symbol: string | null; date: { iso: string | null } | null } };
    expect(plan.source).toMatchObject({ pages: 1, textLayer: 'ocr' });
    expect(plan.document).toMatchObject({ number: '2507', symbol: 'GP-UBND', date: { iso: '2026-07-21' } });
  });

  it('--ocr off: the scan has no text layer, and the hint names --ocr auto', () => {
    const { code, stderr } = run(['text', '--ocr', 'off', SCAN]);
    expect(code).toBe(1);
    expect(stderr).toBe(`kh-parse: ${SCAN}: the PDF has no text layer (2 pages, probably a scan) (read it with OCR: --ocr auto (the default), or give the text version)\n`);
  });

  it('--ocr off reaches the batch workers (parse, tasks)', () => {
    const batch = run(['--ocr', 'off', SCAN, 'fixtures/plans/002-thanh-tra-dan-van-2025.txt']);
    expect(batch.code).toBe(1);
    const records = batch.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { path?: string; error?: { code: string; hint: string } });
    expect(records[0]).toMatchObject({ path: SCAN, error: { code: 'pdf-no-text', hint: expect.stringContaining('--ocr auto') as unknown } });
    const tasks = run(['tasks', '--ocr', 'off', '-f', 'json', SCAN]);
    expect(tasks.code).toBe(1);
    expect(tasks.stderr).toContain(`kh-parse: ${SCAN}: the PDF has no text layer`);
  });

  it('without the OCR engine asked for: an error that names the fix', () => {
    // no tesseract on this PATH (node itself is started by its full path)
    const { code, stderr } = run(['--ocr-engine', 'tesseract', SCAN], { PATH: '/nonexistent' });
    expect(code).toBe(1);
    expect(stderr).toBe(
      `kh-parse: ${SCAN}: page 1 must be read by OCR (no text layer), but OCR is not available: the tesseract command with the Vietnamese model (vie) is not installed ` +
        '(install the Vietnamese OCR model (npm install @tesseract.js-data/vie, or apt-get install tesseract-ocr tesseract-ocr-vie), or give the text version; --ocr off reads the text layer only)\n',
    );
  });

  it('refuses a mode that does not exist (usage error)', () => {
    const { code, stderr } = run(['--ocr', 'sometimes', SCAN]);
    expect(code).toBe(2);
    expect(stderr).toContain("argument 'sometimes' is invalid. Allowed choices are auto, off, force.");
  });
});
