/**
 * Turns the command line's inputs — files, folders (walked recursively), globs and `-` — into
 * the ordered list of documents to parse, without reading them. Folders contribute only files
 * that look like plans (.pdf, .txt, .md); a file named explicitly is always tried. Problems met
 * on the way (a folder that cannot be read, a symlink loop, a pattern that matches nothing) are
 * returned as items of their own, so the batch reports them and goes on.
 */
import { opendir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { globToRegExp, hasGlob, splitGlob } from './glob-pattern.js';

export const PLAN_EXTENSIONS = new Set(['.pdf', '.txt', '.md', '.markdown']);

export type InputItem =
  | {
      kind: 'file';
      /** path to read, as the user would write it */
      path: string;
      /** where its output goes under --out-dir: relative to the folder it was found in, or its name */
      outputName: string;
    }
  | { kind: 'stdin' }
  /** files in a folder that are not plans: reported, not parsed */
  | { kind: 'skipped'; path: string; names: string[] }
  | { kind: 'problem'; path: string; code: 'not-found' | 'unreadable' | 'symlink-loop' | 'no-match'; reason: string; hint: string };

function errnoCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** Files under `root` in a stable order (names sorted), following symlinks but not loops. */
async function* walk(root: string, relative: string, seen: Set<string>): AsyncGenerator<InputItem> {
  const dir = path.join(root, relative);
  let real: string;
  try {
    real = await realpath(dir);
  } catch (error) {
    yield { kind: 'problem', path: dir, code: 'unreadable', reason: `cannot open the folder (${errnoCode(error) ?? 'error'})`, hint: 'check that it exists and is readable' };
    return;
  }
  if (seen.has(real)) {
    yield { kind: 'problem', path: dir, code: 'symlink-loop', reason: 'this folder links back to a folder already read (a symlink loop); skipped', hint: 'remove the link if it is a mistake' };
    return;
  }
  seen.add(real);
  let names: { name: string; isDir: boolean; isLink: boolean }[] = [];
  try {
    const handle = await opendir(dir);
    for await (const entry of handle) names.push({ name: entry.name, isDir: entry.isDirectory(), isLink: entry.isSymbolicLink() });
  } catch (error) {
    const code = errnoCode(error);
    yield {
      kind: 'problem',
      path: dir,
      code: 'unreadable',
      reason: code === 'EACCES' || code === 'EPERM' ? 'permission denied: the folder cannot be read' : `cannot read the folder (${code ?? 'error'})`,
      hint: 'check the folder permissions',
    };
    return;
  }
  names = names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const skipped: string[] = [];
  for (const entry of names) {
    if (entry.name.startsWith('.')) continue; // hidden files, editor temp files, our own temp outputs
    const rel = relative ? `${relative}/${entry.name}` : entry.name;
    let isDir = entry.isDir;
    if (entry.isLink) {
      try {
        isDir = (await stat(path.join(root, rel))).isDirectory();
      } catch {
        continue; // a dangling link
      }
    }
    if (isDir) yield* walk(root, rel, seen);
    else if (PLAN_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) {
      yield { kind: 'file', path: path.join(root, rel), outputName: rel };
    } else skipped.push(entry.name);
  }
  if (skipped.length > 0) yield { kind: 'skipped', path: dir, names: skipped };
}

async function* expandGlob(pattern: string): AsyncGenerator<InputItem> {
  const { base, rest } = splitGlob(pattern.replaceAll('\\', '/'));
  const matcher = globToRegExp(rest);
  let matched = 0;
  for await (const item of walk(base, '', new Set())) {
    if (item.kind === 'skipped' || (item.kind === 'file' && !matcher.test(item.outputName))) continue;
    if (item.kind === 'file') matched += 1;
    yield item;
  }
  if (matched === 0) {
    yield { kind: 'problem', path: pattern, code: 'no-match', reason: 'the pattern matches no .pdf, .txt or .md file', hint: 'check the pattern and quote it' };
  }
}

/** Expand the inputs in the order given; each folder's files in name order. */
export async function* collectInputs(inputs: readonly string[]): AsyncGenerator<InputItem> {
  for (const input of inputs) {
    if (input === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT' && hasGlob(input)) {
        yield* expandGlob(input);
        continue;
      }
      // reading it will say precisely what is wrong (no such file, permission denied …)
      yield { kind: 'file', path: input, outputName: path.basename(input) };
      continue;
    }
    if (info.isDirectory()) yield* walk(input, '', new Set());
    else yield { kind: 'file', path: input, outputName: path.basename(input) };
  }
}

/** Inputs that are parsed (skipped-file notes are not). */
export type BatchItem = Exclude<InputItem, { kind: 'skipped' }>;

/** All inputs to parse, in order; files a folder holds that are not plans are said in `note`. */
export async function collectBatchItems(inputs: readonly string[], note: (text: string) => void): Promise<BatchItem[]> {
  const items: BatchItem[] = [];
  for await (const item of collectInputs(inputs)) {
    if (item.kind !== 'skipped') {
      items.push(item);
      continue;
    }
    const shown = item.names.length > 3 ? `${item.names.slice(0, 3).join(', ')} …` : item.names.join(', ');
    note(`${item.path}: ${item.names.length} file${item.names.length === 1 ? '' : 's'} skipped, not .pdf, .txt or .md (${shown})`);
  }
  return items;
}
