import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPdfjs } from '../../src/extract/load-pdfjs.js';
import { readSource } from '../../src/extract/read-source.js';

// Taken when this file loads, before anything in it loads pdf.js (each test file runs in its own process).
const platform = {
  push: Array.prototype.push,
  stringify: JSON.stringify,
  parse: JSON.parse,
  toString: Function.prototype.toString,
};

describe('loading pdf.js', () => {
  it('leaves the built-ins its polyfills replace as they were, after a real PDF is read', async () => {
    const path = 'fixtures/plans/002-thanh-tra-dan-van-2025.pdf';
    const source = await readSource(new Uint8Array(readFileSync(path)), path);
    expect(source.format).toBe('pdf');
    expect(Array.prototype.push).toBe(platform.push);
    expect(JSON.stringify).toBe(platform.stringify);
    expect(JSON.parse).toBe(platform.parse);
    expect(Function.prototype.toString).toBe(platform.toString);
  });

  it('keeps what the polyfills add where Node 20 has nothing, and the in-thread worker', async () => {
    const pdfjs = await loadPdfjs();
    expect(typeof pdfjs.getDocument).toBe('function');
    expect(typeof (Promise as { withResolvers?: unknown }).withResolvers).toBe('function');
    expect((globalThis as { pdfjsWorker?: { WorkerMessageHandler?: unknown } }).pdfjsWorker?.WorkerMessageHandler).toBeDefined();
  });

  it('gives the same result to loads that overlap, and restores the built-ins once', async () => {
    const [a, b] = await Promise.all([loadPdfjs(), loadPdfjs()]);
    expect(a).toBe(b);
    expect(Array.prototype.push).toBe(platform.push);
    expect(JSON.stringify).toBe(platform.stringify);
  });
});
