/**
 * Loads a CommonJS bundle through V8's code cache. Compiling the command line's 600 KB bundle, and
 * the functions of its first parse, was a fifth of a cold start (some 50 ms), and pdf.js's 2.4 MB
 * bundle a sixth of a PDF's; with a code cache written by the build after a training run
 * (scripts/bundle.js, scripts/write-code-cache.js), V8 reads the compiled code instead.
 *
 * The cache file starts with the SHA-256 of the bundle it was made from: V8 itself checks only the
 * source's length, the V8 version and its flags, so a cache is used only with the exact bundle it
 * was written for. A missing, stale or rejected cache costs time, never correctness: the bundle is
 * then compiled as usual.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

/** What became of the cache: used, not there, made for another bundle, or refused by V8 (another Node or other flags). */
export type CodeCacheUse = 'accepted' | 'absent' | 'stale' | 'rejected';

export interface CodeCachedScript<Exports> {
  exports: Exports;
  codeCache: CodeCacheUse;
  /** Writes the cache of everything compiled so far (the build calls it after a training run). */
  writeCodeCache(): void;
}

const HASH_BYTES = 32;

/** The cache written beside a bundle. */
export function codeCacheFileOf(bundleFile: string): string {
  return `${bundleFile}.code-cache`;
}

function readCache(cacheFile: string, sourceHash: Buffer): { data?: Buffer; use: CodeCacheUse } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(cacheFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { use: 'absent' };
    throw error;
  }
  if (bytes.length <= HASH_BYTES || !bytes.subarray(0, HASH_BYTES).equals(sourceHash)) return { use: 'stale' };
  return { data: bytes.subarray(HASH_BYTES), use: 'accepted' };
}

/** Runs `bundleFile` (CommonJS) as `require` would, with its code cache when it has a usable one. */
export function loadCodeCachedScript<Exports>(bundleFile: string): CodeCachedScript<Exports> {
  // hashed as read: hashing the decoded text would encode it to UTF-8 again
  const bytes = readFileSync(bundleFile);
  const sourceHash = createHash('sha256').update(bytes).digest();
  const source = bytes.toString('utf8');
  const cacheFile = codeCacheFileOf(bundleFile);
  const cache = readCache(cacheFile, sourceHash);
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundleFile,
    cachedData: cache.data,
  });
  const module = { exports: {} as Exports };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(bundleFile), module, bundleFile, path.dirname(bundleFile));
  return {
    exports: module.exports,
    codeCache: cache.use === 'accepted' && script.cachedDataRejected === true ? 'rejected' : cache.use,
    writeCodeCache: () => writeFileSync(cacheFile, Buffer.concat([sourceHash, script.createCachedData()])),
  };
}
