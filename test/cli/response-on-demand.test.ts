/**
 * The Response that the bundled command line gives pdf.js (src/cli/response-on-demand.ts): it makes
 * the platform's Response when pdf.js makes one, answers `instanceof` as the platform's would, and
 * leaves Node's fetch implementation unbuilt until then.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ResponseOnDemand } from '../../src/cli/response-on-demand.js';

describe('ResponseOnDemand', () => {
  it("makes the platform's Response, as pdf.js makes one when it compresses a stream", async () => {
    const stream = new Blob([new Uint8Array([1, 2, 3])]).stream();
    const response = new ResponseOnDemand(stream) as unknown as Response;
    expect(response).toBeInstanceOf(globalThis.Response);
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it("answers instanceof as the platform's Response", () => {
    expect(new globalThis.Response('') instanceof ResponseOnDemand).toBe(true);
    expect(new ArrayBuffer(8) instanceof ResponseOnDemand).toBe(false);
    expect((null as unknown) instanceof ResponseOnDemand).toBe(false);
  });

  it("leaves Node's fetch implementation unbuilt when pdf.js only looks at it", () => {
    // pdf.js's first read of Response as it loads: whether Response.prototype.bytes is a function
    const module = pathToFileURL(path.resolve('dist/cli/response-on-demand.js')).href;
    const program = `
      const { Response } = await import(${JSON.stringify(module)});
      const looked = typeof Response.prototype.bytes;
      const built = () => process.moduleLoadList.some((name) => name.includes('undici'));
      const before = built();
      new Response('');
      process.stdout.write(JSON.stringify({ looked, before, after: built() }));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', program], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ looked: 'undefined', before: false, after: true });
  });
});
