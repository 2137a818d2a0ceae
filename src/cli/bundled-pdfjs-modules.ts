/**
 * What src/extract/pdfjs-modules.ts is in the bundled command line (scripts/bundle.js puts this
 * module in its place): pdf.js and its worker module, bundled into dist/bundle/pdfjs.cjs, are
 * evaluated from that script through its V8 code cache. Compiling pdf.js's 3.4 MB of ES modules, and
 * the functions of a first PDF, took some 60 ms of each process that reads a PDF (and of each batch
 * worker). Synchronous: a second caller finds the globals pdf.js set.
 */
import { fileURLToPath } from 'node:url';
import { loadCodeCachedScript } from './code-cached-script.js';

/** The bundled pdf.js, beside the bundled command line (this module is only run from inside it). */
const PDFJS_BUNDLE_FILE = fileURLToPath(new URL('./pdfjs.cjs', import.meta.url));

export async function evaluatePdfjsModules(): Promise<void> {
  loadCodeCachedScript(PDFJS_BUNDLE_FILE);
}
