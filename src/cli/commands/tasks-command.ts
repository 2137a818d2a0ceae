/**
 * `kh-parse tasks <inputs…>`: one row per task across plans (plan, section, lead, support, report
 * recipients, deadline, recurrence, text) as CSV for Excel, JSON, or a table for the terminal. The
 * plans are parsed on the worker pool (`parsePlans`); an input that fails is reported as in a batch
 * and the others are still exported (exit 1).
 */
import type { ChalkInstance } from 'chalk';
import { Option, type Command } from 'commander';
import { parsePlans } from '../../batch/parse-plans.js';
import { ProgressLine } from '../../batch/progress.js';
import type { BatchSummary } from '../../batch/run-batch.js';
import { writeAtomically } from '../../batch/write-atomically.js';
import { DEFAULT_LIMITS } from '../../extract/limits.js';
import type { KhPlan } from '../../output/schema.js';
import { COLUMNS, flatRow, formatTable, taskRows, toCsv } from '../../tasks/exports/index.js';
import { EXIT_INPUT, EXIT_OK, positiveInteger, readStdin, usage, writeWithBackpressure, type CliIo, type Reporter } from '../cli-io.js';
import type { CommandContext } from '../command-context.js';
import { ocrOf, withOcrOptions, type OcrCommandOptions } from './ocr-option.js';
import { defaultConcurrency } from './parse-command.js';

/** The options `tasks` and `calendar` share with a batch. */
export interface PlansOptions extends OcrCommandOptions {
  concurrency: number;
  timeout: number;
  quiet?: boolean;
  color: boolean;
  output?: string;
}

interface TasksOptions extends PlansOptions {
  format?: 'csv' | 'json' | 'table';
  separator: string;
}

/** Add -j, --timeout, --ocr, --ocr-engine, -q, --no-color and -o to a command. */
export function withPlansOptions(command: Command, output: string): Command {
  return withOcrOptions(
    command
      .option('-o, --output <file>', output)
      .addOption(new Option('-j, --concurrency <n>', 'files parsed at once').argParser(positiveInteger).default(defaultConcurrency(), 'number of cores'))
      .addOption(new Option('--timeout <seconds>', 'abandon a file after this long').argParser(positiveInteger).default(120)),
  )
    .option('-q, --quiet', 'no notes, progress or summary on stderr, only errors')
    .option('--no-color', 'no colours on stderr');
}

/** Parse every input on the worker pool, reporting failures and progress as a batch does. */
export async function collectPlans(inputs: readonly string[], opts: PlansOptions, io: CliIo, chalk: ChalkInstance, report: Reporter): Promise<{ plans: KhPlan[]; summary: BatchSummary }> {
  if (inputs.filter((f) => f === '-').length > 1) usage('stdin (-) can be read only once');
  // the total is known once the inputs are collected: the progress line starts with the first event
  const showProgress = Boolean(io.stderr.isTTY) && !opts.quiet;
  const shown: { line: ProgressLine | null } = { line: null };
  const result = await parsePlans(
    inputs,
    () => readStdin(io),
    { concurrency: opts.concurrency, timeoutMs: opts.timeout * 1000, limits: DEFAULT_LIMITS, ocr: ocrOf(opts) },
    {
      failed: (display, failure) => {
        shown.line?.clear();
        report.error(display, failure.reason, failure.hint);
      },
      note: (text) => {
        shown.line?.clear();
        report.note(text);
      },
      progress: (done, total, current) => {
        if (!showProgress) return;
        shown.line ??= new ProgressLine(io.stderr, chalk, total);
        shown.line.update(done, current);
      },
    },
  );
  shown.line?.clear();
  return result;
}

/** Write `content` to -o atomically, or to stdout. False when the file cannot be written. */
export async function writeOutput(content: string, opts: PlansOptions, io: CliIo, report: Reporter): Promise<boolean> {
  if (!opts.output) {
    await writeWithBackpressure(io.stdout, content);
    return true;
  }
  try {
    await writeAtomically(opts.output, content);
    return true;
  } catch (error) {
    report.error(opts.output, `cannot write the output: ${(error as Error).message}`, 'check the folder exists and is writable');
    return false;
  }
}

export function summaryLine(summary: BatchSummary, what: string): string {
  return `${summary.total} input${summary.total === 1 ? '' : 's'} in ${summary.seconds.toFixed(1)} s: ${summary.parsed} parsed, ${summary.failed} failed; ${what}`;
}

const SEPARATORS: Readonly<Record<string, string>> = { ',': ',', ';': ';', tab: '\t', '\t': '\t' };

function render(plans: readonly KhPlan[], format: NonNullable<TasksOptions['format']>, separator: string, io: CliIo): string {
  const rows = taskRows(plans);
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  const flat = rows.map(flatRow);
  if (format === 'csv') return toCsv(COLUMNS, flat.map((r) => COLUMNS.map((c) => r[c])), { separator });
  const columns = (io.stdout as { columns?: number }).columns ?? Number(io.env.COLUMNS ?? 120);
  return formatTable(flat, Number.isFinite(columns) && columns > 0 ? columns : 120);
}

export function registerTasksCommand(program: Command, { io, outputConfig, chalkFor, reporterFor, exitWith }: CommandContext): void {
  const command = program
    .command('tasks')
    .description('list the tasks of plans, one row per task: plan, section, lead, support, deadline, recurrence, text')
    .argument('<inputs...>', 'files, folders (read recursively for .pdf, .txt, .md), globs; - reads stdin')
    .addOption(new Option('-f, --format <format>', 'csv (for Excel: UTF-8 with BOM, CRLF), json, or table (default: table on a terminal, csv otherwise)').choices(['csv', 'json', 'table']))
    .option('--separator <char>', 'CSV separator: "," or ";" (an Excel whose list separator is ";") or "tab"', ',');
  withPlansOptions(command, 'write the list to this file (atomically) instead of stdout')
    .configureOutput(outputConfig)
    .exitOverride()
    .addHelpText(
      'after',
      `
Examples:
  $ kh-parse tasks plans/ -o tasks.csv           every task of every plan, for Excel
  $ kh-parse tasks plan.pdf                      a table on the terminal
  $ kh-parse tasks plans/ -f json | jq '.[] | select(.kind == "report")'
`,
    )
    .action(async (inputs: string[], opts: TasksOptions) => {
      const separator = SEPARATORS[opts.separator];
      if (separator === undefined) usage(`--separator must be ",", ";" or "tab", not "${opts.separator}"`);
      const format = opts.format ?? (io.stdout.isTTY && !opts.output ? 'table' : 'csv');
      const report = reporterFor(opts.color, opts.quiet ?? false);
      const { plans, summary } = await collectPlans(inputs, opts, io, chalkFor(opts.color), report);
      const ok = await writeOutput(render(plans, format, separator, io), opts, io, report);
      const tasks = plans.reduce((n, p) => n + p.tasks.length, 0);
      report.note(summaryLine(summary, `${tasks} task${tasks === 1 ? '' : 's'}${opts.output ? ` written to ${opts.output}` : ''}`));
      exitWith(summary.failed > 0 || !ok ? EXIT_INPUT : EXIT_OK);
    });
}
