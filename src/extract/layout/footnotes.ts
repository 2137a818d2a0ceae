/**
 * Footnotes of a page and the marks that point to them. The footnote area is the small-font text
 * below every body line, opened by a label: a raised number (Word, LibreOffice), "(1)", "1 " or
 * "*". A page whose footnote area opens without a label continues the previous page's last
 * footnote. Labels are written "(n) " and the raised numbers in the body that match a label of the
 * page are written "(n)", the form plain-text plans use ("văn bản(1)"), so the later stages find
 * marks and footnotes the same way in every input. Raised numbers that match no footnote (m2) are
 * left as they are.
 */
import type { Fragment } from './line-fragments.js';

/** smaller than this share of the body size, text below the body is footnote text */
const SMALL = 0.85;

const PARENTHESIZED = /^\((\d{1,3})\)\s*/u;
const PLAIN = /^(\d{1,3})[).]?\s+/u;
const SYMBOL = /^[*†‡]/u;
const MARK = /^\(?(\d{1,3})\)?$/u;

export interface PageFootnotes {
  /** per fragment of the page: its text, labels and marks rewritten */
  texts: string[];
  /** per fragment: is it in the footnote area */
  inFootnotes: boolean[];
  /** the font size of the footnote area, null when the page has none */
  footnoteSize: number | null;
}

/**
 * The label of a footnote line and the text after it, or null. A plain number ("12 tháng …" could
 * be a wrapped line) is a label only when it is the one expected next (`after` + 1) or opens the area.
 */
function labelOf(fragment: Fragment, after: number | null): { label: string; rest: string } | null {
  const first = fragment.raised[0];
  if (first && fragment.text.slice(0, first.start).trim() === '') {
    const m = MARK.exec(fragment.text.slice(first.start, first.end).trim());
    if (m) return { label: m[1]!, rest: fragment.text.slice(first.end).trimStart() };
  }
  const m = PARENTHESIZED.exec(fragment.text);
  if (m) return { label: m[1]!, rest: fragment.text.slice(m[0].length) };
  const plain = PLAIN.exec(fragment.text);
  if (plain && (after === null || Number(plain[1]) === after + 1)) return { label: plain[1]!, rest: fragment.text.slice(plain[0].length) };
  return SYMBOL.test(fragment.text) ? { label: '', rest: fragment.text } : null;
}

/** The text with its raised numbers that are footnote labels written "(n)". */
function withMarks(fragment: Fragment, labels: ReadonlySet<string>): string {
  let text = fragment.text;
  // from the end, so the earlier ranges keep their offsets
  for (const span of [...fragment.raised].reverse()) {
    const m = MARK.exec(text.slice(span.start, span.end).trim());
    if (!m || !labels.has(m[1]!)) continue;
    text = `${text.slice(0, span.start).trimEnd()}(${m[1]})${text.slice(span.end)}`;
  }
  return text;
}

/**
 * The footnotes of a page. `lowestBody` is the lowest baseline of the page's other content (tables);
 * `continuedSize` is the font size of the previous page's footnote area, if it had one.
 */
export function pageFootnotes(fragments: readonly Fragment[], bodySize: number, lowestBody: number, continuedSize: number | null): PageFootnotes {
  const small = (f: Fragment) => f.fontSize <= bodySize * SMALL;
  const bottom = Math.min(lowestBody, ...fragments.filter((f) => !small(f)).map((f) => f.y));
  // the area's lines from the top down, each with the label it opens
  const area = fragments
    .map((fragment, index) => ({ fragment, index }))
    .filter(({ fragment }) => small(fragment) && fragment.y < bottom)
    .sort((a, b) => b.fragment.y - a.fragment.y || a.fragment.x - b.fragment.x);
  const top = area[0]?.fragment;
  const continues = top !== undefined && continuedSize !== null && Math.abs(top.fontSize - continuedSize) <= 0.5;
  const texts = fragments.map((f) => f.text);
  const inFootnotes = fragments.map(() => false);
  const labels = new Set<string>();
  let opened = continues;
  let last: number | null = null;
  for (const { fragment, index } of area) {
    const label = labelOf(fragment, last);
    if (!label && !opened) continue; // small text above the first footnote is not one
    opened = true;
    inFootnotes[index] = true;
    if (!label || label.label === '') continue;
    labels.add(label.label);
    last = Number(label.label);
    texts[index] = `(${label.label}) ${label.rest}`;
  }
  const footnoteSizes = fragments.filter((_, i) => inFootnotes[i]).map((f) => f.fontSize);
  return {
    texts: texts.map((text, i) => (inFootnotes[i] || fragments[i]!.raised.length === 0 ? text : withMarks(fragments[i]!, labels))),
    inFootnotes,
    footnoteSize: footnoteSizes.length > 0 ? Math.max(...footnoteSizes) : null,
  };
}
