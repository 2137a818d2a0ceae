#!/usr/bin/env node
// Bundles the command line and its batch workers' loop (with their dependencies but pdf.js and
// tesseract.js, which are only loaded for the inputs that need them) into dist/bundle/cli-main.cjs, so
// that starting kh-parse, or a batch worker, reads a few files instead of some two hundred modules;
// bundles pdf.js into dist/bundle/pdfjs.cjs, which the command line loads on its first PDF; writes the
// V8 code cache of both; and builds the two small entries that load the command line through its
// cache: cli.js (imported by bin/kh-parse.js) and parse-worker.js (started by the batch pool beside it). Runs after
// tsc, on its output (npm run build does both). The library (dist/index.js) is not bundled.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * zod's `z` namespace re-exports the messages of every language zod ships (z.locales, a quarter
 * of the bundle), which kh-parse never uses: zod sets its English messages from their own module.
 */
const withoutZodLocales = {
  name: 'without-zod-locales',
  setup(plugin) {
    // (esbuild filters are Go regular expressions: no flags)
    plugin.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](?:classic[\\/]external|core[\\/]index)\.js$/u.test(args.importer) ? { path: 'zod-locales', namespace: 'without-zod-locales' } : undefined,
    );
    plugin.onLoad({ filter: /.*/, namespace: 'without-zod-locales' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

/**
 * In the bundled command line, pdf.js is evaluated from dist/bundle/pdfjs.cjs through its code cache
 * (src/cli/bundled-pdfjs-modules.ts) in place of pdfjs-dist's ES modules (src/extract/pdfjs-modules.ts).
 */
const bundledPdfjs = {
  name: 'bundled-pdfjs',
  setup(plugin) {
    plugin.onResolve({ filter: /^\.\/pdfjs-modules\.js$/ }, (args) =>
      /[\\/]dist[\\/]extract[\\/]load-pdfjs\.js$/u.test(args.importer) ? { path: path.join(root, 'dist/cli/bundled-pdfjs-modules.js') } : undefined,
    );
  },
};

/**
 * commander requires node:child_process when it loads, for subcommands that are executables of their
 * own (kh-parse has none): some 9 ms of each start (it brings net, dgram and streams). It gets the
 * module when it first spawns instead.
 */
const lazyChildProcessForCommander = {
  name: 'lazy-child-process-for-commander',
  setup(plugin) {
    plugin.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/u.test(args.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined,
    );
    plugin.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "exports.spawn = (...args) => require('node:child_process').spawn(...args);",
      loader: 'js',
    }));
  },
};

const common = {
  absWorkingDir: root,
  outdir: 'dist/bundle',
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: ['pdfjs-dist', 'tesseract.js', '@tesseract.js-data/*'],
  plugins: [withoutZodLocales],
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
};

/**
 * A CommonJS script that kh-parse runs through V8's code cache (src/cli/code-cached-script.ts), which
 * Node 20 offers for scripts (vm.Script), not for ES modules. Its `import()`s become `require()` (Node
 * >= 20.19 requires ES modules), since a script read from a code cache loses its dynamic-import
 * callback; `import.meta.url` is the script's own URL.
 */
const codeCachedScript = {
  ...common,
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__khImportMetaUrl' },
  banner: { js: "const __khImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

// The command line: dist/bundle/cli.js (the entry, src/cli/bundled-cli.ts) runs it.
await build({
  ...codeCachedScript,
  plugins: [...common.plugins, bundledPdfjs, lazyChildProcessForCommander],
  entryPoints: { 'cli-main': 'dist/cli/bundle-entry.js' },
});

// pdf.js and its worker module, as one script that the command line evaluates when it meets a PDF
// (src/cli/bundled-pdfjs-modules.ts). @napi-rs/canvas, a native addon that pdf.js requires for
// rendering (OCR), stays in node_modules. Two globals pdf.js uses are kh-parse's in this bundle, and
// only here (esbuild puts them in place of the globals): `DecompressionStream`, a synchronous one
// (src/cli/synchronous-decompression-stream.ts), and `Response`, a stand-in that leaves Node's fetch
// implementation unbuilt until pdf.js makes a Response (src/cli/response-on-demand.ts).
await build({
  ...codeCachedScript,
  entryPoints: { pdfjs: 'dist/cli/pdfjs-bundle-entry.js' },
  external: ['@napi-rs/canvas'],
  inject: ['dist/cli/synchronous-decompression-stream.js', 'dist/cli/response-on-demand.js'],
});

// The entries, as ES modules: each loads cli-main.cjs through the code cache (src/cli/bundled-cli.ts,
// src/cli/bundled-parse-worker.ts)
await build({
  ...common,
  entryPoints: { cli: 'dist/cli/bundled-cli.js', 'parse-worker': 'dist/cli/bundled-parse-worker.js' },
  format: 'esm',
});

// The code cache: a fresh process (with kh-parse's V8 flags, which the cache must match) parses
// the bundled plans, then writes what V8 compiled for them.
const training = spawnSync(process.execPath, [path.join(root, 'scripts/write-code-cache.js')], { stdio: 'inherit' });
if (training.status !== 0) throw new Error('scripts/write-code-cache.js failed: the command line in dist/bundle does not run');
