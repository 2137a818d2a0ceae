/**
 * Shell-style globs for inputs such as `plans/**\/*.pdf` (for shells that do not expand them,
 * and for Windows users): `**` any folders, `*` any name part, `?` one character, `{a,b}`
 * alternatives, `[…]` character classes. Matching is on `/`-separated relative paths.
 */

export function hasGlob(text: string): boolean {
  return /[*?[{]/u.test(text);
}

/** The folder to walk (the part before the first glob character) and the rest as a pattern. */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const parts = pattern.split(/[\\/]/u);
  const firstGlob = parts.findIndex(hasGlob);
  const baseParts = firstGlob < 0 ? parts : parts.slice(0, firstGlob);
  const base = baseParts.join('/') || (pattern.startsWith('/') ? '/' : '.');
  return { base, rest: firstGlob < 0 ? '' : parts.slice(firstGlob).join('/') };
}

/** A RegExp matching relative paths against a glob. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  let inClass = false;
  let braces = 0;
  for (let i = 0; i < glob.length; i += 1) {
    const ch = glob[i]!;
    if (inClass) {
      source += ch === '\\' ? '\\\\' : ch;
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '*' && glob[i + 1] === '*') {
      // "**/" matches zero or more folders
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else if (ch === '[') {
      inClass = true;
      source += glob[i + 1] === '!' ? '[^' : '[';
      if (glob[i + 1] === '!') i += 1;
    } else if (ch === '{') {
      braces += 1;
      source += '(?:';
    } else if (ch === '}' && braces > 0) {
      braces -= 1;
      source += ')';
    } else if (ch === ',' && braces > 0) source += '|';
    else source += ch.replace(/[.+^$()|\\]/u, '\\$&');
  }
  return new RegExp(`^${source}$`, 'u');
}
