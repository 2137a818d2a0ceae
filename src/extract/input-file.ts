/**
 * Reading an input file from disk, with file-system errors turned into `InputError`s with a hint,
 * and files over the size limit refused before they are read. Asynchronous for the library;
 * synchronous for a parse job (a batch worker's, or the command line's one file), whose thread has
 * nothing else to do meanwhile: reading through the thread pool took five or six round trips a file
 * (stat, open, read, close), and on a busy machine the worker waited for each. One worker over 500
 * plans: its thread idle 1.06–1.09 → 0.58 s (two runs each), the folder 9.2–9.4 → 7.7–8.2 s and 12.0–12.2
 * → 10.4–11.2 s of CPU (three alternating runs); two workers unchanged (six alternating pairs).
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { InputError } from './errors.js';
import { DEFAULT_LIMITS, formatBytes } from './limits.js';

function refuseTooLarge(info: Stats, maxBytes: number, filePath: string): void {
  if (info.isFile() && info.size > maxBytes) {
    throw new InputError('too-large', `the file is ${formatBytes(info.size)}, over the limit of ${formatBytes(maxBytes)}`, 'raise the limit with --max-file-size if it really is one document', filePath);
  }
}

function inputErrorOf(error: unknown, filePath: string): InputError {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError('not-found', 'no such file', 'check the path', filePath);
  if (code === 'EISDIR') return new InputError('is-directory', 'this is a folder, not a file', 'give the files inside it', filePath);
  if (code === 'EACCES' || code === 'EPERM') return new InputError('unreadable', 'permission denied', 'check the file permissions', filePath);
  return new InputError('unreadable', `cannot read the file: ${(error as Error).message}`, 'check the path and permissions', filePath);
}

/** Read a file from disk; files over `maxBytes` are refused before they are read. */
export async function readInput(filePath: string, maxBytes = DEFAULT_LIMITS.maxBytes): Promise<Uint8Array> {
  try {
    refuseTooLarge(await stat(filePath), maxBytes, filePath);
    return await readFile(filePath);
  } catch (error) {
    throw inputErrorOf(error, filePath);
  }
}

/** `readInput` on the calling thread (a parse job's: a batch worker's, or the command line's one file). */
export function readInputSync(filePath: string, maxBytes = DEFAULT_LIMITS.maxBytes): Uint8Array {
  try {
    refuseTooLarge(statSync(filePath), maxBytes, filePath);
    return readFileSync(filePath);
  } catch (error) {
    throw inputErrorOf(error, filePath);
  }
}
