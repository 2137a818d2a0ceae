/**
 * What main() hands to each command module: the streams, colours, the reporter and a way to set
 * the exit code. A command registers itself on the program and never exits the process.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { colorLevel, reporter, type CliIo, type Reporter } from './cli-io.js';

export interface CommandContext {
  io: CliIo;
  /** where commander writes help and errors */
  outputConfig: { writeOut(s: string): void; writeErr(s: string): void };
  chalkFor(color: boolean): ChalkInstance;
  reporterFor(color: boolean, quiet: boolean): Reporter;
  /** raise the exit code (it only goes up: 0 → 1 → 2) */
  exitWith(code: number): void;
}

export function createCommandContext(io: CliIo, exitWith: (code: number) => void): CommandContext {
  const chalkFor = (color: boolean) => new Chalk({ level: colorLevel(io, color) });
  return {
    io,
    outputConfig: { writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) },
    chalkFor,
    reporterFor: (color, quiet) => reporter(io, chalkFor(color), quiet),
    exitWith,
  };
}
