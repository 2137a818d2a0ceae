#!/usr/bin/env node
// Thin shim: all behaviour lives in src/cli/main.ts (compiled to dist/, and bundled with its
// dependencies into dist/bundle/cli.js by npm run build, so that it starts quickly).
import v8 from 'node:v8';

// V8 settings for this process and its worker threads (set before any of it runs; they change
// no result):
// - A parse runs some 500 regular expressions, most of them many times. V8 first compiles each
//   to bytecode and compiles it again to machine code on its second run; compiling once, to
//   machine code, takes a tenth off the time of a short run.
// - A batch worker parses hundreds of files, and by default V8 lets a heap grow to several times
//   what is alive before it collects: a large batch would take three times the memory of one
//   file. Growing the heap by half at most keeps it flat at no measurable cost in time.
v8.setFlagsFromString('--no-regexp-tier-up');
v8.setFlagsFromString('--heap-growing-percent=50');

let main;
try {
  ({ main } = await import('../dist/bundle/cli.js'));
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
