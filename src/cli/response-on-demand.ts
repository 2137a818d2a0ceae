/**
 * pdf.js reads the global `Response` as it loads (to add `bytes()` where the platform lacks it), and
 * Node builds its whole fetch implementation (undici: some 0.1 G instructions, 20 ms) the first time
 * anything reads that global. Reading a PDF, kh-parse's pdf.js never makes a Response: only saving a
 * document does, or loading a WebAssembly decoder asks whether what it has is one. So in the bundled
 * command line pdf.js sees this stand-in instead (scripts/bundle.js injects it into
 * dist/bundle/pdfjs.cjs, and nowhere else): `new` makes the platform's Response, and `instanceof` asks
 * the platform's, so undici is built only when pdf.js does use it. (pdf.js's `bytes()` now lands on
 * this class's prototype, which no Response has; Node 20.20's Response has its own.)
 */
export class ResponseOnDemand {
  constructor(...args: ConstructorParameters<typeof Response>) {
    // a constructor that returns an object gives that object to `new`
    return new globalThis.Response(...args);
  }

  static [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof globalThis.Response;
  }
}

/** The name scripts/bundle.js injects into pdf.js's bundle, in place of the global. */
export { ResponseOnDemand as Response };
