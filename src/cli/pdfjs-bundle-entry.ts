/**
 * The entry of dist/bundle/pdfjs.cjs (scripts/bundle.js): pdf.js, then its worker module, evaluated
 * in this order (see src/extract/pdfjs-modules.ts). Its exports are pdf.js's (which pdf.js also sets
 * on `globalThis.pdfjsLib`) and the worker module's message handler (which it sets on
 * `globalThis.pdfjsWorker`).
 */
export * from 'pdfjs-dist/legacy/build/pdf.mjs';
export { WorkerMessageHandler } from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
