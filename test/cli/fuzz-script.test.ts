/**
 * `npm run fuzz` (scripts/fuzz.js) runs: a few cases through the built command line's batch workers,
 * none of which may crash. (It once failed every case with an internal error, unnoticed, when the
 * jobs it makes lacked the OCR options the workers had come to read.)
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('scripts/fuzz.js', () => {
  it('parses its mutated plans on the bundled workers, and none crashes', () => {
    const result = spawnSync(process.execPath, ['scripts/fuzz.js', '--cases', '24', '--seed', '7'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^kh-parse fuzz — 24 cases from 6 plans \(seed 7, 20 s limit\)/u);
    const counts = /accepted (\d+) · rejected (\d+) · crashed (\d+) · timeouts (\d+)/u.exec(result.stdout);
    expect(counts).not.toBeNull();
    const [accepted, rejected, crashed, timeouts] = counts!.slice(1).map(Number);
    expect({ crashed, timeouts, total: accepted! + rejected! }).toEqual({ crashed: 0, timeouts: 0, total: 24 });
    expect(accepted).toBeGreaterThan(0);
    expect(result.status).toBe(0);
  });
});
