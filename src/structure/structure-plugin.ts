/**
 * Stage 3 (unified plugin): flat paragraphs → header, preamble, section tree, closing,
 * appendices, footnotes. Everything that cannot be placed stays in the tree as an `unplaced`
 * paragraph and is reported.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { ParagraphNode, RootNode, SectionNode } from '../document/tree.js';
import { reportWarning } from '../pipeline/file-data.js';
import { parseClosing, RECIPIENTS_HEAD, opensSignature, isPersonName } from './closing.js';
import { inferFromPreamble, parseHeader } from './header.js';
import { markerOf } from './markers.js';
import { buildSections } from './sections.js';
import { isAllCaps } from './letter-case.js';
import { opensAppendix } from './appendices.js';
import { endsWithColon } from '../document/introductions.js';

/** Index of the first paragraph of the closing (recipients/signature), or body.length. */
function closingStart(body: readonly ParagraphNode[], from: number): number {
  for (let i = from; i < body.length; i += 1) {
    const text = body[i]!.value;
    if (RECIPIENTS_HEAD.test(text) || opensSignature(text) || opensAppendix(text)) return i;
    if (text.endsWith('./.') || text.endsWith('/.')) return i + 1;
  }
  // no closing mark: a trailing name under capitalised titles is still a signature
  const last = body.length - 1;
  if (last > from && isPersonName(body[last]!.value)) {
    let i = last;
    while (i - 1 > from && isAllCaps(body[i - 1]!.value) && body[i - 1]!.value.length <= 60 && !markerOf(body[i - 1]!.value)) i -= 1;
    if (i < last) return i;
  }
  return body.length;
}

/**
 * "Hồ sơ kèm theo gồm:" ⏎ "1. Tờ trình …" ⏎ "2. Phương án …" ⏎ "I. TÓM TẮT NỘI DUNG": a list the
 * preamble introduces (after a colon) with markers of a lower rank than the document's first
 * section is still preamble. Returns where the sections start: `first`, or the higher marker.
 */
function pastIntroducedList(body: readonly ParagraphNode[], first: number, inRange: (i: number) => boolean): number {
  if (first < 1 || !endsWithColon(body[first - 1]!.value)) return first;
  const rank = markerOf(body[first]!.value)?.rank;
  if (rank === undefined) return first;
  for (let i = first + 1; i < body.length && inRange(i); i += 1) {
    const marker = markerOf(body[i]!.value);
    if (marker === null) continue;
    if (marker.rank < rank) return i;
  }
  return first;
}

const ADDRESSEES = /^\s*Kính gửi\s*:\s*$/u;

/**
 * "Kính gửi:" ⏎ "- Công ty A;" ⏎ "- Công ty B.": a letter's addressees, one a line, are preamble,
 * not sections. Returns the index after them (after the one that ends with a full stop, or the last
 * bullet), or `first` when `first` is no such list.
 */
function pastAddressees(body: readonly ParagraphNode[], first: number): number {
  if (first < 1 || !ADDRESSEES.test(body[first - 1]!.value)) return first;
  let i = first;
  while (i < body.length && markerOf(body[i]!.value)?.kind === 'bullet') {
    i += 1;
    if (body[i - 1]!.value.trimEnd().endsWith('.')) break;
  }
  return i;
}

/** The first paragraph from `from` on with a numbered marker (I., 1., a)), else with any marker (a bullet); -1 when none. */
function firstMarkerFrom(body: readonly ParagraphNode[], from: number, markerAt: (i: number) => boolean): number {
  const numbered = body.findIndex((p, i) => i >= from && markerAt(i) && (markerOf(p.value)?.rank ?? 9) <= 3);
  return numbered >= 0 ? numbered : body.findIndex((p, i) => i >= from && markerAt(i) && markerOf(p.value) !== null);
}

function setRole(nodes: readonly ParagraphNode[], role: ParagraphNode['role']): void {
  for (const node of nodes) node.role = role;
}

function unplaced(file: VFile, nodes: readonly ParagraphNode[], why: string): void {
  for (const node of nodes) {
    node.role = 'unplaced';
    reportWarning(file, {
      code: 'structure/unplaced-text',
      message: `${why}: "${node.value.length > 60 ? `${node.value.slice(0, 60)}…` : node.value}"`,
      range: { start: node.position.start.offset!, end: node.position.end.offset! },
    });
  }
}

export const structurePlugin: Plugin<[], RootNode, RootNode> = function structurePlugin() {
  return (tree, file) => {
    const locator = file.data.locator!;
    const all = tree.children.filter((c): c is ParagraphNode => c.type === 'paragraph');
    const footnotes = all.filter((p) => p.role === 'footnote');
    const body = all.filter((p) => p.role !== 'footnote');

    const header = parseHeader(body.map((p) => ({ text: p.value })));
    header.roles.forEach((role, i) => (body[i]!.role = role));
    let bodyStart = header.roles.length;
    // the preamble runs to the first numbered marker (bullets may appear in it), looked for before
    // the closing: the bullets of "Nơi nhận" open no section
    const closingFrom = closingStart(body, bodyStart);
    const markerAt = (i: number) => i >= bodyStart && i < closingFrom;
    let firstMarker = firstMarkerFrom(body, bodyStart, markerAt);
    firstMarker = pastIntroducedList(body, firstMarker, markerAt);
    // the addressees' bullets are preamble: the sections start at the next marker after them, if any
    const addresseesEnd = pastAddressees(body, firstMarker);
    const pastThem = addresseesEnd > firstMarker;
    if (pastThem) firstMarker = firstMarkerFrom(body, addresseesEnd, markerAt);
    const preambleEnd = firstMarker >= 0 ? firstMarker : pastThem ? addresseesEnd : Math.min(body.length, bodyStart + 1);
    const preamble = body.slice(bodyStart, preambleEnd);
    setRole(preamble, 'basis');
    bodyStart = preambleEnd;

    const closingAt = closingStart(body, bodyStart);
    const appendixAt = body.findIndex((p, i) => i >= closingAt && opensAppendix(p.value));
    const closingEnd = appendixAt < 0 ? body.length : appendixAt;
    const { sections, leading, warnings } = buildSections(body.slice(bodyStart, closingAt), locator);
    for (const w of warnings) reportWarning(file, w);
    // without sections, the text between the preamble and the closing is the document's body
    // (a short công văn); before the first of some sections, it is text out of place
    if (sections.length === 0) setRole(leading, 'body');
    else unplaced(file, leading, 'text before the first section');

    const closingNodes = body.slice(closingAt, closingEnd);
    const closing = parseClosing(closingNodes.map((p) => ({ text: p.value })));
    closing.roles.forEach((role, i) => {
      if (role !== 'unplaced') closingNodes[i]!.role = role;
    });
    unplaced(file, closingNodes.filter((_, i) => closing.roles[i] === 'unplaced'), 'text in the closing that is neither recipient nor signature');
    if (appendixAt >= 0) setRole(body.slice(appendixAt), 'appendix');

    const signatureNodes = closingNodes.filter((p) => p.role === 'signature');
    file.data.signature = closing.signature
      ? {
          ...closing.signature,
          range: signatureNodes.length > 0 ? { start: signatureNodes[0]!.position.start.offset!, end: signatureNodes[signatureNodes.length - 1]!.position.end.offset! } : null,
        }
      : null;
    file.data.recipients = closing.recipients;
    const preambleText = preamble.map((p) => p.value).join('\n');
    file.data.document = inferFromPreamble(header.info, preambleText);
    if (sections.length === 0) {
      reportWarning(file, { code: 'structure/no-sections', message: 'no numbered sections (I., 1., a) …) were found: the text after the preamble is the body', range: null });
    }

    const before = body.slice(0, bodyStart);
    const after = body.slice(closingAt);
    const children: (ParagraphNode | SectionNode)[] = [...before, ...leading, ...sections, ...after, ...footnotes];
    tree.children = children;
  };
};
