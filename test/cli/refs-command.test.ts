/**
 * `kh-parse refs` end to end: the real bin spawned over the bundled plans (needs the build:
 * `npm test` builds first). Expected citations written by reading the plans.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CitationIndexRow } from '../../src/references/citation-index.js';

const BIN = path.resolve('bin/kh-parse.js');

function run(args: string[], options: { cwd?: string; input?: string } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    cwd: options.cwd,
    input: options.input,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kh-refs-'));
  cpSync('fixtures/plans', path.join(dir, 'plans'), { recursive: true });
  cpSync('fixtures/documents', path.join(dir, 'documents'), { recursive: true });
  cpSync('fixtures/bad/empty.txt', path.join(dir, 'bad/empty.txt'));
  return dir;
}

describe('kh-parse refs', () => {
  const dir = workspace();

  it('JSON: one row per cited document, with the plans citing it and where', () => {
    const { code, stdout, stderr } = run(['refs', 'plans'], { cwd: dir });
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as CitationIndexRow[];
    expect(stdout.split('\n')[1]!.startsWith('{"canonical":')).toBe(true);
    // the three plans (text and PDF each) all cite Chỉ thị 33/CT-TTg and Quyết định 217-QĐ/TW
    const ct33 = rows.find((r) => r.canonical === '33/CT-TTg')!;
    expect(ct33).toMatchObject({ type: 'Chỉ thị', date: '2021-11-26', issuer: 'Thủ tướng Chính phủ', planCount: 6, totalPlans: 6 });
    expect(ct33.citedBy.map((p) => p.path)).toEqual(readdirSync(path.join(dir, 'plans')).sort().map((f) => `plans/${f}`));
    expect(ct33.citedBy.find((p) => p.path === 'plans/001-skhdt-dan-van-2022.pdf')).toMatchObject({
      relation: 'basis',
      sections: ['I.2', 'II.1.-1'],
      locations: ['basis', 'body', 'footnote'],
      pages: [1, 2],
    });
    expect(rows.slice(0, 2).map((r) => r.planCount)).toEqual([6, 6]);
    // cited by one plan only (both of its files): the typo'd 218-QĐ/TU of plan 001
    expect(rows.find((r) => r.canonical === '218-QĐ/TU')?.citedBy.map((p) => p.path)).toEqual([
      'plans/001-skhdt-dan-van-2022.pdf',
      'plans/001-skhdt-dan-van-2022.txt',
    ]);
    expect(stderr).toMatch(/^kh-parse: 6 inputs in [\d.]+ s: 6 parsed, 0 failed; \d+ cited documents\n$/u);
  });

  it('appendix mentions count, with their appendix and page', () => {
    const rows = JSON.parse(run(['refs', 'documents', '-q'], { cwd: dir }).stdout) as CitationIndexRow[];
    expect(rows.find((r) => r.canonical === '146/2025/NĐ-CP')?.citedBy).toEqual([
      {
        path: 'documents/qd-1696-ubnd-lao-cai-2026.pdf',
        number: null,
        title: expect.stringContaining('Về việc ủy quyền'),
        relation: 'basis',
        sections: [],
        locations: ['basis', 'appendix'],
        appendices: ['PHỤ LỤC'],
        pages: [1, 3],
        mentions: 2,
      },
    ]);
  });

  it('CSV to a file: BOM, header, one line per document; nothing on stdout', () => {
    const { code, stdout } = run(['refs', 'plans/000-sct-dan-van-2022.txt', 'plans/002-thanh-tra-dan-van-2025.txt', '--format', 'csv', '--out', 'index.csv', '-q'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const csv = readFileSync(path.join(dir, 'index.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFcanonical,type,number,year,symbol,system,name,date,issuer,subject,plans,of,cited_by\r\n')).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines.find((l) => l.startsWith('31-KH/TU,'))).toMatch(/^31-KH\/TU,Kế hoạch,31,,KH\/TU,party,,2021-03-19,Ban Thường vụ Tỉnh ủy,.*,2,2,"plans\/000-sct-dan-van-2022.txt sections II.1.a, II.1.b \| plans\/002-thanh-tra-dan-van-2025.txt sections III.1.-1, III.1.-2"$/u);
    expect(lines.find((l) => l.startsWith('"Luật Phòng, chống tham nhũng"'))).toContain(',law,"Luật Phòng, chống tham nhũng",');
  });

  it('an input that fails is reported and exits 1; the index of the others is still printed', () => {
    const { code, stdout, stderr } = run(['refs', 'plans/002-thanh-tra-dan-van-2025.txt', 'bad/empty.txt', 'nope.pdf'], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toContain('kh-parse: bad/empty.txt: the file is empty (0 bytes)');
    expect(stderr).toContain('kh-parse: nope.pdf: no such file');
    const rows = JSON.parse(stdout) as CitationIndexRow[];
    expect(rows).toHaveLength(26);
    expect(rows.every((r) => r.totalPlans === 1)).toBe(true);
  });

  it('reads stdin', () => {
    const plan = readFileSync('fixtures/plans/001-skhdt-dan-van-2022.txt', 'utf8');
    const rows = JSON.parse(run(['refs', '-', '-q'], { input: plan }).stdout) as CitationIndexRow[];
    expect(rows.map((r) => r.canonical)).toContain('4685/UBND-SNV');
    expect(rows[0]!.citedBy[0]!.path).toBeNull();
  });

  it.each([[['refs']], [['refs', '--format', 'xml', 'plans']], [['refs', '-j', '0', 'plans']]])('usage errors exit 2: %j', (args) => {
    expect(run(args, { cwd: dir }).code).toBe(2);
  });
});
