#!/usr/bin/env node
// Writes dist/bundle/cli-main.cjs.code-cache and dist/bundle/pdfjs.cjs.code-cache (run by
// scripts/bundle.js, in a process of its own): loads the bundled command line as bin/kh-parse.js does,
// and the bundled pdf.js, parses the bundled plans with them (output discarded), so that V8 compiles
// the functions a parse runs (it compiles the rest only when first called), then writes the caches
// of that code; regular expressions are not cached, V8 compiles them
// again in each process. A machine without the fixtures (a package installed from the registry) still
// gets the cache of the bundle's top level.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { main, writeCodeCache } = await import('../dist/bundle/cli.js');
const { loadCodeCachedScript } = await import('../dist/cli/code-cached-script.js');
// pdf.js's bundle is loaded here, before the plans, so that its cache can be written from this handle;
// the command line then finds the globals it sets and uses them (built-ins stay as its polyfills left
// them in this process, which changes nothing that V8 compiles)
const pdfjs = loadCodeCachedScript(path.join(root, 'dist/bundle/pdfjs.cjs'));
const plans = path.join(root, 'fixtures/plans');
let inputs = [];
try {
  inputs = readdirSync(plans).filter((name) => /\.(?:txt|pdf)$/u.test(name)).sort().map((name) => path.join(plans, name));
} catch (error) {
  if (error.code !== 'ENOENT') throw error;
}
const discard = { write: () => true, on: () => undefined, isTTY: false };
for (const input of inputs) {
  const code = await main([input], { stdout: discard, stderr: discard, stdin: process.stdin, env: {} });
  if (code !== 0) throw new Error(`kh-parse ${input} exited ${code} while writing the code cache`);
}
writeCodeCache();
pdfjs.writeCodeCache();
