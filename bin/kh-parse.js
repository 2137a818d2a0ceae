#!/usr/bin/env node
// Thin shim: all behaviour lives in src/cli/main.ts (compiled to dist/).
let main;
try {
  ({ main } = await import('../dist/cli/main.js'));
} catch (error) {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
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
