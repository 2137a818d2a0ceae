/**
 * What every command shares: the process's streams (injected, so tests run `main` in process),
 * colours, the error line format, exit codes and argument checks.
 */
import { type ChalkInstance } from 'chalk';
import { CommanderError, InvalidArgumentError } from 'commander';
import { InputError, readInput } from '../index.js';

export interface CliIo {
  stdout: { write(chunk: string): unknown; isTTY?: boolean; once?(event: 'drain', listener: () => void): unknown };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  stdin: AsyncIterable<Buffer | string>;
  env: Record<string, string | undefined>;
}

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

export function colorLevel(io: CliIo, wanted: boolean): 0 | 1 {
  if (!wanted || io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return 0;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR === '0' || io.env.FORCE_COLOR === 'false' ? 0 : 1;
  return io.stderr.isTTY ? 1 : 0;
}

export async function readStdin(io: CliIo): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

export async function loadInput(input: string, io: CliIo, maxBytes?: number): Promise<{ bytes: Uint8Array; name: string | null }> {
  if (input === '-') return { bytes: await readStdin(io), name: null };
  return { bytes: await readInput(input, maxBytes), name: input };
}

export interface Reporter {
  error(input: string | null, reason: string, hint: string): void;
  note(text: string): void;
}

export function reporter(io: CliIo, chalk: ChalkInstance, quiet: boolean): Reporter {
  return {
    error(input, reason, hint) {
      io.stderr.write(`${chalk.red('kh-parse:')} ${input ?? '<stdin>'}: ${reason} (${hint})\n`);
    },
    note(text) {
      if (!quiet) io.stderr.write(`${chalk.dim('kh-parse:')} ${text}\n`);
    },
  };
}

export function describeFailure(error: unknown): { reason: string; hint: string } {
  if (error instanceof InputError) return { reason: error.reason, hint: error.hint };
  const message = error instanceof Error ? error.message : String(error);
  return { reason: `internal error: ${message}`, hint: 'please report this with the input file' };
}

export function usage(message: string): never {
  throw new CommanderError(EXIT_USAGE, 'kh-parse.usage', `error: ${message}`);
}

export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

/** Wait until a stream that said "full" can take more (bounded memory when the reader is slow). */
export function writeWithBackpressure(stream: CliIo['stdout'], chunk: string): Promise<void> {
  const ok = stream.write(chunk);
  if (ok !== false || typeof stream.once !== 'function') return Promise.resolve();
  return new Promise((resolve) => stream.once!('drain', () => resolve()));
}

