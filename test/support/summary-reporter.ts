/**
 * Prints one plain closing line, "N passed, N failed, N skipped", after vitest's own report,
 * so CI logs and scripts can read the result without parsing vitest's format.
 */
import type { Reporter } from 'vitest/reporters';

interface TaskLike {
  type: string;
  mode?: string;
  result?: { state?: string };
  tasks?: TaskLike[];
}

function count(tasks: readonly TaskLike[], totals: { passed: number; failed: number; skipped: number }): void {
  for (const task of tasks) {
    if (task.type === 'test') {
      const state = task.result?.state;
      if (state === 'pass') totals.passed += 1;
      else if (state === 'fail') totals.failed += 1;
      else totals.skipped += 1;
    } else if (task.tasks) {
      if (task.type === 'suite' && task.result?.state === 'fail' && task.tasks.length === 0) totals.failed += 1;
      count(task.tasks, totals);
    }
  }
}

export default class SummaryReporter implements Reporter {
  onFinished(files: readonly TaskLike[] = [], errors: readonly unknown[] = []): void {
    const totals = { passed: 0, failed: errors.length, skipped: 0 };
    for (const file of files) {
      if (file.result?.state === 'fail' && (file.tasks ?? []).length === 0) totals.failed += 1;
      count(file.tasks ?? [], totals);
    }
    process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
  }
}
