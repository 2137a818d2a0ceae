/** `kh-parse text <file>`: the normalized text the parser sees, one paragraph per line. */
import type { Command } from 'commander';
import { extractPlanText } from '../../index.js';
import { describeFailure, EXIT_INPUT, loadInput } from '../cli-io.js';
import type { CommandContext } from '../command-context.js';
import { withOcrOptions, type OcrCommandOptions } from './ocr-option.js';

export function registerTextCommand(program: Command, { io, outputConfig, reporterFor, exitWith }: CommandContext): void {
  withOcrOptions(
    program
      .command('text')
      .description('print the extracted, normalized text, one paragraph per line (what the parser saw)')
      .argument('<file>', 'input file; - reads stdin'),
  )
    .option('--no-color', 'no colours on stderr')
    .configureOutput(outputConfig)
    .exitOverride()
    .action(async (input: string, opts: OcrCommandOptions & { color: boolean }) => {
      const report = reporterFor(opts.color, false);
      try {
        const { bytes, name } = await loadInput(input, io);
        io.stdout.write(`${await extractPlanText(bytes, { path: name, ocr: opts.ocr, ocrEngine: opts.ocrEngine })}\n`);
      } catch (error) {
        const { reason, hint } = describeFailure(error);
        report.error(input === '-' ? null : input, reason, hint);
        exitWith(EXIT_INPUT);
      }
    });

}
