/**
 * End-to-end: the real bin, spawned as a user runs it (needs `npm run build`; `npm test` does it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KhPlan } from '../../src/output/schema.js';

const BIN = path.resolve('bin/kh-parse.js');
const PLAN_TXT = 'fixtures/plans/002-thanh-tra-dan-van-2025.txt';
const PLAN_PDF = 'fixtures/plans/002-thanh-tra-dan-van-2025.pdf';

function run(args: string[], input?: string | Buffer, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('kh-parse (CLI contract)', () => {
  it('--help shows usage, commands, examples and exit codes', () => {
    const { code, stdout } = run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: kh-parse \[options\] \[command\]/u);
    for (const text of ['parse [options] <inputs...>', 'text [options] <file>', 'validate [options] <files...>', 'schema', 'Examples:', 'Exit codes:', '$ kh-parse plan.pdf']) {
      expect(stdout).toContain(text);
    }
  });

  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(run(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it.each([[[]], [['--no-such-option', PLAN_TXT]], [['--pretty', '--compact', PLAN_TXT]], [['-o', 'x.json', PLAN_TXT, PLAN_PDF]]])(
    'usage errors exit 2: %j',
    (args) => {
      const { code, stderr, stdout } = run(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/error|kh-parse --help/u);
    },
  );

  it('parses a text plan to compact JSON when piped, valid against the schema', () => {
    const { code, stdout, stderr } = run([PLAN_TXT]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    const plan = KhPlan.parse(JSON.parse(stdout));
    expect(plan.source).toMatchObject({ path: PLAN_TXT, format: 'text', pages: null });
    expect(plan.signature?.name).toBe('Phạm Ngọc Hà');
  });

  it('--pretty indents', () => {
    const { stdout } = run(['--pretty', PLAN_TXT]);
    expect(stdout.startsWith('{\n  "schemaVersion"')).toBe(true);
  });

  it('reads stdin with -', () => {
    const { code, stdout } = run(['-'], readFileSync(PLAN_TXT));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).source.path).toBeNull();
  });

  it('parses a PDF', () => {
    const { code, stdout } = run([PLAN_PDF]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).source).toMatchObject({ format: 'pdf', pages: 6, textLayer: 'ok' });
  });

  it('text prints the normalized text, one paragraph per line', () => {
    const { code, stdout } = run(['text', PLAN_PDF]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.slice(0, 4)).toEqual(['Số: /KH-TT', 'Đồng Nai, ngày tháng 3 năm 2025', 'KẾ HOẠCH', 'Thực hiện công tác Dân vận chính quyền năm 2025']);
    expect(lines[lines.length - 1]).toBe('Phạm Ngọc Hà');
  });

  it('schema prints the committed JSON Schema', () => {
    const { code, stdout } = run(['schema']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(readFileSync('schemas/kh-plan.schema.json', 'utf8')));
  });

  it('a missing file exits 1 with what, which file and what to do', () => {
    const { code, stdout, stderr } = run(['nope.pdf']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('kh-parse: nope.pdf: no such file (check the path)\n');
  });

  it.each([
    ['fixtures/bad/garbage.pdf', 'this is not a PDF: it does not start with %PDF- (check the file; it may be damaged or misnamed)'],
    ['fixtures/bad/encrypted-password.pdf', 'the PDF is protected by a password (remove the password, e.g. by printing it to a new PDF, and try again)'],
    ['fixtures/bad/empty.txt', 'the file is empty (0 bytes) (check that it is the right file)'],
  ])('%s is refused clearly and does not stop the other inputs', (bad, message) => {
    const { code, stdout, stderr } = run([bad, PLAN_TXT]);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^kh-parse: ${bad}: ${message.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\nkh-parse: 2 inputs in [\\d.]+ s: 1 parsed \\(1 with warnings\\), 1 failed\n$`, 'u'));
    const records = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { path?: string; error?: { message: string }; source?: { path: string } });
    expect(records[0]).toMatchObject({ path: bad, error: { message: message.slice(0, message.lastIndexOf(' (')) } });
    expect(records[1]?.source?.path).toBe(PLAN_TXT);
  });

  it('-o writes the file whole, and nothing when parsing fails', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kh-parse-'));
    const out = path.join(dir, 'plan.json');
    expect(run(['-o', out, PLAN_TXT]).code).toBe(0);
    expect(KhPlan.parse(JSON.parse(readFileSync(out, 'utf8'))).document.type).toBe('Kế hoạch');
    const failed = path.join(dir, 'bad.json');
    expect(run(['-o', failed, 'fixtures/bad/truncated.pdf']).code).toBe(1);
    expect(readdirSync(dir)).toEqual(['plan.json']);
  });

  it('closing the pipe early is not an error', () => {
    const result = spawnSync('sh', ['-c', `node ${BIN} ${PLAN_TXT} ${PLAN_TXT} ${PLAN_TXT} | head -c 10`], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('input from a file named like a command still works with --', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kh-parse-'));
    const file = path.join(dir, 'schema');
    writeFileSync(file, readFileSync(PLAN_TXT));
    const { code, stdout } = run(['parse', '--', file]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).source.path).toBe(file);
  });
});
