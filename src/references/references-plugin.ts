/**
 * Stage 4 (unified plugin): references cited in every paragraph, footnote, appendix and the title.
 */
import type { Plugin } from 'unified';
import type { PlanContext } from '../document/blocks.js';
import type { RootNode } from '../document/tree.js';
import { textBlocks } from '../document/views.js';
import { reportWarning } from '../pipeline/file-data.js';
import { extractReferences } from './index.js';
import { planContext } from '../document/plan-context.js';

export const referencesPlugin: Plugin<[], RootNode, RootNode> = function referencesPlugin() {
  return (tree, file) => {
    const document = file.data.document ?? null;
    const context: PlanContext = planContext(document);
    const self = document ? { type: document.type, number: document.number, symbol: document.symbol } : null;
    const { references, warnings } = extractReferences(textBlocks(tree), context, self);
    file.data.references = references;
    for (const w of warnings) reportWarning(file, w);
  };
};
