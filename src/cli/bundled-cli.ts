/**
 * The entry of dist/bundle/cli.js, which bin/kh-parse.js imports; meaningful only there, beside
 * the bundled command line (cli-main.cjs) that scripts/bundle.js writes. It sets the V8 flags, then
 * loads the command line through its code cache.
 */
import { fileURLToPath } from 'node:url';
import { loadCodeCachedScript } from './code-cached-script.js';
import type * as Bundle from './bundle-entry.js';
import { setV8Flags } from './v8-flags.js';

setV8Flags();
const commandLine = loadCodeCachedScript<typeof Bundle>(fileURLToPath(new URL('./cli-main.cjs', import.meta.url)));

export const { main } = commandLine.exports;
/** Whether the code cache was used (tests and the bench read it). */
export const codeCache = commandLine.codeCache;
/** Writes the code cache after a training run (scripts/bundle.js). */
export const writeCodeCache = commandLine.writeCodeCache;
