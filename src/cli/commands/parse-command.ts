/**
 * `kh-parse [parse] <inputs…>`: one input in this process (a JSON document; on a worker of its own
 * when --timeout is given), several inputs, folders or globs on the worker pool (NDJSON, or one file
 * per input with --out-dir).
 */
import type { ChalkInstance } from 'chalk';
import { Option, type Command } from 'commander';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { collectBatchItems } from '../../batch/collect-inputs.js';
import { hasGlob } from '../../batch/glob-pattern.js';
import { ProgressLine } from '../../batch/progress.js';
import { runBatch } from '../../batch/run-batch.js';
import { writeAtomically } from '../../batch/write-atomically.js';
import { DEFAULT_LIMITS, type InputLimits } from '../../extract/limits.js';
import type { JobResult, ParseJob } from '../../batch/parse-job.js';
import { runJob } from '../../batch/run-job.js';
import { EXIT_INPUT, EXIT_OK, positiveInteger, readStdin, reporter as reporterOf, usage, writeWithBackpressure, type CliIo, type Reporter } from '../cli-io.js';
import type { CommandContext } from '../command-context.js';
import { ocrOf, withOcrOptions, type OcrCommandOptions } from './ocr-option.js';

interface ParseCommandOptions extends OcrCommandOptions {
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

export function defaultConcurrency(): number {
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

/**
 * One input's parse job: in this process, or, when a time limit is given, on a worker thread of its
 * own that is abandoned after it as a batch's would be (the worker's start-up does not count).
 */
async function runOneJob(job: ParseJob, timeoutMs: number | null): Promise<JobResult> {
  if (timeoutMs === null) return runJob(job);
  const { WorkerPool } = await import('../../batch/worker-pool.js');
  const pool = new WorkerPool({ size: 1, timeoutMs, maxHeapMb: 2048 });
  try {
    return await pool.run(job);
  } finally {
    await pool.close();
  }
}

/**
 * One input: the plan as one JSON document (pretty on a terminal), parsed in this process, or on a
 * worker when a --timeout was given.
 */
async function parseOne(input: string, opts: ParseCommandOptions, limits: InputLimits, io: CliIo, report: Reporter, timed: boolean): Promise<number> {
  const pretty = opts.pretty ?? (opts.compact ? false : opts.output ? true : Boolean(io.stdout.isTTY));
  const stdin = input === '-';
  const job: ParseJob = { id: 0, path: stdin ? null : input, bytes: stdin ? await readStdin(io) : null, limits, ocr: ocrOf(opts), pretty };
  const result = await runOneJob(job, timed ? opts.timeout * 1000 : null);
  if (!result.ok) {
    report.error(stdin ? null : input, result.error.reason, result.error.hint);
    return EXIT_INPUT;
  }
  const json = result.json + '\n';
  if (opts.output) {
    try {
      await writeAtomically(opts.output, json);
    } catch (error) {
      report.error(opts.output, `cannot write the output: ${(error as Error).message}`, 'check the folder exists and is writable');
      return EXIT_INPUT;
    }
  } else await writeWithBackpressure(io.stdout, json);
  if (result.warnings > 0 && io.stderr.isTTY) {
    report.note(`${stdin ? '<stdin>' : input}: ${result.warnings} warning${result.warnings === 1 ? '' : 's'} (see .warnings)`);
  }
  return opts.failOnWarning && result.warnings > 0 ? EXIT_INPUT : EXIT_OK;
}

/** Several inputs, folders or --out-dir: the worker pool, NDJSON or one file per input. */
async function parseMany(inputs: readonly string[], opts: ParseCommandOptions, limits: InputLimits, io: CliIo, chalk: ChalkInstance, report: Reporter): Promise<number> {
  const items = await collectBatchItems(inputs, (text) => report.note(text));
  const progress = io.stderr.isTTY && !opts.quiet ? new ProgressLine(io.stderr, chalk, items.length) : null;
  const summary = await runBatch(
    items,
    () => readStdin(io),
    { concurrency: opts.concurrency, timeoutMs: opts.timeout * 1000, limits, ocr: ocrOf(opts), pretty: false, outDir: opts.outDir ?? null, force: opts.force ?? false },
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


export function registerParseCommand(program: Command, { io, outputConfig, chalkFor, exitWith }: CommandContext): void {
  withOcrOptions(
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
      .addOption(new Option('--timeout <seconds>', 'abandon a file after this long (one input: only when given)').argParser(positiveInteger).default(120))
      .addOption(new Option('--max-file-size <MiB>', 'refuse larger files').argParser(positiveInteger).default(DEFAULT_LIMITS.maxBytes / 1024 / 1024))
      .addOption(new Option('--max-pages <n>', 'refuse PDFs with more pages').argParser(positiveInteger).default(DEFAULT_LIMITS.maxPages)),
  )
    .option('--fail-on-warning', 'exit 1 when a parsed input has warnings')
    .option('-q, --quiet', 'no notes, progress or summary on stderr, only errors')
    .option('--no-color', 'no colours on stderr')
    .configureOutput(outputConfig)
    .exitOverride()
    .action(async (inputs: string[], opts: ParseCommandOptions, command: Command) => {
      const chalk = chalkFor(opts.color);
      const report = reporterOf(io, chalk, opts.quiet ?? false);
      if (inputs.filter((f) => f === '-').length > 1) usage('stdin (-) can be read only once');
      if (opts.output && opts.outDir) usage('--output and --out-dir do not go together');
      if (opts.force && !opts.outDir) usage('--force goes with --out-dir');
      if (opts.outDir && inputs.includes('-')) usage('stdin (-) cannot go with --out-dir: it has no name; use --output');
      const limits: InputLimits = { maxBytes: opts.maxFileSize * 1024 * 1024, maxPages: opts.maxPages };
      const batch = Boolean(opts.outDir) || inputs.length > 1 || (await anyFolderOrGlob(inputs));
      if (!batch) {
        // one input runs in this process, untimed, unless a time limit was asked for
        exitWith(await parseOne(inputs[0]!, opts, limits, io, report, command.getOptionValueSource('timeout') === 'cli'));
        return;
      }
      if (opts.output) usage('--output takes one input file; use --out-dir for several');
      exitWith(await parseMany(inputs, opts, limits, io, chalk, report));
    });

}
