/**
 * Letters drawn as one outline that another letter's outline is part of: `ơ` and `ư` are `o` and
 * `u` with a horn, `đ` and `Đ` are `d` and `D` with a stroke. Fonts draw them as single glyphs,
 * not composites, so they are found by their ink: all of the plain letter's ink, plus a little more.
 * The other way round, the dotless `ı` that accented i's are built on is all of an `i` but its dot.
 */
import { ATTACHED_PART_LETTERS, DOTLESS_LETTERS } from './combining-marks.js';
import { containment, type Shape } from './glyph-shape.js';

export interface KnownLetter {
  text: string;
  shape: Shape;
}

/** share of the plain letter's ink the candidate must cover */
const MIN_COVERED = 0.9;
/** the attached part adds ink (a horn or a stroke about a tenth), much less than a stem or a bowl */
const MIN_ADDED = 0.03;
const MAX_ADDED = 0.3;

/** Letters the others are compared with: o, u, d and their capitals, i and j. */
export function isPlainPartLetter(text: string): boolean {
  return ATTACHED_PART_LETTERS.has(text) || DOTLESS_LETTERS.has(text);
}

/** a letter with its part is about as wide and tall as the plain letter, or somewhat more */
const MIN_GROWTH = 0.9;
const MAX_GROWTH = 1.6;

/** Whether `outer` is sized like `inner` with something attached — checked before any ink is compared. */
function sizedToHold(inner: Shape, outer: Shape): boolean {
  const width = (s: Shape) => s.box.xMax - s.box.xMin;
  const height = (s: Shape) => s.box.yMax - s.box.yMin;
  const grows = (a: number, b: number) => b >= MIN_GROWTH * a && b <= MAX_GROWTH * a;
  return grows(width(inner), width(outer)) && grows(height(inner), height(outer));
}

const isPart = ({ covered, added }: { covered: number; added: number }) => covered >= MIN_COVERED && added >= MIN_ADDED && added <= MAX_ADDED;

/** The letter `shape` is, if it is one of the plain letters with (or i, j without) a part; else null. */
export function attachedPartLetter(shape: Shape, letters: readonly KnownLetter[], unitsPerEm: number): string | null {
  // the closest fit: the plain letter that leaves the least ink unexplained
  let best: { text: string; added: number } | null = null;
  for (const letter of letters) {
    const withPart = ATTACHED_PART_LETTERS.get(letter.text);
    const text = withPart ?? DOTLESS_LETTERS.get(letter.text);
    if (text === undefined) continue;
    // o is inside ơ; ı is inside i
    const [inner, outer] = withPart !== undefined ? [letter.shape, shape] : [shape, letter.shape];
    if (!sizedToHold(inner, outer)) continue;
    const fit = containment(inner, outer, unitsPerEm);
    if (isPart(fit) && (!best || fit.added < best.added)) best = { text, added: fit.added };
  }
  return best?.text ?? null;
}
