/**
 * pdf.js inflates each compressed stream of a PDF (page contents, fonts, images) through the
 * platform's `DecompressionStream`, one `await` per stream. In Node that is zlib run on the libuv
 * thread pool behind Node's web-stream adapters for its zlib streams: each stream waits for a round
 * trip to the pool and runs a good deal of adapter code. The bundled command line gives pdf.js this
 * class in place of the global instead (scripts/bundle.js injects it into dist/bundle/pdfjs.cjs, and
 * nowhere else): the same zlib, run on the parse's own thread when the writer closes. Its output and
 * its errors are the platform's (test/cli/synchronous-decompression-stream.test.ts); an error makes
 * pdf.js fall back to its own JavaScript inflate, as before.
 */
import { Buffer } from 'node:buffer';
import zlib from 'node:zlib';

/** The formats of Node 20's DecompressionStream. */
const INFLATE: Readonly<Record<string, (data: Uint8Array) => Buffer>> = {
  deflate: (data) => zlib.inflateSync(data),
  'deflate-raw': (data) => zlib.inflateRawSync(data),
  gzip: (data) => zlib.gunzipSync(data),
};

/** What a writer may write: bytes, as the standard has it, or a string, as Node's own accepts. */
type Chunk = ArrayBufferView | ArrayBuffer | string;

function bytesOf(chunk: Chunk): Uint8Array {
  if (typeof chunk === 'string') return Buffer.from(chunk);
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  throw new TypeError('DecompressionStream: a chunk must be an ArrayBuffer, a typed array or a DataView');
}

export class SynchronousDecompressionStream {
  readonly readable: ReadableStream<Uint8Array>;
  readonly writable: WritableStream<Chunk>;

  constructor(format: string) {
    const inflate = Object.hasOwn(INFLATE, format) ? INFLATE[format] : undefined;
    if (!inflate) {
      // the platform's error, word for word
      throw Object.assign(new TypeError(`The argument 'format' is invalid. Received '${format}'`), { code: 'ERR_INVALID_ARG_VALUE' });
    }
    const chunks: Uint8Array[] = [];
    const { readable, writable } = new TransformStream<Chunk, Uint8Array>({
      transform(chunk) {
        chunks.push(bytesOf(chunk));
      },
      flush(controller) {
        const inflated = inflate(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
        if (inflated.length > 0) controller.enqueue(inflated);
      },
    });
    this.readable = readable;
    this.writable = writable;
  }
}

/** The name scripts/bundle.js injects into pdf.js's bundle, in place of the global. */
export { SynchronousDecompressionStream as DecompressionStream };
