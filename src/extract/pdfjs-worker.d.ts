// pdfjs-dist ships no types for its worker module; kh-parse only imports it for its side effect
// (it sets globalThis.pdfjsWorker, see load-pdfjs.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
