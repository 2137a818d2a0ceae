#!/usr/bin/env node
// Runs the kh-parse CLI with the given arguments in this process and prints its peak resident
// memory (worker threads included) to stderr as "maxRSS <KiB>". Used by scripts/bench.js.
process.on('exit', () => {
  process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\n`);
});
await import('../bin/kh-parse.js');
