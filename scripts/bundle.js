#!/usr/bin/env node
// Bundles the command line and the batch worker (each with its dependencies but pdf.js and
// tesseract.js, which are only loaded for the inputs that need them) into dist/bundle/, so that
// starting kh-parse reads two files instead of some two hundred modules. Runs after tsc, on its
// output (npm run build does both). The library (dist/index.js) is not bundled.
import { build } from 'esbuild';
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

await build({
  absWorkingDir: root,
  entryPoints: { cli: 'dist/cli/main.js', 'parse-worker': 'dist/batch/parse-worker.js' },
  outdir: 'dist/bundle',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['pdfjs-dist', 'tesseract.js', '@tesseract.js-data/*'],
  // commander is CommonJS: its require() of Node's modules needs a require in an ES module
  banner: { js: "import { createRequire as __khCreateRequire } from 'node:module'; const require = __khCreateRequire(import.meta.url);" },
  plugins: [withoutZodLocales],
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
