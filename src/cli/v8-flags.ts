/**
 * The V8 settings of a kh-parse process and of its batch workers. They change no result. They are
 * set before the command line's code is compiled: V8 accepts a code cache only from a process with
 * the same settings, so the build (scripts/bundle.js) writes the cache with these set too.
 */
import v8 from 'node:v8';

/**
 * - A parse runs some 500 regular expressions, most of them many times. V8 first compiles each to
 *   bytecode and compiles it again to machine code on its second run; compiling once, to machine
 *   code, takes a tenth off the time of a short run (and a cold start is slower with the two steps).
 * - A batch worker parses hundreds of files, and by default V8 lets a heap grow to several times
 *   what is alive before it collects: a large batch would take three times the memory of one file.
 *   Growing the heap by half at most keeps it flat at no measurable cost in time.
 * - By default V8 marks the heap for a full collection on helper threads, beside the thread that
 *   parses. In a batch the workers, and V8's optimizing compiler beside them, already keep the cores
 *   busy, and those helpers only take turns with them: marking on the parse's own thread (still a
 *   step at a time) took a fifth off the CPU a folder of 500 plans costs, and its time from 7.9–8.2 to
 *   6.7 s with 2 workers, from 14.3–15.5 to 10.2–10.4 s with one worker held to one core. V8 reads the
 *   setting at each collection; it is set here, as the process starts, before the first full one, and
 *   each batch worker's heap is made with it (test/cli/v8-flags.test.ts runs full collections so).
 */
export const KH_PARSE_V8_FLAGS = ['--no-regexp-tier-up', '--heap-growing-percent=50', '--no-concurrent-marking'] as const;

export function setV8Flags(): void {
  for (const flag of KH_PARSE_V8_FLAGS) v8.setFlagsFromString(flag);
}
