/**
 * Reading an input file: the batch worker reads synchronously (its thread has nothing else to do),
 * the library asynchronously; both give the same bytes, and refuse the same files with the same error.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInput, readInputSync } from '../../src/extract/input-file.js';
import { InputError } from '../../src/extract/errors.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kh-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const failure = async (read: () => Promise<Uint8Array> | Uint8Array) => {
  try {
    await read();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const { code, reason, hint } = error as InputError;
    return { code, reason, hint };
  }
  throw new Error('read did not fail');
};

describe('readInput and readInputSync', () => {
  it('read the same bytes', async () => {
    const file = path.join(dir, 'plan.txt');
    writeFileSync(file, 'KẾ HOẠCH');
    expect(new Uint8Array(readInputSync(file))).toEqual(new Uint8Array(await readInput(file)));
  });

  it.each<[string, () => string, number | undefined, string]>([
    ['a missing file', () => path.join(dir, 'missing.pdf'), undefined, 'not-found'],
    ['a folder', () => dir, undefined, 'is-directory'],
    [
      'a file over the size limit, refused before it is read',
      () => {
        const file = path.join(dir, 'big.txt');
        writeFileSync(file, 'x'.repeat(2048));
        return file;
      },
      1024,
      'too-large',
    ],
  ])('refuse %s alike', async (_, make, maxBytes, code) => {
    const file = make();
    const sync = await failure(() => readInputSync(file, maxBytes));
    expect(sync.code).toBe(code);
    expect(await failure(() => readInput(file, maxBytes))).toEqual(sync);
  });

  it.skipIf(process.getuid?.() === 0)('refuse an unreadable file alike (skipped as root: root reads any file)', async () => {
    const file = path.join(dir, 'locked.txt');
    writeFileSync(file, 'x');
    chmodSync(file, 0o000);
    const sync = await failure(() => readInputSync(file));
    expect(sync.code).toBe('unreadable');
    expect(await failure(() => readInput(file))).toEqual(sync);
  });
});
