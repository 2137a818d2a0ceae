/**
 * Evaluates pdf.js and then its worker module in this thread, from pdfjs-dist's ES modules. pdf.js
 * sets `globalThis.pdfjsLib` (its whole API) as it runs, its worker module `globalThis.pdfjsWorker`,
 * which pdf.js's in-thread ("fake") worker uses instead of importing the module on the first document.
 *
 * The bundled command line replaces this module with src/cli/bundled-pdfjs-modules.ts, which
 * evaluates the same two modules from one script read through a V8 code cache (scripts/bundle.js).
 */
export async function evaluatePdfjsModules(): Promise<void> {
  await import('pdfjs-dist/legacy/build/pdf.mjs');
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
}
