/**
 * Stage 5 extractors: assignments with their deadlines, and targets. Pure functions over the
 * section views; items carry `range` (offsets into the normalized text) that the pipeline turns
 * into spans.
 */
export { extractTasks, type ExtraSources, type TaskDraft } from './extract-tasks.js';
export { extractDeadlines } from './deadlines.js';
export { extractTargets, type TargetDraft } from './targets.js';
export { unitContext, unitKey, type UnitContext } from './unit-keys.js';
export { rruleOf } from './recurrence.js';
