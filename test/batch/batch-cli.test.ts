/**
 * Batch conversion end to end: the real CLI over folders of good and bad files (needs the build:
 * `npm test` builds first).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectInputs } from '../../src/batch/collect-inputs.js';
import { runBatch, type BatchItem } from '../../src/batch/run-batch.js';
import { DEFAULT_LIMITS } from '../../src/extract/limits.js';

const BIN = path.resolve('bin/kh-parse.js');

function run(args: string[], options: { cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, cwd: options.cwd, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The catalogue of bad inputs, with the exact error each must produce. */
const BAD: [string, string, string | RegExp][] = [
  ['empty.txt', 'empty', 'the file is empty (0 bytes)'],
  ['encrypted-password.pdf', 'pdf-encrypted', 'the PDF is protected by a password'],
  ['english.txt', 'not-vietnamese', 'the text is not Vietnamese: 0 of 96 words have Vietnamese letters'],
  ['garbage.pdf', 'pdf-invalid', 'this is not a PDF: it does not start with %PDF-'],
  ['ocr-without-vietnamese.pdf', 'not-vietnamese', "the PDF's text layer is not Vietnamese: 0 of 1861 words have Vietnamese letters, so it is probably OCR made without Vietnamese or a broken font"],
  ['scan-no-text-layer.pdf', 'pdf-no-text', 'the PDF has no text layer (2 pages, probably a scan)'],
  ['truncated.pdf', 'pdf-invalid', 'the PDF is damaged or not a PDF: Invalid PDF structure.'],
];

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kh-batch-'));
  cpSync('fixtures/plans', path.join(dir, 'in/plans'), { recursive: true });
  cpSync('fixtures/bad', path.join(dir, 'in/bad'), { recursive: true });
  return dir;
}


describe('batch: NDJSON on stdout', () => {
  it('one record per input in input order: plans as single runs give them, errors with code, message and hint', () => {
    const dir = workspace();
    // without OCR: the scans of the catalogue are errors (read by OCR, they are plans: test/extract/ocr)
    const { code, stdout, stderr } = run(['--ocr', 'off', 'in'], { cwd: dir });
    expect(code).toBe(1);
    const records = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const names = records.map((r) => path.basename(((r.source as { path?: string } | undefined)?.path ?? r.path) as string));
    expect(names).toEqual([...readdirSync(path.join(dir, 'in/bad')).sort(), ...readdirSync(path.join(dir, 'in/plans')).sort()]);
    for (const [name, errorCode, message] of BAD) {
      const record = records.find((r) => r.path === `in/bad/${name}`);
      expect(record?.error).toMatchObject({ code: errorCode, message: typeof message === 'string' ? message : expect.stringMatching(message) });
      const stored = (record?.error as { message: string } | undefined)?.message ?? '';
      expect(stderr).toContain(`kh-parse: in/bad/${name}: ${stored}`);
    }
    // a good file gives exactly what a single run gives
    const plan = records.find((r) => (r.source as { path?: string } | undefined)?.path === 'in/plans/002-thanh-tra-dan-van-2025.pdf');
    const single = JSON.parse(run(['in/plans/002-thanh-tra-dan-van-2025.pdf'], { cwd: dir }).stdout) as unknown;
    expect(plan).toEqual(single);
    expect(stderr).toMatch(/kh-parse: 15 inputs in [\d.]+ s: 8 parsed \(8 with warnings\), 7 failed\n$/u);
    // and nothing was written anywhere
    expect(readdirSync(dir)).toEqual(['in']);
  });

  it('validate accepts what a batch wrote', () => {
    const dir = workspace();
    writeFileSync(path.join(dir, 'out.ndjson'), run(['--ocr', 'off', 'in'], { cwd: dir }).stdout);
    expect(run(['validate', 'out.ndjson'], { cwd: dir })).toMatchObject({ code: 0, stdout: 'out.ndjson: valid\n' });
    writeFileSync(path.join(dir, 'broken.json'), '{"schemaVersion":"1.0.0"}');
    const broken = run(['validate', 'broken.json'], { cwd: dir });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('broken.json: invalid: source: ');
  });

  it('validate says when an output was written under an earlier schema', () => {
    const dir = workspace();
    const plan = JSON.parse(readFileSync('fixtures/golden/002-thanh-tra-dan-van-2025.txt.json', 'utf8')) as Record<string, unknown>;
    // what 1.0.0 wrote: no appendices
    delete plan.appendices;
    writeFileSync(path.join(dir, 'old.json'), JSON.stringify({ ...plan, schemaVersion: '1.0.0' }));
    const old = run(['validate', 'old.json'], { cwd: dir });
    expect(old.code).toBe(1);
    expect(old.stdout).toBe(
      'old.json: invalid: written under schema 1.0.0; this kh-parse checks 1.2.0 (parse the source again to update it)\n' +
        'old.json: invalid: appendices: Invalid input: expected array, received undefined\n',
    );
  });

  it('| head -1 ends cleanly', () => {
    const result = spawnSync('sh', ['-c', `node ${BIN} fixtures/plans fixtures/plans | head -1 | wc -l`], { encoding: 'utf8' });
    expect(result.stdout.trim()).toBe('1');
    expect(result.stderr).toBe('');
  });
});

describe('batch: --out-dir', () => {
  it('writes one .json per input mirroring the folders, identical to single runs, nothing for failures', () => {
    const dir = workspace();
    const { code } = run(['-d', 'out', '--ocr', 'off', 'in'], { cwd: dir });
    expect(code).toBe(1);
    const written = readdirSync(path.join(dir, 'out'), { recursive: true }).map(String).sort();
    expect(written).toEqual([
      'bad',
      'bad/encrypted-no-user-password.pdf.json',
      'bad/windows-1258.txt.json',
      'plans',
      ...readdirSync('fixtures/plans').sort().map((f) => `plans/${f}.json`),
    ]);
    const stored = JSON.parse(readFileSync(path.join(dir, 'out/plans/000-sct-dan-van-2022.txt.json'), 'utf8')) as unknown;
    expect(stored).toEqual(JSON.parse(run(['in/plans/000-sct-dan-van-2022.txt'], { cwd: dir }).stdout));
  });

  it('keeps existing outputs unless --force, and says so', () => {
    const dir = workspace();
    mkdirSync(path.join(dir, 'out'));
    writeFileSync(path.join(dir, 'out/000-sct-dan-van-2022.txt.json'), 'old');
    const kept = run(['-d', 'out', 'in/plans/000-sct-dan-van-2022.txt'], { cwd: dir });
    expect(kept.code).toBe(0);
    expect(kept.stderr).toContain('out/000-sct-dan-van-2022.txt.json exists: kept (use --force to overwrite)');
    expect(readFileSync(path.join(dir, 'out/000-sct-dan-van-2022.txt.json'), 'utf8')).toBe('old');
    expect(run(['-d', 'out', '--force', 'in/plans/000-sct-dan-van-2022.txt'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(path.join(dir, 'out/000-sct-dan-van-2022.txt.json'), 'utf8')).toMatch(/^\{"schemaVersion"/u);
  });

  it('refuses two inputs that would write the same output', () => {
    const dir = workspace();
    mkdirSync(path.join(dir, 'copy'));
    copyFileSync(path.join(dir, 'in/plans/000-sct-dan-van-2022.txt'), path.join(dir, 'copy/000-sct-dan-van-2022.txt'));
    const { code, stderr } = run(['-d', 'out', 'in/plans/000-sct-dan-van-2022.txt', 'copy/000-sct-dan-van-2022.txt'], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toContain('kh-parse: copy/000-sct-dan-van-2022.txt: its output out/000-sct-dan-van-2022.txt.json is also the output of an earlier input');
  });
});

describe('batch: limits and exit codes', () => {
  it('--max-pages and --max-file-size refuse a file and the batch goes on', () => {
    const pages = run(['--max-pages', '5', 'fixtures/plans/002-thanh-tra-dan-van-2025.pdf', 'fixtures/plans/001-skhdt-dan-van-2022.pdf']);
    expect(pages.code).toBe(1);
    expect(pages.stderr).toContain('kh-parse: fixtures/plans/002-thanh-tra-dan-van-2025.pdf: the PDF has 6 pages, over the limit of 5 (raise the limit with --max-pages if it really is one document)');
    expect(pages.stdout.trimEnd().split('\n')).toHaveLength(2);
    const dir = mkdtempSync(path.join(tmpdir(), 'kh-big-'));
    writeFileSync(path.join(dir, 'big.txt'), 'Kế hoạch. '.repeat(150_000));
    const size = run(['--max-file-size', '1', path.join(dir, 'big.txt'), 'fixtures/plans/001-skhdt-dan-van-2022.txt']);
    expect(size.code).toBe(1);
    expect(size.stderr).toContain('big.txt: the file is 2.0 MiB, over the limit of 1.0 MiB (raise the limit with --max-file-size if it really is one document)');
  });

  it('--timeout abandons a file that takes too long and goes on', () => {
    // a scan read by OCR: seconds of work on any machine (the timer runs from when the worker is
    // ready, so the worker's start-up does not count)
    const scan = 'fixtures/scans/GP-2507-mo-da-Toong-Gia-Mien-Bac-ban-ky.pdf';
    const { code, stdout, stderr } = run(['--timeout', '1', '-j', '2', '--ocr-engine', 'tesseract.js', scan, 'fixtures/plans/001-skhdt-dan-van-2022.txt']);
    expect(code).toBe(1);
    expect(stderr).toContain(`${scan}: parsing took longer than 1 s and was abandoned (raise the limit with --timeout, or check the file in a PDF reader)`);
    const records = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { error?: { code: string } });
    expect(records[0]?.error?.code).toBe('timeout');
    expect(records[1]?.error).toBeUndefined();
  });

  it('--timeout given for one input abandons it too, with no output; without it, one input is not timed', () => {
    const scan = 'fixtures/scans/GP-2507-mo-da-Toong-Gia-Mien-Bac-ban-ky.pdf';
    const out = path.join(workspace(), 'scan.json');
    const timed = run(['--timeout', '1', '--ocr-engine', 'tesseract.js', '-o', out, scan]);
    expect(timed.code).toBe(1);
    expect(timed.stderr).toBe(`kh-parse: ${scan}: parsing took longer than 1 s and was abandoned (raise the limit with --timeout, or check the file in a PDF reader)\n`);
    expect(timed.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
    // a time limit that is not reached changes nothing: the same JSON as in the CLI's own process
    const plan = 'fixtures/plans/001-skhdt-dan-van-2022.txt';
    const inProcess = run([plan]);
    expect(run(['--timeout', '60', plan])).toMatchObject({ code: 0, stdout: inProcess.stdout });
    expect(run(['--timeout', '60', '--pretty', plan]).stdout).toBe(run(['--pretty', plan]).stdout);
  });

  it('--fail-on-warning turns warnings into exit 1; exit 0 when all parse cleanly', () => {
    expect(run(['fixtures/plans/000-sct-dan-van-2022.txt', 'fixtures/plans/000-sct-dan-van-2022.pdf']).code).toBe(0);
    expect(run(['--fail-on-warning', 'fixtures/plans/000-sct-dan-van-2022.txt', 'fixtures/plans/000-sct-dan-van-2022.pdf']).code).toBe(1);
    expect(run(['--fail-on-warning', 'fixtures/plans/000-sct-dan-van-2022.txt']).code).toBe(1);
  });

  it.each([
    [['--force', 'a.txt'], '--force goes with --out-dir'],
    [['-d', 'out', '-'], 'stdin (-) cannot go with --out-dir'],
    [['-o', 'x.json', 'a.txt', 'b.txt'], '--output takes one input file'],
    [['-j', '0', 'a.txt'], "option '-j, --concurrency <n>' argument '0' is invalid"],
  ])('usage error %j', (args, message) => {
    const { code, stderr } = run(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it.skipIf(process.getuid?.() === 0)('a folder without permission is reported and the batch goes on (skipped as root: root reads any folder)', () => {
    const dir = workspace();
    chmodSync(path.join(dir, 'in/bad'), 0o000);
    const { code, stderr } = run(['in/bad', 'in/plans'], { cwd: dir });
    chmodSync(path.join(dir, 'in/bad'), 0o755);
    expect(code).toBe(1);
    expect(stderr).toContain('kh-parse: in/bad: permission denied: the folder cannot be read (check the folder permissions)');
  });
});

describe('batch: a file that vanishes mid-batch', () => {
  it('is reported as missing and the others are parsed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kh-vanish-'));
    for (const name of ['000-sct-dan-van-2022.txt', '001-skhdt-dan-van-2022.txt', '002-thanh-tra-dan-van-2025.txt']) {
      copyFileSync(`fixtures/plans/${name}`, path.join(dir, name));
    }
    const items: BatchItem[] = [];
    for await (const item of collectInputs([dir])) if (item.kind !== 'skipped') items.push(item);
    rmSync(path.join(dir, '001-skhdt-dan-van-2022.txt'));
    const records: string[] = [];
    const failures: string[] = [];
    const summary = await runBatch(
      items,
      async () => new Uint8Array(),
      { concurrency: 2, timeoutMs: 60_000, limits: DEFAULT_LIMITS, pretty: false, outDir: null, force: false },
      { writeRecord: async (line) => void records.push(line), failed: (p, f) => void failures.push(`${p}: ${f.code}`), note: () => {}, progress: () => {} },
    );
    expect(summary).toMatchObject({ total: 3, parsed: 2, failed: 1 });
    expect(failures).toEqual([`${path.join(dir, '001-skhdt-dan-van-2022.txt')}: not-found`]);
    expect(records.map((r) => (JSON.parse(r) as { error?: unknown }).error === undefined)).toEqual([true, false, true]);
  });
});
