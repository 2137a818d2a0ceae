/**
 * Golden JSON: the whole output for every fixture plan, reviewed by hand when written.
 * A change in any field fails here; after reviewing the diff, rewrite them with
 * `npm run golden:update` (UPDATE_GOLDEN=1) — never automatically.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const INPUTS = ['000-sct-dan-van-2022', '001-skhdt-dan-van-2022', '002-thanh-tra-dan-van-2025'].flatMap((n) => [`${n}.txt`, `${n}.pdf`]);
const UPDATE = process.env.UPDATE_GOLDEN === '1';

describe('golden output', () => {
  it.each(INPUTS)('%s', async (input) => {
    const plan = await parsePlan(`fixtures/plans/${input}`);
    const golden = `fixtures/golden/${input}.json`;
    const actual = `${JSON.stringify(plan, null, 2)}\n`;
    if (UPDATE) {
      mkdirSync('fixtures/golden', { recursive: true });
      writeFileSync(golden, actual);
      return;
    }
    expect(existsSync(golden), `${golden} is missing: run npm run golden:update and review it`).toBe(true);
    expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });
});
