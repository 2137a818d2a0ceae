/**
 * main(argv, io) in process: behaviour that depends on the terminal (pretty JSON, colours).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli/main.js';

function fakeIo(options: { stdoutTTY?: boolean; stderrTTY?: boolean; env?: Record<string, string>; stdin?: string } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (s: string) => out.push(s), isTTY: options.stdoutTTY ?? false },
    stderr: { write: (s: string) => err.push(s), isTTY: options.stderrTTY ?? false },
    stdin: (async function* () {
      if (options.stdin !== undefined) yield Buffer.from(options.stdin);
    })(),
    env: options.env ?? {},
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

const PLAN = 'fixtures/plans/000-sct-dan-van-2022.txt';

describe('main', () => {
  it('prints pretty JSON to a terminal and compact JSON to a pipe', async () => {
    const tty = fakeIo({ stdoutTTY: true });
    expect(await main([PLAN], tty.io)).toBe(0);
    expect(tty.out().startsWith('{\n  "schemaVersion"')).toBe(true);
    const pipe = fakeIo();
    expect(await main([PLAN], pipe.io)).toBe(0);
    expect(pipe.out().trimEnd().includes('\n')).toBe(false);
    expect(await main(['--compact', PLAN], tty.io)).toBe(0);
  });

  it('notes warnings on a terminal, in colour unless NO_COLOR, never with --quiet', async () => {
    const colour = fakeIo({ stderrTTY: true });
    await main([PLAN], colour.io);
    expect(colour.err()).toContain(`${PLAN}: 2 warnings (see .warnings)`);
    expect(colour.err()).toContain('\u001b[');
    const plain = fakeIo({ stderrTTY: true, env: { NO_COLOR: '1' } });
    await main([PLAN], plain.io);
    expect(plain.err()).toBe(`kh-parse: ${PLAN}: 2 warnings (see .warnings)\n`);
    const quiet = fakeIo({ stderrTTY: true });
    await main(['-q', PLAN], quiet.io);
    expect(quiet.err()).toBe('');
  });

  it('colours errors only when asked for or on a terminal', async () => {
    const forced = fakeIo({ env: { FORCE_COLOR: '1' } });
    expect(await main(['missing.txt'], forced.io)).toBe(1);
    expect(forced.err()).toContain('\u001b[');
    const off = fakeIo({ env: { FORCE_COLOR: '1' } });
    await main(['--no-color', 'missing.txt'], off.io);
    expect(off.err()).toBe('kh-parse: missing.txt: no such file (check the path)\n');
  });

  it('reads stdin once', async () => {
    const piped = fakeIo({ stdin: readFileSync(PLAN, 'utf8') });
    expect(await main(['-'], piped.io)).toBe(0);
    expect(JSON.parse(piped.out()).source.path).toBeNull();
    expect(await main(['-', '-'], fakeIo().io)).toBe(2);
  });

  it('shows progress on a terminal and a summary line, neither with --quiet', async () => {
    const tty = fakeIo({ stderrTTY: true, env: { NO_COLOR: '1' } });
    expect(await main([PLAN, 'fixtures/plans/001-skhdt-dan-van-2022.txt'], tty.io)).toBe(0);
    expect(tty.err()).toMatch(/\r\u001b\[K2\/2 files · [\d.]+\/s · \d+s left/u);
    expect(tty.err()).toMatch(/kh-parse: 2 inputs in [\d.]+ s: 2 parsed \(2 with warnings\), 0 failed\n$/u);
    const piped = fakeIo({ env: { NO_COLOR: '1' } });
    await main([PLAN, 'fixtures/plans/001-skhdt-dan-van-2022.txt'], piped.io);
    expect(piped.err()).not.toContain('\r');
    const quiet = fakeIo({ stderrTTY: true });
    await main(['-q', PLAN, 'fixtures/plans/001-skhdt-dan-van-2022.txt'], quiet.io);
    expect(quiet.err()).toBe('');
  });
});
