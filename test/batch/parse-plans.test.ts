import { describe, expect, it } from 'vitest';
import { parsePlans } from '../../src/batch/parse-plans.js';
import { DEFAULT_LIMITS } from '../../src/extract/limits.js';

describe('parsePlans', () => {
  it('parses a folder into plans in input order and reports the failures', async () => {
    const failures: string[] = [];
    const { plans, summary } = await parsePlans(
      ['fixtures/plans', 'fixtures/bad/empty.txt'],
      async () => new Uint8Array(),
      { concurrency: 2, timeoutMs: 60_000, limits: DEFAULT_LIMITS },
      { failed: (path, failure) => void failures.push(`${path}: ${failure.code}`), note: () => {} },
    );
    expect(plans.map((p) => p.source.path)).toEqual([
      'fixtures/plans/000-sct-dan-van-2022.pdf',
      'fixtures/plans/000-sct-dan-van-2022.txt',
      'fixtures/plans/001-skhdt-dan-van-2022.pdf',
      'fixtures/plans/001-skhdt-dan-van-2022.txt',
      'fixtures/plans/002-thanh-tra-dan-van-2025.pdf',
      'fixtures/plans/002-thanh-tra-dan-van-2025.txt',
    ]);
    expect(failures).toEqual(['fixtures/bad/empty.txt: empty']);
    expect(summary).toMatchObject({ total: 7, parsed: 6, failed: 1 });
  });
});
