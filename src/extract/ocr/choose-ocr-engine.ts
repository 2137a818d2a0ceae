/**
 * Which OCR engine reads the pages: the system `tesseract` when it is installed with Vietnamese
 * (`tesseract --list-langs` lists `vie`), otherwise tesseract.js with `@tesseract.js-data/vie`,
 * both fully offline. Asked for only when a page needs OCR.
 */
import type { OcrEngine } from './ocr-engine.js';
import type { OcrEngineChoice } from './ocr-options.js';

/**
 * An engine, or what is missing for the one asked for. The engines' modules are loaded here, on the
 * first page that needs OCR: the system engine's child processes (node:child_process) are no part
 * of a start that reads no scan.
 */
export async function openOcrEngine(choice: OcrEngineChoice, workers: number): Promise<{ engine: OcrEngine } | { missing: string }> {
  const system = await import('./system-tesseract-engine.js');
  if (choice !== 'tesseract.js' && system.systemTesseractHasVietnamese()) return { engine: system.openSystemTesseractEngine(workers) };
  if (choice === 'tesseract') return { missing: 'the tesseract command with the Vietnamese model (vie) is not installed' };
  const tesseractJs = await import('./tesseract-js-engine.js');
  const found = tesseractJs.tesseractJsFiles();
  if ('missing' in found) return found;
  return { engine: await tesseractJs.openTesseractJsEngine(found.files, workers) };
}
