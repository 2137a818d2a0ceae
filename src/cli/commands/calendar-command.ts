/**
 * `kh-parse calendar <inputs…> -o deadlines.ics`: the dated and recurring deadlines of plans as an
 * iCalendar file (RFC 5545), each event linking back to its plan and section. Written atomically;
 * stdout without -o. Inputs that fail are reported as in a batch and the rest is still written.
 */
import type { Command } from 'commander';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { KhPlan, Task } from '../../output/schema.js';
import { buildCalendar } from '../../tasks/exports/index.js';
import { EXIT_INPUT, EXIT_OK } from '../cli-io.js';
import type { CommandContext } from '../command-context.js';
import { packageVersion as version } from '../package-version.js';
import { collectPlans, summaryLine, withPlansOptions, writeOutput, type PlansOptions } from './tasks-command.js';

interface CalendarCommandOptions extends PlansOptions {
  name?: string;
}

/** A file URL of the plan, at the task's page for a PDF (viewers read "#page=N"). */
function urlOf(plan: KhPlan, task: Task): string | null {
  if (plan.source.path === null) return null;
  const url = pathToFileURL(path.resolve(plan.source.path)).href;
  return plan.source.format === 'pdf' && task.span.page !== null ? `${url}#page=${task.span.page}` : url;
}

export function registerCalendarCommand(program: Command, { io, outputConfig, chalkFor, reporterFor, exitWith }: CommandContext): void {
  const command = program
    .command('calendar')
    .description('write the dated and recurring deadlines of plans as an iCalendar (.ics) file')
    .argument('<inputs...>', 'files, folders (read recursively for .pdf, .txt, .md), globs; - reads stdin')
    .option('--name <name>', 'the name of the calendar (X-WR-CALNAME)');
  withPlansOptions(command, 'write the calendar to this file (atomically) instead of stdout')
    .configureOutput(outputConfig)
    .exitOverride()
    .addHelpText(
      'after',
      `
Every deadline with a day becomes an all-day event; recurring ones ("trước ngày 20 hằng tháng",
"trước ngày 20/10 của năm") get an RRULE. Deadlines without a day ("Thường xuyên", "định kỳ 6 tháng",
a date whose year the plan does not give) are counted on stderr and left out.

Examples:
  $ kh-parse calendar plans/ -o deadlines.ics
  $ kh-parse calendar plan.pdf --name "Dân vận 2025" > plan.ics
`,
    )
    .action(async (inputs: string[], opts: CalendarCommandOptions) => {
      const report = reporterFor(opts.color, opts.quiet ?? false);
      const { plans, summary } = await collectPlans(inputs, opts, io, chalkFor(opts.color), report);
      const built = buildCalendar(plans, { stamp: new Date(), version: version(), name: opts.name, urlOf });
      const ok = await writeOutput(built.ics, opts, io, report);
      const left = built.skipped.length > 0 ? ` (${built.skipped.length} deadline${built.skipped.length === 1 ? '' : 's'} without a day left out)` : '';
      report.note(summaryLine(summary, `${built.events} event${built.events === 1 ? '' : 's'}${opts.output ? ` written to ${opts.output}` : ''}${left}`));
      exitWith(summary.failed > 0 || !ok ? EXIT_INPUT : EXIT_OK);
    });
}
