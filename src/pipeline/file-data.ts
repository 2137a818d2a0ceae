/**
 * What the stages leave on the VFile for the stages after them (vfile `data`), typed.
 */
import type { VFile } from 'vfile';
import type { WarningDraft } from '../document/blocks.js';
import type { TextLocator } from '../document/tree.js';
import type { InputLimits } from '../extract/limits.js';
import type { OcrOptions } from '../extract/ocr/ocr-options.js';
import type { ExtractedSource } from '../extract/source-line.js';
import type { NormalizedSource } from '../normalize/normalize-source.js';
import type { DocumentInfo, KhPlan } from '../output/schema.js';
import type { ReferenceDraft } from '../references/index.js';
import type { TargetDraft, TaskDraft } from '../tasks/index.js';

export interface SignatureData {
  authority: string | null;
  titles: string[];
  name: string | null;
  range: { start: number; end: number } | null;
}

declare module 'vfile' {
  interface DataMap {
    /** input path as given, null for stdin */
    inputPath: string | null;
    sha256: string;
    limits: InputLimits;
    /** which PDF pages are read by OCR, and how */
    ocr: OcrOptions;
    extracted: ExtractedSource;
    normalized: NormalizedSource;
    locator: TextLocator;
    document: DocumentInfo;
    recipients: string[];
    signature: SignatureData | null;
    references: ReferenceDraft[];
    tasks: TaskDraft[];
    targets: TargetDraft[];
    plan: KhPlan;
  }
}

/** Report a warning as a positioned VFile message with a stable rule id ("structure/duplicate-number"). */
export function reportWarning(file: VFile, warning: WarningDraft): void {
  const [source, ruleId] = warning.code.includes('/') ? warning.code.split('/', 2) as [string, string] : ['kh-parse', warning.code];
  const locator = file.data.locator;
  const place = warning.range && locator ? locator.position(warning.range.start, warning.range.end) : undefined;
  const message = file.message(warning.message, { place, ruleId, source });
  message.fatal = false;
}
