/**
 * `kh-parse tasks` end to end: the real CLI (needs the build: `npm test` builds first).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KhPlan } from '../../src/output/schema.js';

const BIN = path.resolve('bin/kh-parse.js');
const PLAN = 'fixtures/plans/002-thanh-tra-dan-van-2025.txt';
const DECISION = 'fixtures/documents/qd-1696-ubnd-lao-cai-2026.pdf';

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function parsed(file: string): KhPlan {
  return JSON.parse(run([file]).stdout) as KhPlan;
}

/** RFC 4180 records of a CSV without its BOM (test-only reader). */
function records(csv: string): string[][] {
  const out: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(cell);
      cell = '';
    } else if (ch === '\r' && csv[i + 1] === '\n') {
      record.push(cell);
      out.push(record);
      record = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return out;
}

describe('kh-parse tasks', () => {
  it('-o tasks.csv: CSV for Excel with one row per task across plans, written atomically', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kh-tasks-'));
    const out = path.join(dir, 'tasks.csv');
    const { code, stdout, stderr } = run(['tasks', PLAN, DECISION, '-o', out]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^kh-parse: 2 inputs in [\d.]+ s: 2 parsed, 0 failed; \d+ tasks written to .*tasks\.csv\n$/u);
    expect(readdirSync(dir)).toEqual(['tasks.csv']);
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
    const [header, ...rows] = records(csv.slice(1));
    expect(header).toEqual(['plan', 'planTitle', 'section', 'page', 'kind', 'lead', 'support', 'reportTo', 'deadline', 'recurrence', 'deadlineText', 'text']);
    const plans = [parsed(PLAN), parsed(DECISION)];
    // (an appendix task's section reads "phụ lục")
    expect(rows.map((r) => [r[0], r[2], r[11]])).toEqual(plans.flatMap((p) => p.tasks.map((t) => [p.source.path, t.sectionId ?? (t.location === 'appendix' ? 'phụ lục' : ''), t.text])));
    const report = rows.find((r) => r[2] === 'IV.2')!;
    expect([report[4], report[5], report[7], report[8]]).toEqual(['report', 'Văn phòng', 'UBND tỉnh (qua Sở Nội vụ)', '2025-05-15; 2025-09-15; 2025-11-01']);
    expect(rows.find((r) => r[2] === 'Điều 3.2.đ')![9]).toBe('FREQ=YEARLY');
  });

  it('csv when piped, json and table on request', () => {
    const piped = run(['tasks', PLAN]);
    expect(piped.code).toBe(0);
    expect(piped.stdout.startsWith('\uFEFFplan,planTitle,')).toBe(true);

    const json = run(['tasks', '-f', 'json', PLAN]);
    const rows = JSON.parse(json.stdout) as { plan: string; taskId: string; lead: string[]; leadKeys: string[]; deadlines: { date: string | null }[] }[];
    const plan = parsed(PLAN);
    expect(rows.map((r) => [r.plan, r.taskId, r.lead])).toEqual(plan.tasks.map((t) => [PLAN, t.id, t.lead]));
    // the keys group units across plans: "Văn phòng" of Thanh tra tỉnh in Đồng Nai
    expect(rows[0]!.leadKeys).toEqual(['văn phòng thanh tra tỉnh đồng nai']);

    const table = run(['tasks', '-f', 'table', PLAN], { COLUMNS: '100' });
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^plan\s+section\s+lead\s+deadline\s+task$/u);
    expect(lines).toHaveLength(2 + plan.tasks.length);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(100);
  });

  it('a folder: every plan in it; an input that fails is reported, the others still listed, exit 1', () => {
    const { code, stdout, stderr } = run(['tasks', '-f', 'json', 'fixtures/plans', 'nope.pdf', 'fixtures/bad/garbage.pdf']);
    expect(code).toBe(1);
    expect(stderr).toContain('kh-parse: nope.pdf: no such file (check the path)');
    expect(stderr).toContain('kh-parse: fixtures/bad/garbage.pdf: this is not a PDF');
    expect(stderr).toMatch(/kh-parse: 8 inputs in [\d.]+ s: 6 parsed, 2 failed; \d+ tasks\n$/u);
    const plans = [...new Set((JSON.parse(stdout) as { plan: string }[]).map((r) => r.plan))];
    expect(plans).toEqual(readdirSync('fixtures/plans').sort().map((f) => `fixtures/plans/${f}`));
  });

  it('-q leaves only errors on stderr', () => {
    expect(run(['tasks', '-q', PLAN]).stderr).toBe('');
  });

  it.each([
    [['tasks', '-f', 'xml', PLAN], "argument 'xml' is invalid"],
    [['tasks', '--separator', '|', PLAN], '--separator must be ",", ";" or "tab"'],
    [['tasks', '-j', '0', PLAN], "option '-j, --concurrency <n>' argument '0' is invalid"],
    [['tasks'], "missing required argument 'inputs'"],
  ])('usage error %j', (args, message) => {
    const { code, stderr } = run(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('--separator ";" for an Excel with Vietnamese regional settings', () => {
    const { stdout } = run(['tasks', '--separator', ';', PLAN]);
    expect(stdout.split('\r\n')[0]).toBe('\uFEFFplan;planTitle;section;page;kind;lead;support;reportTo;deadline;recurrence;deadlineText;text');
  });
});
