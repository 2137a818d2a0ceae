/**
 * Tasks of a plan from its section tree. Three sources of a task's lead:
 *   text     the sentence names it ("Giao Văn phòng …", "Phòng Nghiệp vụ 3 chủ trì …", "Sở Tài chính: …")
 *   heading  the item sits under a heading naming a unit ("1. Đối với Văn phòng Sở", "2. Sở Tài chính"),
 *            or after a paragraph that does ("Các phòng, đơn vị thuộc Sở có trách nhiệm:")
 *   label    the section has "Đơn vị thực hiện: …" lines; the task's text is the section heading;
 *            or a row of a task table, whose "chủ trì" column is the label
 * A "Thời gian thực hiện: …" line gives the deadlines of the label task, and of the other tasks of
 * its section that have none of their own.
 */
import type { PlanContext, SectionView, TextBlock, TextRange, WarningDraft } from '../document/blocks.js';
import type { Deadline, Task, TaskUnit } from '../output/schema.js';
import { grantsPower, headingUnits, introducedLead, isReport, itemSupport, tasksInText, type CueOptions, type SentenceTask } from './assignments.js';
import { scanDeadlines, type DeadlineHit } from './deadlines.js';
import { groupsItems } from './item-groups.js';
import { endsWithColon } from '../document/introductions.js';
import { labelLine, leadValue, supportValue, type LabelLine } from './labels.js';
import { listedUnitsFor, whatNameRefersTo, type UnitList } from './listed-units.js';
import { reportRecipients } from './report-recipients.js';
import { trimCut } from './sentences.js';
import { isTableLine, rowUnits, taskTableRows } from './task-tables.js';
import { NO_UNIT_CONTEXT, taskUnitsOf, type UnitContext } from './unit-keys.js';
import { LETTERS } from '../normalize/letter-classes.js';

/** A task before the pipeline gives it an id, a span, and the match keys of its units. */
export type TaskDraft = Omit<Task, 'span' | 'id' | 'leadKeys' | 'supportKeys'> & { range: TextRange };

/** A task before its units are keyed. */
type TaskCore = Omit<TaskDraft, 'units'>;

export interface ExtraSources {
  /** what unit keys are resolved against (the issuer and its province) */
  units?: UnitContext;
  /** paragraphs outside the section tree (the body of a document without sections, appendices, text that could not be placed): their task tables are read, and the assignments of the body and unplaced text */
  outside?: readonly TextBlock[];
  /** the units the document lists by name (listed-units.ts), for the names that refer to them: asked for only when a task has such a name */
  lists?: () => readonly UnitList[];
}

interface Entry {
  task: TaskCore;
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

/** Who a report goes to; nothing for an assignment. */
function recipients(kind: Task['kind'], text: string): { to: string[]; via: string[] } {
  return kind === 'report' ? reportRecipients(text) : { to: [], via: [] };
}

function addTask(
  run: Run,
  block: TextBlock,
  local: { start: number; end: number },
  fields: Pick<TaskCore, 'sectionId' | 'lead' | 'support' | 'leadFrom' | 'kind'>,
  path: readonly string[],
): Entry {
  const text = block.text.slice(local.start, local.end);
  const start = block.start + local.start;
  const { to, via } = recipients(fields.kind, text);
  // (the fields in the order the output lists them)
  const task: TaskCore = {
    sectionId: fields.sectionId,
    lead: fields.lead,
    support: fields.support,
    leadFrom: fields.leadFrom,
    kind: fields.kind,
    text,
    deadlines: deadlinesOf(run, text, start),
    location: block.location === 'basis' || block.location === 'appendix' ? block.location : 'body',
    reportTo: to,
    reportVia: via,
    range: { start, end: block.start + local.end },
  };
  const entry = { task, path };
  run.entries.push(entry);
  return entry;
}

/** The tasks found in the sentences of a block (lead from the text). */
function sentenceTasks(run: Run, block: TextBlock, found: readonly SentenceTask[], sectionId: string | null, path: readonly string[]): void {
  for (const t of found) addTask(run, block, t.cut, { sectionId, lead: t.lead, support: t.support, leadFrom: 'text', kind: t.kind }, path);
}

/** Tasks named in the sentences of a block. */
function textTasks(run: Run, block: TextBlock, sectionId: string | null, path: readonly string[], options: CueOptions): void {
  sentenceTasks(run, block, tasksInText(block.text, options), sectionId, path);
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
  // a power of the heading's unit, not a task
  if (grantsPower(text)) return;
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

function walk(
  run: Run,
  section: SectionView,
  parent: { section: SectionView; path: readonly string[] } | null,
  itemOf: string[] | null,
  path: readonly string[],
): void {
  const here = [...path, section.id];
  const units = section.heading ? headingUnits(section.heading.text) : null;
  const group = itemOf !== null && units === null && groupsItems(section);
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
  // paragraphs that give what follows them to units, in order: "Các phòng, đơn vị thuộc Sở có trách
  // nhiệm:" (the paragraphs and items after it), and "Sở Công Thương yêu cầu đơn vị nêu trên thực
  // hiện một số nội dung sau:" before items (the items only: a closing line may follow the list)
  const givers: { start: number; units: string[]; paragraphs: boolean }[] = [];
  const startOf = (child: SectionView) => child.heading?.start ?? child.paragraphs[0]?.start ?? 0;
  for (const paragraph of section.paragraphs) {
    if (isTableLine(paragraph.text)) continue; // read by tableTasks
    const line = labelLine(paragraph.text);
    const owner = units ?? givers.findLast((g) => g.paragraphs)?.units ?? null;
    const colon = endsWithColon(paragraph.text);
    const named = colon ? headingUnits(paragraph.text) : null;
    if (line) recordLabel(run, section, here, paragraph, line);
    else if (named) givers.push({ start: paragraph.start, units: named, paragraphs: true });
    else if (owner) itemTask(run, paragraph, owner, section.id, here);
    else {
      const found = tasksInText(paragraph.text, IN_SECTIONS);
      const lead = colon && section.children.some((c) => startOf(c) > paragraph.start) ? introducedLead(paragraph.text, found) : null;
      if (lead) givers.push({ start: paragraph.start, units: lead, paragraphs: false });
      sentenceTasks(run, paragraph, lead ? found.slice(0, -1) : found, section.id, here);
    }
  }
  tableTasks(run, section.paragraphs, section.id, here);
  for (const child of section.children) {
    const start = startOf(child);
    const fromParagraph = givers.findLast((g) => g.start < start)?.units ?? null;
    const childItemsOf = units ?? fromParagraph ?? (group ? itemOf : null);
    walk(run, child, { section, path: here }, childItemsOf, here);
  }
}

const REPORT_FIRST = new RegExp(String.raw`^báo cáo(?![${LETTERS}])`, 'iu');

/** One task per row of the task tables among `blocks` (lead from the "chủ trì" column, or the unit the appendix title names). */
function tableTasks(run: Run, blocks: readonly TextBlock[], sectionId: string | null, path: readonly string[]): void {
  for (const row of taskTableRows(blocks)) {
    const { lead, support } = rowUnits(row);
    const task = row.task!;
    const local = { start: task.start - row.block.start, end: task.start - row.block.start + task.text.length };
    const kind = isReport(task.text) || REPORT_FIRST.test(task.text) ? 'report' : 'assignment';
    const entry = addTask(run, row.block, local, { sectionId, lead, support, leadFrom: row.leadFromTitle ? 'heading' : 'label', kind }, path);
    if (row.time) {
      const scan = scanDeadlines(row.time.text, run.context, { bare: true });
      for (const w of scan.warnings) run.warnings.push({ ...w, range: w.range && { start: w.range.start + row.time.start, end: w.range.end + row.time.start } });
      entry.task.deadlines = [...entry.task.deadlines, ...scan.hits.map((h) => h.deadline)];
    }
  }
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
  /** The section's heading as the task its labels describe. */
  const headingTask = (block: TextBlock, cut: { start: number; end: number }, lead: string[], support: string[]): Entry => {
    const text = block.text.slice(cut.start, cut.end);
    const kind = isReport(text) ? 'report' : 'assignment';
    const { to, via } = recipients(kind, text);
    return {
      task: {
        sectionId: labels.owner.id,
        kind,
        text,
        lead,
        support,
        leadFrom: 'label',
        deadlines: timeDeadlines(),
        location: 'body',
        reportTo: to,
        reportVia: via,
        range: { start: block.start + cut.start, end: block.start + cut.end },
      },
      path: labels.path,
    };
  };
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
      run.entries.push(headingTask(block, cut, unique(labels.lead), unique(labels.support)));
    }
  } else if (labels.time.length > 0 && inside.length === 0 && block && cut && cut.end > cut.start) {
    // only a time label: the section is a task whose lead the plan does not name
    run.entries.push(headingTask(block, cut, [], []));
    return;
  }
  for (const e of inside) if (e.task.deadlines.length === 0) e.task.deadlines = timeDeadlines();
}

/**
 * The task with every unit of its lead, support and report keyed. A name that stands for units the
 * document listed before the task ("đơn vị nêu trên") gives an entry for each of them.
 */
function withUnits(task: TaskCore, unitOf: (role: TaskUnit['role'], name: string) => TaskUnit, lists: () => readonly UnitList[]): TaskDraft {
  const unitsOf = (role: TaskUnit['role'], names: readonly string[]): TaskUnit[] =>
    names.flatMap((name) => {
      const unit = unitOf(role, name);
      const listed = unit.standsFor === null && whatNameRefersTo(name) !== null ? listedUnitsFor(name, task.range.start, lists()) : null;
      return listed ? listed.map((each) => ({ ...unitOf(role, each), name, standsFor: each })) : [unit];
    });
  const units = [...unitsOf('lead', task.lead), ...unitsOf('support', task.support), ...unitsOf('reportTo', task.reportTo), ...unitsOf('reportVia', task.reportVia)];
  return { ...task, units };
}

/**
 * Tasks of the plan. The preamble only yields explicit assignments ("Giao …", "X chủ trì …");
 * task tables are read in sections and in `extra.outside` (appendices); warnings' ranges are
 * absolute.
 */
export function extractTasks(
  preamble: TextBlock[],
  sections: SectionView[],
  context: PlanContext,
  extra: ExtraSources = {},
): { tasks: TaskDraft[]; warnings: WarningDraft[] } {
  const run: Run = { context, entries: [], warnings: [], labels: new Map() };
  // a letter's request before its numbered points ("… và đề nghị Công ty hoàn thiện các nội dung
  // sau:"): the points are the tasks of the one asked
  const last = preamble[preamble.length - 1];
  let asked: string[] | null = null;
  for (const block of preamble) {
    const found = tasksInText(block.text, IN_PREAMBLE);
    if (block === last && sections.length > 0 && endsWithColon(block.text)) asked = introducedLead(block.text, found, true);
    sentenceTasks(run, block, block === last && asked ? found.slice(0, -1) : found, block.sectionId, []);
  }
  for (const section of sections) walk(run, section, null, asked, []);
  tableTasks(run, extra.outside ?? [], null, []);
  // the body of a document without sections, or text before its first section: assignments as a
  // preamble has them ("Giao X …", "X chủ trì …")
  for (const block of extra.outside ?? []) if ((block.location === 'unplaced' || block.location === 'body') && !isTableLine(block.text)) textTasks(run, block, null, [], IN_PREAMBLE);
  // innermost sections first, so a bullet's own time label wins over its khoản's
  const byDepth = [...run.labels.values()].sort((a, b) => b.path.length - a.path.length);
  for (const labels of byDepth) applyLabels(run, labels);
  const unitOf = taskUnitsOf(extra.units ?? NO_UNIT_CONTEXT);
  let lists: readonly UnitList[] | null = null;
  const listsOnce = () => (lists ??= extra.lists?.() ?? []);
  const tasks = run.entries
    .map((e) => withUnits(e.task, unitOf, listsOnce))
    .sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const warnings = [...run.warnings].sort((a, b) => (a.range?.start ?? 0) - (b.range?.start ?? 0));
  return { tasks, warnings };
}
