/**
 * `kh-parse calendar` end to end: the real CLI (needs the build: `npm test` builds first); the .ics
 * is read back with ical.js, a real RFC 5545 parser.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { KhPlan } from '../../src/output/schema.js';

const BIN = path.resolve('bin/kh-parse.js');

function run(args: string[], cwd?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((v) => ({ v, e: new ICAL.Event(v) }));
}

// a plan written for this test, in the style of the bundled ones: monthly and yearly reports
const RECURRING = `UBND TỈNH ĐỒNG NAI
SỞ NỘI VỤ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/KH-SNV
Đồng Nai, ngày 10 tháng 01 năm 2026

KẾ HOẠCH
Thực hiện công tác cải cách hành chính năm 2026

I. TỔ CHỨC THỰC HIỆN
1. Văn phòng Sở: tổng hợp, báo cáo tình hình thực hiện gửi UBND tỉnh trước ngày 20 hằng tháng.
2. Thanh tra Sở chủ trì, phối hợp với Văn phòng Sở kiểm tra việc thực hiện, báo cáo Giám đốc Sở trước ngày 20/10 của năm.
3. Giao Phòng Cải cách hành chính hoàn thành khảo sát trong quý III năm 2026.

GIÁM ĐỐC
Nguyễn Văn A
`;

describe('kh-parse calendar', () => {
  it('-o deadlines.ics: one event per dated deadline of the bundled plans, each linking back to its plan and section', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kh-cal-'));
    const out = path.join(dir, 'deadlines.ics');
    const { code, stdout, stderr } = run(['calendar', 'fixtures/plans', 'fixtures/documents', '-o', out]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^kh-parse: 7 inputs in [\d.]+ s: 7 parsed, 0 failed; \d+ events written to .*deadlines\.ics \(\d+ deadlines without a day left out\)\n$/u);
    expect(readdirSync(dir)).toEqual(['deadlines.ics']);
    const ics = readFileSync(out, 'utf8');
    for (const line of ics.split('\r\n').slice(0, -1)) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const found = events(ics);
    // every dated deadline of every plan, once
    const plans = [...readdirSync('fixtures/plans').sort().map((f) => `fixtures/plans/${f}`), 'fixtures/documents/qd-1696-ubnd-lao-cai-2026.pdf'];
    const expected = plans.flatMap((file) => {
      const plan = JSON.parse(run([file]).stdout) as KhPlan;
      return plan.tasks.flatMap((t) => t.deadlines.filter((d) => d.date !== null).map((d) => [file, t.sectionId, d.date]));
    });
    expect(found.map(({ v, e }) => [v.getFirstPropertyValue('x-kh-parse-plan'), v.getFirstPropertyValue('x-kh-parse-section'), e.startDate.toString()])).toEqual(expected);
    expect(new Set(found.map(({ e }) => e.uid)).size).toBe(found.length);
    const report = found.find(({ v, e }) => v.getFirstPropertyValue('x-kh-parse-section') === 'IV.2' && e.startDate.toString() === '2025-05-15' && String(v.getFirstPropertyValue('x-kh-parse-plan')).endsWith('.pdf'))!;
    expect(report.e.summary).toBe('Báo cáo 6 tháng: Văn phòng → UBND tỉnh');
    expect(report.e.description).toContain('Nguồn: fixtures/plans/002-thanh-tra-dan-van-2025.pdf, mục IV.2, trang 5');
    expect(report.v.getFirstPropertyValue('url')).toBe(`${pathToFileURL(path.resolve('fixtures/plans/002-thanh-tra-dan-van-2025.pdf')).href}#page=5`);
  });

  it('recurring deadlines get an RRULE from the plan start; UIDs are the same on the next run', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kh-cal-'));
    writeFileSync(path.join(dir, 'plan.md'), RECURRING);
    const first = run(['calendar', 'plan.md'], dir);
    expect(first.code).toBe(0);
    const found = events(first.stdout);
    expect(found.map(({ e }) => [e.startDate.toString(), e.isRecurring() ? e.component.getFirstPropertyValue('rrule')?.toString() : null])).toEqual([
      ['2026-01-20', 'FREQ=MONTHLY;BYMONTHDAY=20'],
      ['2026-10-20', 'FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=20'],
      ['2026-09-30', null],
    ]);
    const monthly = found[0]!.e.iterator();
    expect([monthly.next(), monthly.next()].map((t) => t!.toString())).toEqual(['2026-01-20', '2026-02-20']);
    const again = events(run(['calendar', 'plan.md'], dir).stdout);
    expect(again.map(({ e }) => e.uid)).toEqual(found.map(({ e }) => e.uid));
  });

  it('an input that fails is reported and the calendar of the others is still written, exit 1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kh-cal-'));
    const out = path.join(dir, 'deadlines.ics');
    const { code, stderr } = run(['calendar', 'fixtures/plans/002-thanh-tra-dan-van-2025.txt', 'fixtures/bad/empty.txt', '-o', out]);
    expect(code).toBe(1);
    expect(stderr).toContain('kh-parse: fixtures/bad/empty.txt: the file is empty (0 bytes)');
    expect(events(readFileSync(out, 'utf8'))).toHaveLength(6);
  });

  it('an output that cannot be written: exit 1, nothing left behind', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kh-cal-'));
    mkdirSync(path.join(dir, 'taken.ics'));
    const { code, stderr } = run(['calendar', 'fixtures/plans/002-thanh-tra-dan-van-2025.txt', '-o', path.join(dir, 'taken.ics')]);
    expect(code).toBe(1);
    expect(stderr).toContain('taken.ics: cannot write the output');
    expect(readdirSync(dir)).toEqual(['taken.ics']);
  });
});
