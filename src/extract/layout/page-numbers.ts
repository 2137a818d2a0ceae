/**
 * Page numbers: a number alone ("2", "- 2 -", "Trang 2", "2/6") at the top or bottom edge of the
 * page. They are dropped from the text; every line keeps its page anyway.
 */
import type { Fragment } from './line-fragments.js';

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:trang\s+)?\d{1,4}(?:\s*[-–—])?(?:\s*\/\s*\d{1,4})?$/iu;

/** share of the page height, from the top and from the bottom, where page numbers are looked for */
const EDGE = 0.12;

export function isPageNumber(fragment: Fragment, pageHeight: number): boolean {
  const atEdge = fragment.y > pageHeight * (1 - EDGE) || fragment.y < pageHeight * EDGE;
  return atEdge && PAGE_NUMBER.test(fragment.text.trim());
}
