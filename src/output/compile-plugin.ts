/**
 * Stage 6 (unified compiler): the tree and what the stages left on the file → the output
 * object, validated against the zod schema. Ranges become spans with page and line.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { TextRange } from '../document/blocks.js';
import type { HeadingNode, ParagraphNode, RootNode, SectionNode } from '../document/tree.js';
import type { NormalizeFix } from '../normalize/normalize-source.js';
import type { SourceMap } from '../normalize/source-map.js';
import { textBlocks } from '../document/views.js';
import { footnoteMarks } from './footnote-marks.js';
import { KhPlan, SCHEMA_VERSION, type Appendix, type Footnote, type Section, type Span, type TaskUnit, type Warning } from './schema.js';
import { groupAppendices } from '../structure/appendices.js';

declare module 'unified' {
  interface CompileResultMap {
    KhPlan: KhPlan;
  }
}

const FOOTNOTE_LABEL = /^(\(\d{1,3}\)|\[\d{1,3}\])\s*/u;

function rangeOf(node: { position: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } }): TextRange {
  return { start: node.position.start.offset ?? 0, end: node.position.end.offset ?? 0 };
}

/**
 * The grouping keys the tasks stage gave a task's units in one role (acronyms spelled out, "Văn
 * phòng Sở" → of which Sở …), in order; a name that stands for several listed units gives each one's.
 */
function keysOf(units: readonly TaskUnit[], role: TaskUnit['role']): string[] {
  return units.filter((u) => u.role === role).map((u) => u.key);
}

/** One span from the first to the last of some paragraphs, or null when there are none. */
function spanOfAll(nodes: readonly ParagraphNode[], map: SourceMap): Span | null {
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  return first && last ? map.span({ start: rangeOf(first).start, end: rangeOf(last).end }) : null;
}

function compileSection(section: SectionNode, map: SourceMap): Section {
  const heading = section.children.find((c): c is HeadingNode => c.type === 'heading');
  return {
    id: section.id,
    label: section.label,
    level: section.level,
    kind: section.kind,
    heading: heading ? heading.value : null,
    paragraphs: section.children
      .filter((c): c is ParagraphNode => c.type === 'paragraph')
      .map((p) => ({ text: p.value, span: map.span(rangeOf(p)) })),
    children: section.children.filter((c): c is SectionNode => c.type === 'section').map((c) => compileSection(c, map)),
    span: map.span(rangeOf(section)),
  };
}

/** The appendices, from the paragraphs the structure stage gave them. */
function compileAppendices(paragraphs: readonly ParagraphNode[], map: SourceMap): Appendix[] {
  return groupAppendices(
    paragraphs.filter((p) => p.role === 'appendix'),
    (p) => p.value,
  ).map((group) => ({
    label: group.label,
    title: group.title,
    paragraphs: group.paragraphs.map((p) => ({ text: p.value, span: map.span(rangeOf(p)) })),
    span: spanOfAll(group.paragraphs, map)!,
  }));
}

/** The body of a document without sections: its paragraphs outside any section, or null. */
function compileBody(paragraphs: readonly ParagraphNode[], map: SourceMap): KhPlan['body'] {
  const body = paragraphs.filter((p) => p.role === 'body');
  return body.length > 0 ? { paragraphs: body.map((p) => ({ text: p.value, span: map.span(rangeOf(p)) })), span: spanOfAll(body, map)! } : null;
}

/** The footnotes, each with the marks in the text that point to it. */
function compileFootnotes(tree: RootNode, paragraphs: readonly ParagraphNode[], map: SourceMap): Footnote[] {
  const footnotes = paragraphs
    .filter((p) => p.role === 'footnote')
    .map((p) => {
      const label = FOOTNOTE_LABEL.exec(p.value);
      const range = rangeOf(p);
      return { label: label ? label[1]!.replace(/[()[\]]/gu, '') : '', text: label ? p.value.slice(label[0].length) : p.value, range, labelLength: label ? label[0].length : 0 };
    });
  const marks = footnoteMarks(
    textBlocks(tree),
    footnotes.filter((f) => f.label !== '').map((f) => ({ label: f.label, start: f.range.start })),
  );
  return footnotes.map((f) => ({
    label: f.label,
    text: f.text,
    span: map.span({ start: f.range.start + f.labelLength, end: f.range.end }),
    marks: (marks.get(f.range.start) ?? []).map((m) => ({ sectionId: m.sectionId, span: map.span(m.range) })),
  }));
}

function compileWarnings(file: VFile, map: SourceMap): Warning[] {
  const notes = file.data.extracted?.notes ?? [];
  const fromNotes: Warning[] = notes.map((n) => ({ code: n.code, message: n.message, span: null }));
  // info messages (fatal undefined) are repairs, counted in `fixes`; warnings are problems
  const fromMessages: Warning[] = file.messages.filter((m) => m.fatal !== undefined).map((m) => {
    const start = m.place && 'start' in m.place ? m.place.start.offset : m.place?.offset;
    const end = m.place && 'end' in m.place ? m.place.end.offset : start;
    return {
      code: `${m.source ?? 'kh-parse'}/${m.ruleId ?? 'warning'}`,
      message: m.reason,
      span: start === undefined ? null : map.span({ start, end: end ?? start }),
    };
  });
  return [...fromNotes, ...fromMessages];
}

function countFixes(fixes: readonly NormalizeFix[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const fix of fixes) counts[fix.code] = (counts[fix.code] ?? 0) + 1;
  return counts;
}

export function compilePlan(tree: RootNode, file: VFile): KhPlan {
  const data = file.data;
  const map = data.normalized!.sourceMap;
  const paragraphs = tree.children.filter((c): c is ParagraphNode => c.type === 'paragraph');
  const references = (data.references ?? []).map((r) => ({
    ...r,
    mentions: r.mentions.map(({ range, ...m }) => ({ ...m, span: map.span(range) })),
  }));
  const plan: KhPlan = {
    schemaVersion: SCHEMA_VERSION,
    source: {
      path: data.inputPath ?? null,
      format: data.extracted!.format,
      sha256: data.sha256!,
      pages: data.extracted!.pages,
      textLayer: data.extracted!.textLayer,
    },
    document: data.document!,
    basis: references.filter((r) => r.relation === 'basis').map((r) => r.id),
    basisText: paragraphs.filter((p) => p.role === 'basis').map((p) => p.value).join('\n') || null,
    sections: tree.children.filter((c): c is SectionNode => c.type === 'section').map((s) => compileSection(s, map)),
    body: compileBody(paragraphs, map),
    references,
    tasks: (data.tasks ?? []).map(({ range, ...t }, i) => ({
      id: `task-${i + 1}`,
      ...t,
      leadKeys: keysOf(t.units, 'lead'),
      supportKeys: keysOf(t.units, 'support'),
      span: map.span(range),
    })),
    targets: (data.targets ?? []).map(({ range, ...t }) => ({ ...t, span: map.span(range) })),
    footnotes: compileFootnotes(tree, paragraphs, map),
    header: paragraphs.filter((p) => p.role === 'header' || p.role === 'title').map((p) => ({ text: p.value, span: map.span(rangeOf(p)) })),
    recipients: data.recipients ?? [],
    recipientsSpan: spanOfAll(paragraphs.filter((p) => p.role === 'recipients'), map),
    signature: data.signature
      ? {
          authority: data.signature.authority,
          titles: data.signature.titles,
          name: data.signature.name,
          span: data.signature.range ? map.span(data.signature.range) : null,
        }
      : null,
    appendices: compileAppendices(paragraphs, map),
    unplaced: paragraphs.filter((p) => p.role === 'unplaced').map((p) => ({ text: p.value, span: map.span(rangeOf(p)) })),
    warnings: compileWarnings(file, map),
    fixes: countFixes(data.normalized!.fixes),
  };
  const checked = KhPlan.safeParse(plan);
  if (!checked.success) {
    const issues = checked.error.issues;
    const shown = issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`);
    const more = issues.length > 3 ? ` and ${issues.length - 3} more` : '';
    throw new Error(`kh-parse produced output that does not match its own schema (a bug): ${shown.join('; ')}${more}`);
  }
  return checked.data;
}

export const compilePlugin: Plugin<[], RootNode, KhPlan> = function compilePlugin() {
  this.compiler = (tree, file) => compilePlan(tree as RootNode, file);
};
