/**
 * The standard Macintosh glyph order (the 258 names of a `post` table, format 1), which TrueType
 * fonts from Microsoft, Monotype and most others follow at least for printable ASCII: glyph 3 is
 * the space, glyph 36 `A`, glyph 68 `a` — each ASCII character's code minus 29. Past ASCII the
 * fonts differ (Times New Roman drops two of the Mac glyphs), so only this stretch is used, and only
 * when the font's own evidence does not contradict it.
 */

const FIRST = 3;
const LAST = 97;
const OFFSET = 29;

/** The ASCII character at `glyph` in the standard order, or null outside it. */
export function standardOrderText(glyph: number): string | null {
  return glyph >= FIRST && glyph <= LAST ? String.fromCharCode(glyph + OFFSET) : null;
}

/**
 * Whether the known characters of a font agree with the standard order: no known glyph in the
 * ASCII stretch says otherwise, and at least `minAgreeing` confirm it.
 */
export function followsStandardOrder(known: ReadonlyMap<number, string>, minAgreeing: number): boolean {
  let agreeing = 0;
  for (const [glyph, text] of known) {
    const expected = standardOrderText(glyph);
    if (expected === null) continue;
    if (expected !== text) return false;
    agreeing += 1;
  }
  return agreeing >= minAgreeing;
}

/** Every glyph id of the ASCII stretch with its character. */
export function standardOrderEntries(): [number, string][] {
  const entries: [number, string][] = [];
  for (let glyph = FIRST; glyph <= LAST; glyph += 1) entries.push([glyph, String.fromCharCode(glyph + OFFSET)]);
  return entries;
}
