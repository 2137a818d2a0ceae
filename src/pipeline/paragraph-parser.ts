/**
 * The unified parser: the normalized paragraphs of stage 2 (on `file.data.normalized`) become
 * a flat unist tree of paragraph nodes, positioned in the normalized text.
 */
import type { Plugin } from 'unified';
import type { ParagraphNode, RootNode } from '../document/tree.js';
import { TextLocator } from '../document/tree.js';

export const paragraphParser: Plugin<[], string, RootNode> = function paragraphParser() {
  this.parser = (_text, file) => {
    const normalized = file.data.normalized;
    if (!normalized) throw new Error('paragraphParser: run the normalize stage first (file.data.normalized is missing)');
    // the normalize stage made it; a file normalized elsewhere gets one here
    const locator = file.data.locator ?? new TextLocator(normalized.paragraphs.map((p) => p.start));
    file.data.locator = locator;
    const children: ParagraphNode[] = normalized.paragraphs.map((p) => ({
      type: 'paragraph',
      value: p.text,
      role: p.role === 'footnote' ? 'footnote' : 'body',
      bold: p.bold,
      position: locator.position(p.start, p.start + p.text.length),
    }));
    return { type: 'root', children, position: locator.position(0, normalized.text.length) };
  };
};
