/**
 * Which OCR engine reads the pages: the system `tesseract` when it is installed with Vietnamese
 * (`tesseract --list-langs` lists `vie`), otherwise tesseract.js with `@tesseract.js-data/vie`,
 * both fully offline. Asked for only when a page needs OCR.
 */
import type { OcrEngine } from './ocr-engine.js';
import type { OcrEngineChoice } from './ocr-options.js';
import { openSystemTesseractEngine, systemTesseractHasVietnamese } from './system-tesseract-engine.js';
import { openTesseractJsEngine, tesseractJsFiles } from './tesseract-js-engine.js';

/** An engine, or what is missing for the one asked for. */
export async function openOcrEngine(choice: OcrEngineChoice, workers: number): Promise<{ engine: OcrEngine } | { missing: string }> {
  if (choice !== 'tesseract.js' && systemTesseractHasVietnamese()) return { engine: openSystemTesseractEngine(workers) };
  if (choice === 'tesseract') return { missing: 'the tesseract command with the Vietnamese model (vie) is not installed' };
  const found = tesseractJsFiles();
  if ('missing' in found) return found;
  return { engine: await openTesseractJsEngine(found.files, workers) };
}
