import type { DocumentInfo } from '../output/schema.js';
import type { PlanContext } from './blocks.js';

/** What extractors need to know about the plan: its date and the year it covers. */
export function planContext(document: DocumentInfo | null): PlanContext {
  const date = document?.date ?? null;
  return {
    date: date ? { year: date.year, month: date.month, day: date.day } : null,
    periodYear: document?.period?.year ?? null,
  };
}
