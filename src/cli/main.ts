/**
 * The kh-parse command line. `main(argv, io)` returns the exit code; `bin/kh-parse.js` only
 * calls it. Exit codes: 0 ok (warnings allowed), 1 an input could not be parsed, 2 usage error.
 * Each command lives in src/cli/commands/ and registers itself here.
 */
import { Command, CommanderError } from 'commander';
import { EXIT_OK, EXIT_USAGE, type CliIo } from './cli-io.js';
import { createCommandContext } from './command-context.js';
import { packageVersion } from './package-version.js';
import { registerCalendarCommand } from './commands/calendar-command.js';
import { registerParseCommand } from './commands/parse-command.js';
import { registerRefsCommand } from './commands/refs-command.js';
import { registerSchemaCommand } from './commands/schema-command.js';
import { registerTasksCommand } from './commands/tasks-command.js';
import { registerTextCommand } from './commands/text-command.js';
import { registerValidateCommand } from './commands/validate-command.js';

export { EXIT_INPUT, EXIT_OK, EXIT_USAGE, type CliIo } from './cli-io.js';

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

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_OK;
  const context = createCommandContext(io, (code) => {
    exitCode = Math.max(exitCode, code);
  });
  const program = new Command();
  program
    .name('kh-parse')
    .description('Turn Vietnamese government plans (Kế hoạch) from PDF or text into structured JSON.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .configureOutput(context.outputConfig)
    .exitOverride()
    .showHelpAfterError('(run kh-parse --help for usage)')
    .addHelpText('after', HELP_EXAMPLES);

  registerParseCommand(program, context);
  registerValidateCommand(program, context);
  registerTextCommand(program, context);
  registerSchemaCommand(program, context);
  registerRefsCommand(program, context);
  registerTasksCommand(program, context);
  registerCalendarCommand(program, context);

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
