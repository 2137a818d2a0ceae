import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectInputs, type InputItem } from '../../src/batch/collect-inputs.js';
import { globToRegExp, splitGlob } from '../../src/batch/glob-pattern.js';
import { outputPathFor } from '../../src/batch/run-batch.js';

async function collect(inputs: string[]): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of collectInputs(inputs)) items.push(item);
  return items;
}

function tree(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'kh-inputs-'));
  mkdirSync(path.join(root, 'b/sub'), { recursive: true });
  writeFileSync(path.join(root, 'a.pdf'), '%PDF-');
  writeFileSync(path.join(root, 'notes.docx'), 'x');
  writeFileSync(path.join(root, '.hidden.txt'), 'x');
  writeFileSync(path.join(root, 'b/z.txt'), 'x');
  writeFileSync(path.join(root, 'b/sub/y.md'), 'x');
  return root;
}

describe('collectInputs', () => {
  it('walks folders in name order, keeping plan files only, with output names mirroring the tree', async () => {
    const root = tree();
    const items = await collect([root]);
    expect(items).toEqual([
      { kind: 'file', path: path.join(root, 'a.pdf'), outputName: 'a.pdf' },
      { kind: 'file', path: path.join(root, 'b/sub/y.md'), outputName: 'b/sub/y.md' },
      { kind: 'file', path: path.join(root, 'b/z.txt'), outputName: 'b/z.txt' },
      { kind: 'skipped', path: root, names: ['notes.docx'] },
    ]);
  });

  it('keeps the order of the arguments and tries files named explicitly whatever their extension', async () => {
    const root = tree();
    const items = await collect([path.join(root, 'notes.docx'), '-', path.join(root, 'b')]);
    expect(items.map((i) => (i.kind === 'file' ? i.outputName : i.kind))).toEqual(['notes.docx', 'stdin', 'sub/y.md', 'z.txt']);
  });

  it('expands globs the shell did not', async () => {
    const root = tree();
    const items = await collect([`${root}/**/*.{txt,md}`]);
    expect(items.filter((i) => i.kind === 'file').map((i) => (i.kind === 'file' ? i.outputName : i.kind))).toEqual(['b/sub/y.md', 'b/z.txt']);
    const none = await collect([`${root}/*.xlsx`]);
    expect(none.filter((i) => i.kind === 'problem')).toEqual([expect.objectContaining({ kind: 'problem', code: 'no-match' })]);
  });

  it('reports a symlink loop once and goes on', async () => {
    const root = tree();
    symlinkSync(root, path.join(root, 'b/loop'));
    const items = await collect([root]);
    expect(items.filter((i) => i.kind === 'file')).toHaveLength(3);
    expect(items.filter((i) => i.kind === 'problem')).toEqual([
      expect.objectContaining({ code: 'symlink-loop', path: path.join(root, 'b/loop') }),
    ]);
  });

  it('passes a missing file on, so reading it reports "no such file"', async () => {
    expect(await collect(['missing.pdf'])).toEqual([{ kind: 'file', path: 'missing.pdf', outputName: 'missing.pdf' }]);
  });
});

describe('globs', () => {
  it.each([
    ['**/*.pdf', 'a.pdf', true],
    ['**/*.pdf', 'x/y/a.pdf', true],
    ['*.pdf', 'x/a.pdf', false],
    ['plan-?.txt', 'plan-1.txt', true],
    ['*.{txt,md}', 'a.md', true],
    ['[ab].pdf', 'c.pdf', false],
    ['[!a].pdf', 'c.pdf', true],
  ])('%s matches %s: %s', (glob, file, expected) => {
    expect(globToRegExp(glob).test(file)).toBe(expected);
  });

  it('walks from the part before the first wildcard', () => {
    expect(splitGlob('plans/2025/**/*.pdf')).toEqual({ base: 'plans/2025', rest: '**/*.pdf' });
    expect(splitGlob('*.pdf')).toEqual({ base: '.', rest: '*.pdf' });
  });
});

describe('outputPathFor', () => {
  it('keeps every output inside the output folder', () => {
    expect(outputPathFor('/out', 'b/z.txt')).toBe('/out/b/z.txt.json');
    expect(outputPathFor('/out', '../escape')).toBeNull();
    expect(outputPathFor('/out', '../../etc/passwd')).toBeNull();
  });
});
