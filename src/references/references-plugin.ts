/**
 * Stage 4 (unified plugin): references cited in every paragraph, footnote and the title.
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
    const context: PlanContext = planContext(file.data.document ?? null);
    const { references, warnings } = extractReferences(textBlocks(tree), context);
    file.data.references = references;
    for (const w of warnings) reportWarning(file, w);
  };
};
