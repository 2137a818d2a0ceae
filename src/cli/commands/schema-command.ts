/** `kh-parse schema`: the JSON Schema of the output. */
import type { Command } from 'commander';
import { planJsonSchema } from '../../output/schema.js';
import type { CommandContext } from '../command-context.js';

export function registerSchemaCommand(program: Command, { io, outputConfig }: CommandContext): void {
  program
    .command('schema')
    .description('print the JSON Schema of the output')
    .configureOutput(outputConfig)
    .exitOverride()
    .action(() => {
      io.stdout.write(`${JSON.stringify(planJsonSchema(), null, 2)}\n`);
    });

}
