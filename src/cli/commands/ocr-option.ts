/**
 * `--ocr auto|off|force` and `--ocr-engine`, defined once for every command that reads PDFs (parse,
 * text, refs, tasks, calendar).
 */
import { Option, type Command } from 'commander';
import { OCR_ENGINES, OCR_MODES, ocrOptions, type OcrEngineChoice, type OcrMode, type OcrOptions } from '../../extract/ocr/ocr-options.js';

export interface OcrCommandOptions {
  ocr: OcrMode;
  ocrEngine: OcrEngineChoice;
}

/** Add --ocr and --ocr-engine to a command. */
export function withOcrOptions(command: Command): Command {
  return command
    .addOption(
      new Option('--ocr <mode>', 'read PDF pages by Vietnamese OCR: auto = the pages without a usable text layer (scans), off = never, force = every page')
        .choices([...OCR_MODES])
        .default('auto'),
    )
    .addOption(
      new Option('--ocr-engine <engine>', 'auto = the tesseract command when it has Vietnamese, else tesseract.js (built in)')
        .choices([...OCR_ENGINES])
        .default('auto'),
    );
}

/** The OCR options a command was given. */
export function ocrOf(opts: OcrCommandOptions): OcrOptions {
  return ocrOptions({ mode: opts.ocr, engine: opts.ocrEngine });
}
