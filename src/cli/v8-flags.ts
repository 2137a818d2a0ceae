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
 */
export const KH_PARSE_V8_FLAGS = ['--no-regexp-tier-up', '--heap-growing-percent=50'] as const;

export function setV8Flags(): void {
  for (const flag of KH_PARSE_V8_FLAGS) v8.setFlagsFromString(flag);
}
