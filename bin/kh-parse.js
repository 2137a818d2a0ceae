#!/usr/bin/env node
// Thin shim: all behaviour lives in src/cli/main.ts (compiled to dist/, and bundled with its
// dependencies into dist/bundle/ by npm run build, so that it starts quickly). dist/bundle/cli.js
// sets kh-parse's V8 flags (src/cli/v8-flags.ts) and loads the command line through its code cache.
let main;
try {
  ({ main } = await import('../dist/bundle/cli.js'));
} catch (error) {
  // dist/bundle/cli.js missing, or the command line it loads (a build that did not finish)
  if (error && (error.code === 'ERR_MODULE_NOT_FOUND' || error.code === 'ENOENT') && String(error.message).includes('dist')) {
    process.stderr.write('kh-parse: the package is not built (run `npm install` or `npm run build` in its folder)\n');
    process.exit(2);
  }
  throw error;
}
process.stdout.on('error', (error) => {
  // `kh-parse … | head` closes the pipe early: that is not an error
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
