/**
 * Text stamped into a line after the page was drawn: the e-office system prints a signed copy's
 * number and date (`Số: 1050 /QĐ-SCT`, `ngày 06 tháng 3`) into the blanks left for them, and those
 * items come last in the content stream, far from their line. Such an item is moved into the line
 * whose blank it fills, so the line reads as it is printed.
 */
import type { PdfTextItem } from './pdf-text-item.js';

/** how far (share of the font size) an item may stick out of the blank, or sit off the baseline */
const FIT = 0.25;
const BASELINE = 0.5;

const isBlank = (item: PdfTextItem) => item.str.trim() === '';
const sizeOf = (item: PdfTextItem) => Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || item.height || 1;
const xOf = (item: PdfTextItem) => item.transform[4] ?? 0;
const yOf = (item: PdfTextItem) => item.transform[5] ?? 0;

/** A blank between two neighbouring words of one line, by the words' indices. */
interface Blank {
  left: number;
  right: number;
}

/** The blanks of every line, by baseline rounded to whole units (to look them up near a stamp). */
function blanksByBaseline(items: readonly PdfTextItem[]): Map<number, Blank[]> {
  const byBaseline = new Map<number, Blank[]>();
  let left = -1;
  items.forEach((item, i) => {
    if (isBlank(item)) return;
    if (left >= 0 && i > left + 1) {
      const a = items[left]!;
      if (Math.abs(yOf(item) - yOf(a)) <= BASELINE * sizeOf(a) && xOf(item) > xOf(a) + a.width) {
        const key = Math.round(yOf(a));
        const line = byBaseline.get(key) ?? [];
        line.push({ left, right: i });
        byBaseline.set(key, line);
      }
    }
    left = i;
  });
  return byBaseline;
}

/**
 * The blank `stamp` (at `index`) was stamped into: an earlier blank on its baseline that it fits,
 * if the text went on to other lines before the stamp came (a word that merely follows its line is
 * no stamp).
 */
function blankFor(items: readonly PdfTextItem[], index: number, blanks: ReadonlyMap<number, Blank[]>): Blank | null {
  const stamp = items[index]!;
  const size = sizeOf(stamp);
  const [x, xEnd, y] = [xOf(stamp), xOf(stamp) + stamp.width, yOf(stamp)];
  const onBaseline = (item: PdfTextItem) => Math.abs(yOf(item) - y) <= BASELINE * size;
  for (let key = Math.floor(y - BASELINE * size); key <= Math.ceil(y + BASELINE * size); key += 1) {
    for (const blank of blanks.get(key) ?? []) {
      const a = items[blank.left]!;
      const c = items[blank.right]!;
      if (blank.right >= index - 1 || !onBaseline(a) || xOf(a) + a.width > x + FIT * size || xEnd > xOf(c) + FIT * size) continue;
      if (items.slice(blank.right + 1, index).some((item) => !isBlank(item) && !onBaseline(item))) return blank;
    }
  }
  return null;
}

function blankAt(item: PdfTextItem, from: number, to: number): PdfTextItem {
  return { ...item, str: ' ', transform: [...item.transform.slice(0, 4), from, item.transform[5] ?? 0], width: Math.max(0, to - from) };
}

export function placeStampedText(page: readonly PdfTextItem[]): PdfTextItem[] {
  const items = [...page];
  let blanks = blanksByBaseline(items);
  // stamps come after everything else: look at the words from the end, moving each one that fits
  for (let index = items.length - 1; index > 0; index -= 1) {
    if (isBlank(items[index]!)) continue;
    const blank = blankFor(items, index, blanks);
    if (!blank) continue;
    const stamp = items[index]!;
    const left = items[blank.left]!;
    const right = items[blank.right]!;
    const space = items[blank.left + 1]!;
    // the blank left for the stamp becomes two: before it and after it
    const filled = [blankAt(space, xOf(left) + left.width, xOf(stamp)), stamp, blankAt(space, xOf(stamp) + stamp.width, xOf(right))];
    const replaced = blank.right - blank.left - 1;
    items.splice(index, 1);
    items.splice(blank.left + 1, replaced, ...filled);
    blanks = blanksByBaseline(items);
    // the items between the blank and the stamp moved by this much: go on from the one before it
    index += filled.length - replaced;
  }
  return items;
}
