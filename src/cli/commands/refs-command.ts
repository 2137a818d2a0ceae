/**
 * `kh-parse refs <inputs…>`: the citation index over many plans — one row per cited document with
 * the plans that cite it and where — as JSON (an array, one row per line) or CSV (with a UTF-8 BOM
 * for Excel). The plans are parsed on the worker pool; inputs that fail are reported as in a batch
 * (exit 1) and the index of the others is still written.
 */
import { Option, type Command } from 'commander';
import { ProgressLine } from '../../batch/progress.js';
import { parsePlans } from '../../batch/parse-plans.js';
import { writeAtomically } from '../../batch/write-atomically.js';
import { DEFAULT_LIMITS } from '../../extract/limits.js';
import { citationIndexCsv, citationIndexJson } from '../../references/citation-index-format.js';
import { buildCitationIndex } from '../../references/citation-index.js';
import { EXIT_INPUT, EXIT_OK, positiveInteger, readStdin, reporter as reporterOf, usage, writeWithBackpressure } from '../cli-io.js';
import type { CommandContext } from '../command-context.js';
import { ocrOf, withOcrOptions, type OcrCommandOptions } from './ocr-option.js';
import { defaultConcurrency } from './parse-command.js';

interface RefsCommandOptions extends OcrCommandOptions {
  format: 'json' | 'csv';
  out?: string;
  concurrency: number;
  timeout: number;
  maxFileSize: number;
  maxPages: number;
  quiet?: boolean;
  color: boolean;
}

const HELP = `
Output: one row per cited document (canonical id, type, number, year, symbol, system, name, date,
issuer, subject), how many plans cite it (planCount of totalPlans) and, for each citing plan, where:
section ids, locations (basis, body, footnote, appendix, unplaced), appendices and PDF pages.
  json  an array, one row per line (jq '.[] | select(.planCount > 1) | .canonical')
  csv   UTF-8 with a byte order mark (Excel opens it as is), CRLF; the citing plans in one column

Examples:
  $ kh-parse refs plans/ > citations.json
  $ kh-parse refs plans/ --format csv --out citations.csv
  $ kh-parse refs plans/ | jq -r '.[] | [.planCount, .canonical, .issuer] | @tsv' | head
`;

export function registerRefsCommand(program: Command, { io, outputConfig, chalkFor, exitWith }: CommandContext): void {
  withOcrOptions(
    program
      .command('refs')
      .description('index the documents cited across many plans: who cites what, and where')
      .argument('<inputs...>', 'files, folders (read recursively for .pdf, .txt, .md), globs; - reads stdin')
      .addOption(new Option('--format <format>', 'json or csv').choices(['json', 'csv']).default('json'))
      .option('--out <file>', 'write the index to this file (atomically) instead of stdout')
      .addOption(new Option('-j, --concurrency <n>', 'files parsed at once').argParser(positiveInteger).default(defaultConcurrency(), 'number of cores'))
      .addOption(new Option('--timeout <seconds>', 'abandon a file after this long').argParser(positiveInteger).default(120))
      .addOption(new Option('--max-file-size <MiB>', 'refuse larger files').argParser(positiveInteger).default(DEFAULT_LIMITS.maxBytes / 1024 / 1024))
      .addOption(new Option('--max-pages <n>', 'refuse PDFs with more pages').argParser(positiveInteger).default(DEFAULT_LIMITS.maxPages)),
  )
    .option('-q, --quiet', 'no notes, progress or summary on stderr, only errors')
    .option('--no-color', 'no colours on stderr')
    .addHelpText('after', HELP)
    .configureOutput(outputConfig)
    .exitOverride()
    .action(async (inputs: string[], opts: RefsCommandOptions) => {
      const chalk = chalkFor(opts.color);
      const report = reporterOf(io, chalk, opts.quiet ?? false);
      if (inputs.filter((f) => f === '-').length > 1) usage('stdin (-) can be read only once');
      // drawn once the pool knows how many inputs there are (a terminal only)
      const screen: { progress: ProgressLine | null } = { progress: null };
      const { plans, summary } = await parsePlans(
        inputs,
        () => readStdin(io),
        { concurrency: opts.concurrency, timeoutMs: opts.timeout * 1000, limits: { maxBytes: opts.maxFileSize * 1024 * 1024, maxPages: opts.maxPages }, ocr: ocrOf(opts) },
        {
          failed: (display, failure) => {
            screen.progress?.clear();
            report.error(display, failure.reason, failure.hint);
          },
          note: (text) => {
            screen.progress?.clear();
            report.note(text);
          },
          progress: (done, total, current) => {
            if (!screen.progress && io.stderr.isTTY && !opts.quiet) screen.progress = new ProgressLine(io.stderr, chalk, total);
            screen.progress?.update(done, current);
          },
        },
      );
      screen.progress?.clear();
      const rows = buildCitationIndex(plans);
      const output = opts.format === 'csv' ? citationIndexCsv(rows) : citationIndexJson(rows);
      let code = summary.failed > 0 ? EXIT_INPUT : EXIT_OK;
      if (opts.out) {
        try {
          await writeAtomically(opts.out, output);
        } catch (error) {
          report.error(opts.out, `cannot write the index: ${(error as Error).message}`, 'check the folder exists and is writable');
          code = EXIT_INPUT;
        }
      } else await writeWithBackpressure(io.stdout, output);
      const documents = `${rows.length} cited document${rows.length === 1 ? '' : 's'}`;
      report.note(`${summary.total} input${summary.total === 1 ? '' : 's'} in ${summary.seconds.toFixed(1)} s: ${summary.parsed} parsed, ${summary.failed} failed; ${documents}`);
      exitWith(code);
    });
}
