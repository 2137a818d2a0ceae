/**
 * TEST-ONLY: section trees written as nested specs and laid out in document order, one block per
 * line of a document text, so that ranges (of tasks, targets) can be checked against `doc`.
 * Preamble blocks come first (location `basis`), then the sections (`body`), then an appendix (`appendix`).
 */
import type { SectionKind, SectionView, TextBlock } from '../../src/document/blocks.js';

export interface Spec {
  id: string;
  kind: SectionKind;
  heading: string | null;
  paragraphs?: string[];
  children?: Spec[];
}

export function layOut(specs: Spec[], { preamble = [], appendix = [] }: { preamble?: string[]; appendix?: string[] } = {}) {
  let doc = '';
  const block = (text: string, sectionId: string | null, isHeading: boolean, location: TextBlock['location']): TextBlock => {
    const start = doc.length;
    doc += `${text}\n`;
    return { text, start, sectionId, location, isHeading };
  };
  const preambleBlocks = preamble.map((t) => block(t, null, false, 'basis'));
  const view = (spec: Spec, level: number): SectionView => {
    const heading = spec.heading === null ? null : block(spec.heading, spec.id, true, 'body');
    const paragraphs = (spec.paragraphs ?? []).map((p) => block(p, spec.id, false, 'body'));
    const children = (spec.children ?? []).map((c) => view(c, level + 1));
    return { id: spec.id, label: '', kind: spec.kind, level, heading, paragraphs, children };
  };
  const sections = specs.map((s) => view(s, 1));
  const appendixBlocks = appendix.map((t) => block(t, null, false, 'appendix'));
  return { doc, preamble: preambleBlocks, sections, appendix: appendixBlocks };
}
