/**
 * The command line's code cache (src/cli/code-cached-script.ts): a script loads with or without
 * it, a cache made for another bundle or refused by V8 is never used, and the build writes caches
 * (the command line's, and the bundled pdf.js's) that a fresh kh-parse process accepts (the bundle's
 * V8 flags match the training run's). Each
 * load runs in a fresh process (the built module, dist/cli/code-cached-script.js): within one
 * process V8 reuses what it compiled before and never reads the cache.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { codeCacheFileOf } from '../../src/cli/code-cached-script.js';

const LOADER = pathToFileURL(path.resolve('dist/cli/code-cached-script.js')).href;

/** Loads `file` in a fresh process; with `write`, writes its cache afterwards. */
function loadFresh(file: string, options: { write?: boolean } = {}): { codeCache: string; described: string; file: string } {
  const program = `
    const { loadCodeCachedScript } = await import(${JSON.stringify(LOADER)});
    const loaded = loadCodeCachedScript(${JSON.stringify(file)});
    ${options.write ? 'loaded.writeCodeCache();' : ''}
    process.stdout.write(JSON.stringify({ codeCache: loaded.codeCache, described: loaded.exports.describe(['kế', 'hoạch']), file: loaded.exports.file }));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', program], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout);
}

function sampleScript(body = "exports.describe = (words) => words.map((w) => w.toUpperCase()).join(' '); exports.file = __filename;"): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kh-code-cache-'));
  const file = path.join(dir, 'sample.cjs');
  writeFileSync(file, body);
  return file;
}

describe('loadCodeCachedScript', () => {
  it('runs a CommonJS script without a cache, then with the cache it wrote', () => {
    const file = sampleScript();
    expect(loadFresh(file, { write: true })).toEqual({ codeCache: 'absent', described: 'KẾ HOẠCH', file });
    expect(loadFresh(file)).toEqual({ codeCache: 'accepted', described: 'KẾ HOẠCH', file });
  });

  it('does not use the cache of another bundle, even of the same length', () => {
    const file = sampleScript('exports.describe = () => "a";');
    loadFresh(file, { write: true });
    writeFileSync(file, 'exports.describe = () => "b";');
    expect(loadFresh(file)).toMatchObject({ codeCache: 'stale', described: 'b' });
  });

  it('falls back to compiling when V8 refuses the cached code', () => {
    const file = sampleScript();
    loadFresh(file, { write: true });
    const cache = readFileSync(codeCacheFileOf(file));
    cache.fill(0x5a, 32 + 8);
    writeFileSync(codeCacheFileOf(file), cache);
    expect(loadFresh(file)).toMatchObject({ codeCache: 'rejected', described: 'KẾ HOẠCH' });
  });
});
describe('the built command line', () => {
  it('is loaded through the code cache the build wrote', () => {
    const entry = pathToFileURL(path.resolve('dist/bundle/cli.js')).href;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', `const { codeCache } = await import(${JSON.stringify(entry)}); process.stdout.write(codeCache);`], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('accepted');
  });

  it('starts its batch workers from the same bundle and code cache, and they parse', () => {
    // the command line sets the V8 flags, then its pool starts dist/bundle/parse-worker.js
    const flags = pathToFileURL(path.resolve('dist/cli/v8-flags.js')).href;
    const worker = path.resolve('dist/bundle/parse-worker.js');
    const plan = path.resolve('fixtures/plans/002-thanh-tra-dan-van-2025.txt');
    const program = `
      import { Worker } from 'node:worker_threads';
      const { setV8Flags } = await import(${JSON.stringify(flags)});
      setV8Flags();
      const worker = new Worker(${JSON.stringify(worker)}, { execArgv: [] });
      const out = {};
      worker.on('message', (message) => {
        if (message.ready) {
          out.ready = message;
          worker.postMessage({ id: 1, path: ${JSON.stringify(plan)}, bytes: null, limits: { maxBytes: 1e8, maxPages: 500 }, ocr: { mode: 'off', engine: 'auto', workers: 1 }, pretty: false });
        } else {
          out.result = { ok: message.ok, title: message.ok ? JSON.parse(message.json).document.title : message.error };
          process.stdout.write(JSON.stringify(out));
          void worker.terminate();
        }
      });`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', program], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ ready: { ready: true, codeCache: 'accepted' }, result: { ok: true } });
    expect(JSON.parse(result.stdout).result.title).toMatch(/dân vận/iu);
  });

  it("reads PDFs with the bundled pdf.js, through its own code cache, puts back the built-ins its polyfills replace, and leaves Node's fetch implementation unbuilt", () => {
    // the command line's bundle has no pdf.js of its own: it evaluates dist/bundle/pdfjs.cjs
    expect(readFileSync('dist/bundle/cli-main.cjs', 'utf8')).not.toMatch(/require\("pdfjs-dist/u);
    const entry = pathToFileURL(path.resolve('dist/bundle/cli.js')).href;
    const loader = pathToFileURL(path.resolve('dist/cli/code-cached-script.js')).href;
    const plan = path.resolve('fixtures/plans/002-thanh-tra-dan-van-2025.pdf');
    const program = `
      const platform = [JSON.parse, JSON.stringify, Array.prototype.push, Function.prototype.toString];
      const { main } = await import(${JSON.stringify(entry)});
      let out = '';
      const code = await main([${JSON.stringify(plan)}], { stdout: { write: (text) => { out += text; return true; }, on: () => undefined, isTTY: false }, stderr: process.stderr, stdin: process.stdin, env: {} });
      const restored = [JSON.parse, JSON.stringify, Array.prototype.push, Function.prototype.toString].every((f, i) => f === platform[i]);
      // a second load of the same bundle in this process would find the code V8 compiled already
      // and not read the cache: the cache's use is checked in a process of its own below
      // undici, built when anything first reads the global Response (src/cli/response-on-demand.ts)
      const fetch = process.moduleLoadList.some((name) => name.includes('undici'));
      process.stdout.write(JSON.stringify({ code, restored, pages: JSON.parse(out).source.pages, worker: typeof globalThis.pdfjsWorker?.WorkerMessageHandler, fetch }));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', program], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ code: 0, restored: true, pages: 6, worker: 'function', fetch: false });

    const flags = pathToFileURL(path.resolve('dist/cli/v8-flags.js')).href;
    const probe = `
      const { setV8Flags } = await import(${JSON.stringify(flags)});
      setV8Flags();
      const { loadCodeCachedScript } = await import(${JSON.stringify(loader)});
      const loaded = loadCodeCachedScript(${JSON.stringify(path.resolve('dist/bundle/pdfjs.cjs'))});
      process.stdout.write(JSON.stringify({ codeCache: loaded.codeCache, api: loaded.exports.getDocument === globalThis.pdfjsLib.getDocument }));`;
    const cached = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
    expect(cached.stderr).toBe('');
    expect(JSON.parse(cached.stdout)).toEqual({ codeCache: 'accepted', api: true });
  });

  it('a build that did not finish (no bundled command line beside the entry): the shim says to build, exit 2', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kh-half-built-'));
    cpSync('bin/kh-parse.js', path.join(dir, 'bin/kh-parse.js'));
    cpSync('dist/bundle/cli.js', path.join(dir, 'dist/bundle/cli.js'));
    const result = spawnSync(process.execPath, [path.join(dir, 'bin/kh-parse.js'), 'plan.txt'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('kh-parse: the package is not built (run `npm install` or `npm run build` in its folder)\n');
  });
});
