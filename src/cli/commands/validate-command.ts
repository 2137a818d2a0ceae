/** `kh-parse validate <files…>`: check stored outputs against the published schemas. */
import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { BatchErrorRecord, KhPlan, SCHEMA_VERSION } from '../../output/schema.js';
import { EXIT_INPUT } from '../cli-io.js';
import type { CommandContext } from '../command-context.js';

/** Problems of a stored output: not JSON, or not valid against the schema (first few issues per record). */
export async function validateFile(file: string): Promise<string[]> {
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
      const version = isErrorRecord ? null : (value as { schemaVersion?: unknown }).schemaVersion;
      if (typeof version === 'string' && version !== SCHEMA_VERSION) {
        problems.push(`${where}written under schema ${version}; this kh-parse checks ${SCHEMA_VERSION} (parse the source again to update it)`);
      }
      for (const issue of checked.error.issues.slice(0, 5)) problems.push(`${where}${issue.path.join('.') || '(top)'}: ${issue.message}`);
    }
  });
  return problems;
}

export function registerValidateCommand(program: Command, { io, outputConfig, chalkFor, exitWith }: CommandContext): void {
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
          exitWith(EXIT_INPUT);
          for (const problem of problems) io.stdout.write(`${file}: ${chalk.red('invalid')}: ${problem}\n`);
        }
      }
    });

}
