/**
 * TEST-ONLY: hand-made plans for the export and citation-index tests — a valid KhPlan with the
 * given document, tasks and references, every other field empty.
 */
import { KhPlan, type Deadline, type DocumentInfo, type Reference, type Task, type TaskUnit } from '../../src/output/schema.js';

export function deadline(fields: Partial<Deadline> & Pick<Deadline, 'kind' | 'raw'>): Deadline {
  return { date: null, yearInferred: false, recurrence: null, rrule: null, reportingPeriod: null, ...fields };
}

/** A task; its span is set by `plan` from its place in the list unless given. */
export function task(fields: Partial<Task> & Pick<Task, 'text'>): Omit<Task, 'id' | 'span'> & { span?: Task['span'] } {
  const lead = fields.lead ?? [];
  const support = fields.support ?? [];
  // every unit of lead, support, reportTo and reportVia, keyed in lower case, as the pipeline gives them
  const unit = (role: TaskUnit['role']) => (name: string): TaskUnit => ({ role, name, key: name.toLowerCase(), standsFor: null, person: null, title: null });
  const units = [
    ...lead.map(unit('lead')),
    ...support.map(unit('support')),
    ...(fields.reportTo ?? []).map(unit('reportTo')),
    ...(fields.reportVia ?? []).map(unit('reportVia')),
  ];
  return {
    sectionId: null,
    kind: 'assignment',
    lead,
    support,
    leadKeys: lead.map((l) => l.toLowerCase()),
    supportKeys: support.map((s) => s.toLowerCase()),
    leadFrom: 'text',
    deadlines: [],
    location: 'body',
    reportTo: [],
    reportVia: [],
    units,
    ...fields,
  };
}

export function plan(
  path: string | null,
  document: Partial<DocumentInfo>,
  tasks: ReturnType<typeof task>[],
  sha = 'a',
  references: Omit<Reference, 'id'>[] = [],
): KhPlan {
  return KhPlan.parse({
    schemaVersion: '1.0.0',
    source: { path, format: 'text', sha256: sha.repeat(64).slice(0, 64), pages: null, textLayer: null },
    document: { type: 'Kế hoạch', typeInferred: false, number: null, symbol: null, issuer: null, place: null, date: null, title: null, period: null, ...document },
    basis: [],
    basisText: null,
    sections: [],
    body: null,
    references: references.map((r, i) => ({ ...r, id: `ref-${i + 1}` })),
    tasks: tasks.map((t, i) => ({ id: `task-${i + 1}`, ...t, span: t.span ?? { start: i * 1000, end: i * 1000 + t.text.length, page: 2, line: 5 } })),
    targets: [],
    footnotes: [],
    header: [],
    recipients: [],
    recipientsSpan: null,
    signature: null,
    appendices: [],
    unplaced: [],
    warnings: [],
    fixes: {},
  });
}
