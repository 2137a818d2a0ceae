/**
 * Stage 5 (unified plugin): assignments with their deadlines, and targets.
 */
import type { Plugin } from 'unified';
import type { RootNode } from '../document/tree.js';
import { preambleBlocks, sectionViews, unplacedBlocks } from '../document/views.js';
import { planContext } from '../document/plan-context.js';
import { reportWarning } from '../pipeline/file-data.js';
import { extractTargets, extractTasks } from './index.js';
import { unitContext } from './unit-keys.js';

export const tasksPlugin: Plugin<[], RootNode, RootNode> = function tasksPlugin() {
  return (tree, file) => {
    const document = file.data.document ?? null;
    const sections = sectionViews(tree);
    const unplaced = unplacedBlocks(tree);
    const { tasks, warnings } = extractTasks(preambleBlocks(tree), sections, planContext(document), { units: unitContext(document), unplaced });
    file.data.tasks = tasks;
    file.data.targets = extractTargets(sections);
    for (const w of warnings) reportWarning(file, w);
  };
};
