/**
 * The DecompressionStream that the bundled command line gives pdf.js
 * (src/cli/synchronous-decompression-stream.ts) against the platform's own, on the same inputs:
 * pdf.js must see the same bytes, and fail on the same streams (it then inflates them itself).
 * Each stream is read the way pdf.js reads one (a writer that writes and closes, and `for await`
 * over the readable side), and piped, as the standard allows.
 */
import { readFileSync } from 'node:fs';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SynchronousDecompressionStream } from '../../src/cli/synchronous-decompression-stream.js';

interface DecompressionStreamLike {
  readable: ReadableStream<Uint8Array>;
  writable: WritableStream<never>;
}
type Outcome = { bytes: string } | { error: string; code: unknown };

/** pdf.js's way: writes the chunks, closes, and reads every chunk of the readable side. */
async function inflateAsPdfjs(stream: DecompressionStreamLike, chunks: readonly unknown[]): Promise<Outcome> {
  const writer = stream.writable.getWriter() as WritableStreamDefaultWriter<unknown>;
  const writing = (async () => {
    for (const chunk of chunks) await writer.write(chunk);
    await writer.close();
  })().catch(() => undefined);
  const out: Uint8Array[] = [];
  try {
    for await (const chunk of stream.readable) out.push(chunk);
  } catch (error) {
    await writing;
    return { error: `${(error as Error).name}: ${(error as Error).message}`, code: (error as { code?: unknown }).code };
  }
  await writing;
  return { bytes: Buffer.concat(out).toString('base64') };
}

const platform = (format: string) => new DecompressionStream(format as 'deflate') as unknown as DecompressionStreamLike;
const ours = (format: string) => new SynchronousDecompressionStream(format) as unknown as DecompressionStreamLike;

// a plan's text, deflated: about the size of a page's content stream, what pdf.js inflates most
const plan = readFileSync('fixtures/plans/002-thanh-tra-dan-van-2025.txt');
const deflated = zlib.deflateSync(plan);

const cases: Record<string, { format: string; chunks: unknown[] }> = {
  'a whole stream': { format: 'deflate', chunks: [deflated] },
  'a stream written in pieces': { format: 'deflate', chunks: [deflated.subarray(0, 7), deflated.subarray(7, 500), deflated.subarray(500)] },
  'a stream with bytes after its end': { format: 'deflate', chunks: [Buffer.concat([deflated, Buffer.from('endstream')])] },
  'an empty payload': { format: 'deflate', chunks: [zlib.deflateSync(Buffer.alloc(0))] },
  'a truncated stream': { format: 'deflate', chunks: [deflated.subarray(0, deflated.length - 40)] },
  'a stream without its checksum': { format: 'deflate', chunks: [deflated.subarray(0, deflated.length - 4)] },
  'a damaged stream': { format: 'deflate', chunks: [Buffer.concat([deflated.subarray(0, 60), Buffer.alloc(16, 0xff), deflated.subarray(76)])] },
  'a bad header': { format: 'deflate', chunks: [Buffer.from('not a zlib stream')] },
  'no bytes at all': { format: 'deflate', chunks: [] },
  'an empty chunk': { format: 'deflate', chunks: [new Uint8Array(0)] },
  'raw deflate': { format: 'deflate-raw', chunks: [zlib.deflateRawSync(plan)] },
  gzip: { format: 'gzip', chunks: [zlib.gzipSync(plan)] },
  'a DataView chunk': { format: 'deflate', chunks: [new DataView(deflated.buffer, deflated.byteOffset, deflated.byteLength)] },
};

describe('SynchronousDecompressionStream', () => {
  it.each(Object.entries(cases))('inflates %s as the platform does', async (_name, { format, chunks }) => {
    const expected = await inflateAsPdfjs(platform(format), chunks);
    expect(await inflateAsPdfjs(ours(format), chunks)).toEqual(expected);
  });

  it('gives the plan back, byte for byte', async () => {
    expect(await inflateAsPdfjs(ours('deflate'), [deflated])).toEqual({ bytes: plan.toString('base64') });
  });

  it('refuses a format the platform does not have, with the platform error', () => {
    const refusal = (make: () => unknown) => {
      try {
        make();
      } catch (error) {
        return { name: (error as Error).name, message: (error as Error).message, code: (error as { code?: unknown }).code };
      }
      return null;
    };
    expect(refusal(() => ours('brotli'))).toEqual(refusal(() => platform('brotli')));
    expect(refusal(() => ours('brotli'))).not.toBeNull();
    expect(refusal(() => ours('toString'))).not.toBeNull();
  });

  it('works in a pipe', async () => {
    const inflated = await new Response(new Blob([deflated]).stream().pipeThrough(ours('deflate') as unknown as TransformStream<Uint8Array, Uint8Array>)).arrayBuffer();
    expect(Buffer.from(inflated).equals(plan)).toBe(true);
  });
});

describe("the bundled command line's pdf.js", () => {
  it('inflates with SynchronousDecompressionStream, and never with the global', () => {
    const bundle = readFileSync('dist/bundle/pdfjs.cjs', 'utf8');
    expect(bundle).toMatch(/new SynchronousDecompressionStream\(/u);
    expect(bundle).not.toMatch(/new DecompressionStream\(/u);
  });
});
