/**
 * Running headers and footers: the same text at the same place near the top or the bottom edge of
 * most pages (a title or an office's name in the footer, "Trang 2/6"). Digits are masked, so the
 * page number inside a running line does not make each page's line different. Such lines are
 * dropped from the text.
 */
import type { Fragment } from './line-fragments.js';

export interface PageFragments {
  fragments: readonly Fragment[];
  height: number;
}

/** share of the page height, from either edge, where running lines are looked for */
const BAND = 0.15;
/** how far (user space units) a running line may move from page to page */
const DRIFT = 3;

function keyOf(fragment: Fragment): string {
  return fragment.text.replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** Where a fragment sits: "top" or "bottom" and its distance from that edge; null in the body. */
function edgeOf(fragment: Fragment, height: number): { edge: 'top' | 'bottom'; distance: number } | null {
  if (fragment.y > height * (1 - BAND)) return { edge: 'top', distance: height - fragment.y };
  if (fragment.y < height * BAND) return { edge: 'bottom', distance: fragment.y };
  return null;
}

/**
 * The fragments that are running lines: on every page of a short document, on at least half of the
 * pages (and three of them) of a longer one — two documents bound in one PDF each have their own
 * header block, which must not be taken for a running header.
 */
export function runningLines(pages: readonly PageFragments[]): Set<Fragment> {
  const needed = pages.length <= 3 ? Math.max(2, pages.length) : Math.max(3, Math.ceil(pages.length / 2));
  const seen = new Map<string, { page: number; distance: number; fragment: Fragment }[]>();
  pages.forEach(({ fragments, height }, page) => {
    for (const fragment of fragments) {
      const at = edgeOf(fragment, height);
      const text = at ? keyOf(fragment) : '';
      if (!at || text === '') continue;
      const key = `${at.edge}:${text}`;
      const list = seen.get(key) ?? [];
      list.push({ page, distance: at.distance, fragment });
      seen.set(key, list);
    }
  });
  const running = new Set<Fragment>();
  for (const list of seen.values()) {
    for (const entry of list) {
      // the pages where the same text sits at (about) the same distance from the edge
      const pagesThere = new Set(list.filter((o) => Math.abs(o.distance - entry.distance) <= DRIFT).map((o) => o.page));
      if (pagesThere.size >= needed) running.add(entry.fragment);
    }
  }
  return running;
}
