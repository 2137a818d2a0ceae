/**
 * Tasks of a plan from its section tree. Three sources of a task's lead:
 *   text     the sentence names it ("Giao Văn phòng …", "Phòng Nghiệp vụ 3 chủ trì …")
 *   heading  the item sits under a heading naming a unit ("1. Đối với Văn phòng Sở", "2. Sở Tài chính")
 *   label    the section has "Đơn vị thực hiện: …" lines; the task's text is the section heading
 * A "Thời gian thực hiện: …" line gives the deadlines of the label task, and of the other tasks of
 * its section that have none of their own.
 */
import type { PlanContext, SectionView, TextBlock, TextRange, WarningDraft } from '../document/blocks.js';
import type { Deadline, Task } from '../output/schema.js';
import { headingUnits, isReport, itemSupport, tasksInText, type CueOptions } from './assignments.js';
import { scanDeadlines, type DeadlineHit } from './deadlines.js';
import { labelLine, leadValue, supportValue, type LabelLine } from './labels.js';
import { trimCut } from './sentences.js';

/** A task before the pipeline gives it an id, a span, and the match keys of its units. */
export type TaskDraft = Omit<Task, 'span' | 'id' | 'leadKeys' | 'supportKeys'> & { range: TextRange };

interface Entry {
  task: TaskDraft;
  /** ids of the sections that hold the task, outermost first */
  path: readonly string[];
}

interface SectionLabels {
  owner: SectionView;
  path: readonly string[];
  lead: string[];
  support: string[];
  hasUnits: boolean;
  time: DeadlineHit[];
  blocks: Set<TextBlock>;
}

interface Run {
  context: PlanContext;
  entries: Entry[];
  warnings: WarningDraft[];
  labels: Map<SectionView, SectionLabels>;
}

const IN_SECTIONS: CueOptions = { subject: true };
const IN_PREAMBLE: CueOptions = { subject: false };

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

function deadlinesOf(run: Run, text: string, start: number): Deadline[] {
  const scan = scanDeadlines(text, run.context, { bare: false });
  for (const w of scan.warnings) run.warnings.push({ ...w, range: w.range && { start: w.range.start + start, end: w.range.end + start } });
  return scan.hits.map((h) => h.deadline);
}

function addTask(
  run: Run,
  block: TextBlock,
  local: { start: number; end: number },
  fields: Pick<TaskDraft, 'sectionId' | 'lead' | 'support' | 'leadFrom' | 'kind'>,
  path: readonly string[],
): Entry {
  const text = block.text.slice(local.start, local.end);
  const start = block.start + local.start;
  const task: TaskDraft = { ...fields, text, deadlines: deadlinesOf(run, text, start), range: { start, end: block.start + local.end } };
  const entry = { task, path };
  run.entries.push(entry);
  return entry;
}

/** Tasks named in the sentences of a block (lead from the text). */
function textTasks(run: Run, block: TextBlock, sectionId: string | null, path: readonly string[], options: CueOptions): void {
  for (const t of tasksInText(block.text, options)) {
    addTask(run, block, t.cut, { sectionId, lead: t.lead, support: t.support, leadFrom: 'text', kind: t.kind }, path);
  }
}

/** An item under a unit heading: its own lead if it names one, else the heading's units. */
function itemTask(run: Run, block: TextBlock, units: string[], sectionId: string, path: readonly string[]): void {
  const found = tasksInText(block.text, IN_SECTIONS).filter((t) => t.lead.length > 0);
  if (found.length > 0) {
    for (const t of found) addTask(run, block, t.cut, { sectionId, lead: t.lead, support: t.support, leadFrom: 'text', kind: t.kind }, path);
    return;
  }
  const cut = trimCut(block.text);
  if (cut.end <= cut.start) return;
  const text = block.text.slice(cut.start, cut.end);
  addTask(run, block, cut, { sectionId, lead: units, support: itemSupport(text), leadFrom: 'heading', kind: isReport(text) ? 'report' : 'assignment' }, path);
}

function recordLabel(run: Run, owner: SectionView, path: readonly string[], block: TextBlock, line: LabelLine): void {
  let labels = run.labels.get(owner);
  if (!labels) {
    labels = { owner, path, lead: [], support: [], hasUnits: false, time: [], blocks: new Set() };
    run.labels.set(owner, labels);
  }
  labels.blocks.add(block);
  if (line.role === 'time') {
    const scan = scanDeadlines(line.value, run.context, { bare: true });
    const offset = block.start + line.valueStart;
    for (const w of scan.warnings) run.warnings.push({ ...w, range: w.range && { start: w.range.start + offset, end: w.range.end + offset } });
    labels.time.push(...scan.hits);
    return;
  }
  labels.hasUnits = true;
  if (line.role === 'support') labels.support.push(...supportValue(line.value));
  else {
    const { lead, support } = leadValue(line.value);
    labels.lead.push(...lead);
    labels.support.push(...support);
  }
}

/** A group heading inside a unit's items: "a) Về tuyên truyền:" with items under it. */
function isGroup(section: SectionView): boolean {
  return section.children.length > 0 && section.heading !== null && /:\s*\**\s*$/u.test(section.heading.text);
}

function walk(
  run: Run,
  section: SectionView,
  parent: { section: SectionView; path: readonly string[] } | null,
  itemOf: string[] | null,
  path: readonly string[],
): void {
  const here = [...path, section.id];
  const units = section.heading ? headingUnits(section.heading.text) : null;
  const group = itemOf !== null && units === null && isGroup(section);
  if (section.heading) {
    const line = labelLine(section.heading.text);
    // a label line that is an item ("- Đơn vị thực hiện: …") applies to the item holding it;
    // one without a parent section has nothing to apply to
    if (line) {
      if (parent) recordLabel(run, parent.section, parent.path, section.heading, line);
    } else if (units === null && !group) {
      if (itemOf) itemTask(run, section.heading, itemOf, section.id, here);
      else textTasks(run, section.heading, section.id, here, IN_SECTIONS);
    }
  }
  for (const paragraph of section.paragraphs) {
    const line = labelLine(paragraph.text);
    if (line) recordLabel(run, section, here, paragraph, line);
    else if (units) itemTask(run, paragraph, units, section.id, here);
    else textTasks(run, paragraph, section.id, here, IN_SECTIONS);
  }
  const childItemsOf = units ?? (group ? itemOf : null);
  for (const child of section.children) walk(run, child, { section, path: here }, childItemsOf, here);
}

/** The block whose text a label task carries: the section heading, else its first plain paragraph. */
function labelTaskBlock(labels: SectionLabels): TextBlock | null {
  const { owner, blocks } = labels;
  if (owner.heading && !blocks.has(owner.heading)) return owner.heading;
  return owner.paragraphs.find((p) => !blocks.has(p)) ?? null;
}

function applyLabels(run: Run, labels: SectionLabels): void {
  const inside = run.entries.filter((e) => e.path.includes(labels.owner.id));
  const block = labelTaskBlock(labels);
  const cut = block ? trimCut(block.text) : null;
  const timeDeadlines = () => labels.time.map((h) => ({ ...h.deadline }));
  if (labels.hasUnits && block && cut && cut.end > cut.start) {
    const start = block.start + cut.start;
    const same = inside.find((e) => e.task.range.start === start);
    if (same) {
      // the heading names its own lead: keep it, add what the labels say
      if (same.task.lead.length === 0) {
        same.task.lead = unique(labels.lead);
        same.task.leadFrom = 'label';
      }
      same.task.support = unique([...same.task.support, ...labels.support]);
      if (same.task.deadlines.length === 0) same.task.deadlines = timeDeadlines();
    } else {
      const text = block.text.slice(cut.start, cut.end);
      run.entries.push({
        task: {
          sectionId: labels.owner.id,
          kind: isReport(text) ? 'report' : 'assignment',
          text,
          lead: unique(labels.lead),
          support: unique(labels.support),
          leadFrom: 'label',
          deadlines: timeDeadlines(),
          range: { start, end: block.start + cut.end },
        },
        path: labels.path,
      });
    }
  } else if (labels.time.length > 0 && inside.length === 0 && block && cut && cut.end > cut.start) {
    // only a time label: the section is a task whose lead the plan does not name
    const text = block.text.slice(cut.start, cut.end);
    run.entries.push({
      task: {
        sectionId: labels.owner.id,
        kind: isReport(text) ? 'report' : 'assignment',
        text,
        lead: [],
        support: [],
        leadFrom: 'label',
        deadlines: timeDeadlines(),
        range: { start: block.start + cut.start, end: block.start + cut.end },
      },
      path: labels.path,
    });
    return;
  }
  for (const e of inside) if (e.task.deadlines.length === 0) e.task.deadlines = timeDeadlines();
}

/**
 * Tasks of the plan. The preamble only yields explicit assignments ("Giao …", "X chủ trì …");
 * warnings' ranges are absolute.
 */
export function extractTasks(
  preamble: TextBlock[],
  sections: SectionView[],
  context: PlanContext,
): { tasks: TaskDraft[]; warnings: WarningDraft[] } {
  const run: Run = { context, entries: [], warnings: [], labels: new Map() };
  for (const block of preamble) textTasks(run, block, block.sectionId, [], IN_PREAMBLE);
  for (const section of sections) walk(run, section, null, null, []);
  // innermost sections first, so a bullet's own time label wins over its khoản's
  const byDepth = [...run.labels.values()].sort((a, b) => b.path.length - a.path.length);
  for (const labels of byDepth) applyLabels(run, labels);
  const tasks = run.entries.map((e) => e.task).sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const warnings = [...run.warnings].sort((a, b) => (a.range?.start ?? 0) - (b.range?.start ?? 0));
  return { tasks, warnings };
}
