#!/usr/bin/env node
// Runs the kh-parse CLI with the given arguments in this process and prints its peak resident
// memory to stderr as "maxRSS <KiB>", and the CPU time of all its threads (the batch workers, and
// V8's compiler and garbage-collector threads) as "cpuMs <ms>". Used by scripts/bench.js.
process.on('exit', () => {
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  process.stderr.write(`maxRSS ${maxRSS}\ncpuMs ${Math.round((userCPUTime + systemCPUTime) / 1000)}\n`);
});
await import('../bin/kh-parse.js');
