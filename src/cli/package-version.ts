/**
 * The version of kh-parse, from its package.json. The path is relative to this module, which sits
 * two folders below the package (src/cli/, dist/cli/) exactly as the bundled command line does
 * (dist/bundle/cli.js, where every module's `import.meta.url` is the bundle's).
 */
import { readFileSync } from 'node:fs';

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
