/**
 * Stage 5 (unified plugin): assignments with their deadlines, and targets.
 */
import type { Plugin } from 'unified';
import type { RootNode } from '../document/tree.js';
import { blocksOutsideSections, preambleBlocks, sectionViews, textBlocks } from '../document/views.js';
import { planContext } from '../document/plan-context.js';
import { reportWarning } from '../pipeline/file-data.js';
import { extractTargets, extractTasks } from './index.js';
import { addressedCompany } from './addressed-company.js';
import { unitContext } from './unit-keys.js';
import { unitLists } from './listed-units.js';

export const tasksPlugin: Plugin<[], RootNode, RootNode> = function tasksPlugin() {
  return (tree, file) => {
    const document = file.data.document ?? null;
    const sections = sectionViews(tree);
    const preamble = preambleBlocks(tree);
    const units = { ...unitContext(document), company: addressedCompany(preamble.map((b) => b.text)) };
    const { tasks, warnings } = extractTasks(preamble, sections, planContext(document), { units, outside: blocksOutsideSections(tree), lists: () => unitLists(textBlocks(tree)) });
    file.data.tasks = tasks;
    file.data.targets = extractTargets(sections);
    for (const w of warnings) reportWarning(file, w);
  };
};
