/**
 * The kh-parse command line. `main(argv, io)` returns the exit code; `bin/kh-parse.js` only
 * calls it. Exit codes: 0 ok (warnings allowed), 1 an input could not be parsed, 2 usage error.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { Command, CommanderError, Option } from 'commander';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { extractPlanText, InputError, parsePlanBytes, planJsonSchema, readInput } from '../index.js';
import type { KhPlan } from '../output/schema.js';

export interface CliIo {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
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

async function loadInput(input: string, io: CliIo): Promise<{ bytes: Uint8Array; name: string | null }> {
  if (input === '-') return { bytes: await readStdin(io), name: null };
  return { bytes: await readInput(input), name: input };
}

/** Write a file so that it is either complete or absent: temp file in the same folder, then rename. */
async function writeAtomically(target: string, content: string): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content, 'utf8');
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
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
"parse" is the default command: kh-parse FILE… is kh-parse parse FILE….
Its options: --pretty, --compact, -o/--output FILE, -q/--quiet, --no-color
(kh-parse parse --help describes them).

Examples:
  $ kh-parse plan.pdf                      parse a plan, print JSON
  $ kh-parse plan.txt --pretty | less      pretty JSON even when piped
  $ cat plan.txt | kh-parse -              read the plan from stdin
  $ kh-parse plan.pdf -o plan.json         write the JSON to a file (atomically)
  $ kh-parse a.pdf b.pdf > plans.ndjson    several plans: one JSON document per line
  $ kh-parse text plan.pdf                 the normalized text the parser saw
  $ kh-parse schema > kh-plan.schema.json  JSON Schema of the output
  $ kh-parse plan.pdf | jq '.references[].canonical'

Exit codes:
  0  parsed (warnings allowed; they are in .warnings)
  1  an input could not be parsed (the others are still printed)
  2  usage error
`;

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
    .description('parse plans (PDF, .txt, .md, or - for stdin) into JSON')
    .argument('<files...>', 'input files; - reads stdin')
    .addOption(new Option('--pretty', 'indented JSON (default when stdout is a terminal)').conflicts('compact'))
    .option('--compact', 'one-line JSON (default when piped)')
    .option('-o, --output <file>', 'write the JSON to this file instead of stdout (one input only)')
    .option('-q, --quiet', 'no notes on stderr, only errors')
    .option('--no-color', 'no colours on stderr')
    .configureOutput(outputConfig)
    .exitOverride()
    .action(async (files: string[], opts: { pretty?: boolean; compact?: boolean; output?: string; quiet?: boolean; color: boolean }) => {
      const report = reporter(io, chalkFor(opts.color), opts.quiet ?? false);
      if (opts.output && files.length > 1) {
        throw new CommanderError(EXIT_USAGE, 'kh-parse.usage', 'error: --output takes one input; use a shell loop for several files');
      }
      if (files.filter((f) => f === '-').length > 1) {
        throw new CommanderError(EXIT_USAGE, 'kh-parse.usage', 'error: stdin (-) can be read only once');
      }
      const several = files.length > 1;
      const pretty = several ? false : opts.pretty ?? (opts.compact ? false : opts.output ? true : Boolean(io.stdout.isTTY));
      for (const input of files) {
        let plan: KhPlan;
        try {
          const { bytes, name } = await loadInput(input, io);
          plan = await parsePlanBytes(bytes, { path: name });
        } catch (error) {
          const { reason, hint } = describeFailure(error);
          report.error(input === '-' ? null : input, reason, hint);
          exitCode = EXIT_INPUT;
          continue;
        }
        const json = JSON.stringify(plan, null, pretty ? 2 : undefined) + '\n';
        if (opts.output) {
          try {
            await writeAtomically(opts.output, json);
          } catch (error) {
            report.error(opts.output, `cannot write the output: ${(error as Error).message}`, 'check the folder exists and is writable');
            exitCode = EXIT_INPUT;
            continue;
          }
        } else io.stdout.write(json);
        if (plan.warnings.length > 0 && io.stderr.isTTY) {
          report.note(`${input === '-' ? '<stdin>' : input}: ${plan.warnings.length} warning${plan.warnings.length === 1 ? '' : 's'} (see .warnings)`);
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
