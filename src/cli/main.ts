/**
 * The kh-parse command line. `main(argv, io)` returns the exit code; `bin/kh-parse.js` only
 * calls it. Exit codes: 0 ok (warnings allowed), 1 an input could not be parsed, 2 usage error.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { collectInputs } from '../batch/collect-inputs.js';
import { hasGlob } from '../batch/glob-pattern.js';
import { ProgressLine } from '../batch/progress.js';
import { runBatch, type BatchItem } from '../batch/run-batch.js';
import { writeAtomically } from '../batch/write-atomically.js';
import { DEFAULT_LIMITS, type InputLimits } from '../extract/limits.js';
import { extractPlanText, InputError, parsePlanBytes, planJsonSchema, readInput } from '../index.js';
import { BatchErrorRecord, KhPlan } from '../output/schema.js';

export interface CliIo {
  stdout: { write(chunk: string): unknown; isTTY?: boolean; once?(event: 'drain', listener: () => void): unknown };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  stdin: AsyncIterable<Buffer | string>;
  env: Record<string, string | undefined>;
}

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function colorLevel(io: CliIo, wanted: boolean): 0 | 1 {
  if (!wanted || io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return 0;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR === '0' || io.env.FORCE_COLOR === 'false' ? 0 : 1;
  return io.stderr.isTTY ? 1 : 0;
}

async function readStdin(io: CliIo): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

async function loadInput(input: string, io: CliIo, maxBytes?: number): Promise<{ bytes: Uint8Array; name: string | null }> {
  if (input === '-') return { bytes: await readStdin(io), name: null };
  return { bytes: await readInput(input, maxBytes), name: input };
}

interface Reporter {
  error(input: string | null, reason: string, hint: string): void;
  note(text: string): void;
}

function reporter(io: CliIo, chalk: ChalkInstance, quiet: boolean): Reporter {
  return {
    error(input, reason, hint) {
      io.stderr.write(`${chalk.red('kh-parse:')} ${input ?? '<stdin>'}: ${reason} (${hint})\n`);
    },
    note(text) {
      if (!quiet) io.stderr.write(`${chalk.dim('kh-parse:')} ${text}\n`);
    },
  };
}

function describeFailure(error: unknown): { reason: string; hint: string } {
  if (error instanceof InputError) return { reason: error.reason, hint: error.hint };
  const message = error instanceof Error ? error.message : String(error);
  return { reason: `internal error: ${message}`, hint: 'please report this with the input file' };
}

const HELP_EXAMPLES = `
"parse" is the default command: kh-parse INPUT… is kh-parse parse INPUT….
kh-parse parse --help lists its options (--out-dir, --concurrency, --timeout, limits …).

Examples:
  $ kh-parse plan.pdf                      parse a plan, print JSON
  $ kh-parse plan.txt --pretty | less      pretty JSON even when piped
  $ cat plan.txt | kh-parse -              read the plan from stdin
  $ kh-parse plan.pdf -o plan.json         write the JSON to a file (atomically)
  $ kh-parse plans/ > plans.ndjson         a folder: one JSON record per file (plans or errors)
  $ kh-parse 'plans/**/*.pdf' -d out/      one .json per input under out/, mirroring plans/
  $ kh-parse text plan.pdf                 the normalized text the parser saw
  $ kh-parse validate out/*.json           check stored outputs against the schema
  $ kh-parse schema > kh-plan.schema.json  JSON Schema of the output
  $ kh-parse plan.pdf | jq '.references[].canonical'

Exit codes:
  0  every input parsed (warnings allowed; they are in .warnings)
  1  an input could not be parsed (the others are still written),
     or had warnings with --fail-on-warning; validate: a file is invalid
  2  usage error
`;

interface ParseCommandOptions {
  pretty?: boolean;
  compact?: boolean;
  output?: string;
  outDir?: string;
  force?: boolean;
  concurrency: number;
  timeout: number;
  maxFileSize: number;
  maxPages: number;
  failOnWarning?: boolean;
  quiet?: boolean;
  color: boolean;
}

function usage(message: string): never {
  throw new CommanderError(EXIT_USAGE, 'kh-parse.usage', `error: ${message}`);
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

function defaultConcurrency(): number {
  return Math.max(1, availableParallelism());
}

async function anyFolderOrGlob(inputs: readonly string[]): Promise<boolean> {
  for (const input of inputs) {
    if (input === '-') continue;
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory() || (!info && hasGlob(input))) return true;
  }
  return false;
}

/** Wait until a stream that said "full" can take more (bounded memory when the reader is slow). */
function writeWithBackpressure(stream: CliIo['stdout'], chunk: string): Promise<void> {
  const ok = stream.write(chunk);
  if (ok !== false || typeof stream.once !== 'function') return Promise.resolve();
  return new Promise((resolve) => stream.once!('drain', () => resolve()));
}

/** One input, in this process: the plan as one JSON document (pretty on a terminal). */
async function parseOne(input: string, opts: ParseCommandOptions, limits: InputLimits, io: CliIo, report: Reporter): Promise<number> {
  const pretty = opts.pretty ?? (opts.compact ? false : opts.output ? true : Boolean(io.stdout.isTTY));
  let plan: KhPlan;
  try {
    const { bytes, name } = await loadInput(input, io, limits.maxBytes);
    plan = await parsePlanBytes(bytes, { path: name, limits });
  } catch (error) {
    const { reason, hint } = describeFailure(error);
    report.error(input === '-' ? null : input, reason, hint);
    return EXIT_INPUT;
  }
  const json = JSON.stringify(plan, null, pretty ? 2 : undefined) + '\n';
  if (opts.output) {
    try {
      await writeAtomically(opts.output, json);
    } catch (error) {
      report.error(opts.output, `cannot write the output: ${(error as Error).message}`, 'check the folder exists and is writable');
      return EXIT_INPUT;
    }
  } else await writeWithBackpressure(io.stdout, json);
  if (plan.warnings.length > 0 && io.stderr.isTTY) {
    report.note(`${input === '-' ? '<stdin>' : input}: ${plan.warnings.length} warning${plan.warnings.length === 1 ? '' : 's'} (see .warnings)`);
  }
  return opts.failOnWarning && plan.warnings.length > 0 ? EXIT_INPUT : EXIT_OK;
}

/** Several inputs, folders or --out-dir: the worker pool, NDJSON or one file per input. */
async function parseMany(inputs: readonly string[], opts: ParseCommandOptions, limits: InputLimits, io: CliIo, chalk: ChalkInstance, report: Reporter): Promise<number> {
  const items: BatchItem[] = [];
  for await (const item of collectInputs(inputs)) {
    if (item.kind !== 'skipped') items.push(item);
    else {
      const shown = item.names.length > 3 ? `${item.names.slice(0, 3).join(', ')} …` : item.names.join(', ');
      report.note(`${item.path}: ${item.names.length} file${item.names.length === 1 ? '' : 's'} skipped, not .pdf, .txt or .md (${shown})`);
    }
  }
  const progress = io.stderr.isTTY && !opts.quiet ? new ProgressLine(io.stderr, chalk, items.length) : null;
  const summary = await runBatch(
    items,
    () => readStdin(io),
    { concurrency: opts.concurrency, timeoutMs: opts.timeout * 1000, limits, pretty: false, outDir: opts.outDir ?? null, force: opts.force ?? false },
    {
      writeRecord: (line) => writeWithBackpressure(io.stdout, `${line}\n`),
      failed: (display, failure) => {
        progress?.clear();
        report.error(display, failure.reason, failure.hint);
      },
      note: (text) => {
        progress?.clear();
        report.note(text);
      },
      progress: (done, total, current) => progress?.update(done, current),
    },
  );
  progress?.clear();
  const parts = [`${summary.parsed} parsed (${summary.withWarnings} with warnings)`, `${summary.failed} failed`];
  if (summary.kept > 0) parts.push(`${summary.kept} kept`);
  report.note(`${summary.total} input${summary.total === 1 ? '' : 's'} in ${summary.seconds.toFixed(1)} s: ${parts.join(', ')}`);
  if (summary.failed > 0) return EXIT_INPUT;
  return opts.failOnWarning && summary.withWarnings > 0 ? EXIT_INPUT : EXIT_OK;
}

/** Problems of a stored output: not JSON, or not valid against the schema (first few issues per record). */
async function validateFile(file: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return [`cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`];
  }
  // one (possibly pretty) JSON document, or NDJSON: one compact document per line
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const ndjson = lines.length > 1 && lines.every((l) => l.trimStart().startsWith('{') && l.trimEnd().endsWith('}'));
  const records = text.trim() === '' ? [] : ndjson ? lines : [text];
  if (records.length === 0) return ['the file is empty'];
  const problems: string[] = [];
  records.forEach((record, index) => {
    const where = records.length > 1 ? `record ${index + 1}: ` : '';
    let value: unknown;
    try {
      value = JSON.parse(record);
    } catch (error) {
      problems.push(`${where}not JSON (${(error as Error).message})`);
      return;
    }
    const isErrorRecord = typeof value === 'object' && value !== null && 'error' in value && !('schemaVersion' in value);
    const checked = isErrorRecord ? BatchErrorRecord.safeParse(value) : KhPlan.safeParse(value);
    if (!checked.success) {
      for (const issue of checked.error.issues.slice(0, 5)) problems.push(`${where}${issue.path.join('.') || '(top)'}: ${issue.message}`);
    }
  });
  return problems;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_OK;
  const program = new Command();
  const outputConfig = {
    writeOut: (s: string) => void io.stdout.write(s),
    writeErr: (s: string) => void io.stderr.write(s),
  };
  const chalkFor = (color: boolean) => new Chalk({ level: colorLevel(io, color) });

  program
    .name('kh-parse')
    .description('Turn Vietnamese government plans (Kế hoạch) from PDF or text into structured JSON.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .configureOutput(outputConfig)
    .exitOverride()
    .showHelpAfterError('(run kh-parse --help for usage)')
    .addHelpText('after', HELP_EXAMPLES);

  program
    .command('parse', { isDefault: true })
    .description('parse plans (PDF, .txt, .md, folders, globs, or - for stdin) into JSON')
    .argument('<inputs...>', 'files, folders (read recursively for .pdf, .txt, .md), globs; - reads stdin')
    .addOption(new Option('--pretty', 'indented JSON (default when stdout is a terminal and there is one input)').conflicts('compact'))
    .option('--compact', 'one-line JSON (default when piped, and always for several inputs)')
    .option('-o, --output <file>', 'write the JSON of one input to this file')
    .option('-d, --out-dir <dir>', 'write one <input name>.json per input here, mirroring the folders given')
    .option('-f, --force', 'with --out-dir: overwrite outputs that exist (they are kept otherwise)')
    .addOption(new Option('-j, --concurrency <n>', 'files parsed at once').argParser(positiveInteger).default(defaultConcurrency(), 'number of cores'))
    .addOption(new Option('--timeout <seconds>', 'abandon a file after this long (several inputs)').argParser(positiveInteger).default(120))
    .addOption(new Option('--max-file-size <MiB>', 'refuse larger files').argParser(positiveInteger).default(DEFAULT_LIMITS.maxBytes / 1024 / 1024))
    .addOption(new Option('--max-pages <n>', 'refuse PDFs with more pages').argParser(positiveInteger).default(DEFAULT_LIMITS.maxPages))
    .option('--fail-on-warning', 'exit 1 when a parsed input has warnings')
    .option('-q, --quiet', 'no notes, progress or summary on stderr, only errors')
    .option('--no-color', 'no colours on stderr')
    .configureOutput(outputConfig)
    .exitOverride()
    .action(async (inputs: string[], opts: ParseCommandOptions) => {
      const chalk = chalkFor(opts.color);
      const report = reporter(io, chalk, opts.quiet ?? false);
      if (inputs.filter((f) => f === '-').length > 1) usage('stdin (-) can be read only once');
      if (opts.output && opts.outDir) usage('--output and --out-dir do not go together');
      if (opts.force && !opts.outDir) usage('--force goes with --out-dir');
      if (opts.outDir && inputs.includes('-')) usage('stdin (-) cannot go with --out-dir: it has no name; use --output');
      const limits: InputLimits = { maxBytes: opts.maxFileSize * 1024 * 1024, maxPages: opts.maxPages };
      const batch = Boolean(opts.outDir) || inputs.length > 1 || (await anyFolderOrGlob(inputs));
      if (!batch) {
        exitCode = await parseOne(inputs[0]!, opts, limits, io, report);
        return;
      }
      if (opts.output) usage('--output takes one input file; use --out-dir for several');
      exitCode = await parseMany(inputs, opts, limits, io, chalk, report);
    });

  program
    .command('validate')
    .description('check stored outputs (a plan per file, or NDJSON of plans and error records) against the schema')
    .argument('<files...>', 'JSON or NDJSON files written by kh-parse')
    .option('--no-color', 'no colours on stderr')
    .configureOutput(outputConfig)
    .exitOverride()
    .action(async (files: string[], opts: { color: boolean }) => {
      const chalk = chalkFor(opts.color);
      for (const file of files) {
        const problems = await validateFile(file);
        if (problems.length === 0) io.stdout.write(`${file}: ${chalk.green('valid')}\n`);
        else {
          exitCode = EXIT_INPUT;
          for (const problem of problems) io.stdout.write(`${file}: ${chalk.red('invalid')}: ${problem}\n`);
        }
      }
    });

  program
    .command('text')
    .description('print the extracted, normalized text, one paragraph per line (what the parser saw)')
    .argument('<file>', 'input file; - reads stdin')
    .option('--no-color', 'no colours on stderr')
    .configureOutput(outputConfig)
    .exitOverride()
    .action(async (input: string, opts: { color: boolean }) => {
      const report = reporter(io, chalkFor(opts.color), false);
      try {
        const { bytes, name } = await loadInput(input, io);
        io.stdout.write(`${await extractPlanText(bytes, { path: name })}\n`);
      } catch (error) {
        const { reason, hint } = describeFailure(error);
        report.error(input === '-' ? null : input, reason, hint);
        exitCode = EXIT_INPUT;
      }
    });

  program
    .command('schema')
    .description('print the JSON Schema of the output')
    .configureOutput(outputConfig)
    .exitOverride()
    .action(() => {
      io.stdout.write(`${JSON.stringify(planJsonSchema(), null, 2)}\n`);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT_OK;
      if (error.code === 'kh-parse.usage') io.stderr.write(`${error.message}\n(run kh-parse --help for usage)\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
  return exitCode;
}
