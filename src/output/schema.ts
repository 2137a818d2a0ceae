/**
 * The output contract of kh-parse. This zod schema is the single source of truth:
 * `schemas/kh-plan.schema.json` is generated from it (`npm run schema`) and a test fails
 * when the committed file drifts.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = '1.1.0';

/** Offsets into the normalized text (what `kh-parse text` prints), plus the source position. */
export const Span = z
  .object({
    start: z.number().int().nonnegative().describe('offset of the first character in the normalized text'),
    end: z.number().int().nonnegative().describe('offset after the last character in the normalized text'),
    page: z.number().int().positive().nullable().describe('1-based PDF page of the first character; null for text input'),
    line: z
      .number()
      .int()
      .positive()
      .nullable()
      .describe('1-based source line of the first character: line of the file for text, line on the page for PDF'),
  })
  .describe('where an item is: offsets into the normalized text and its page/line in the source');
export type Span = z.infer<typeof Span>;

export const DocumentDate = z.object({
  raw: z.string().describe('the date as written'),
  iso: z.string().nullable().describe('YYYY-MM-DD when day, month and year are all known and valid'),
  year: z.number().int().nullable(),
  month: z.number().int().min(1).max(12).nullable(),
  day: z.number().int().min(1).max(31).nullable(),
});
export type DocumentDate = z.infer<typeof DocumentDate>;

export const Issuer = z.object({
  name: z.string(),
  key: z.string().describe('match key of the name (lowercase, one tone placement: "uỷ ban nhân dân tỉnh đồng nai"), the same however it was typed'),
  parent: z.string().nullable().describe('the governing body written above the issuer, e.g. "UBND TỈNH ĐỒNG NAI"'),
  inferred: z
    .boolean()
    .describe('true when the document has no issuer header and the name was taken from the body ("Sở X xây dựng kế hoạch")'),
});

export const DocumentInfo = z.object({
  type: z.string().nullable().describe('document type in sentence case, e.g. "Kế hoạch"'),
  typeInferred: z.boolean().describe('true when there is no type line and the type was read from the body'),
  number: z.string().nullable().describe('the document\'s own number; null for drafts with a blank number'),
  symbol: z.string().nullable().describe('what follows the number, e.g. "KH-TT"'),
  issuer: Issuer.nullable(),
  place: z.string().nullable(),
  date: DocumentDate.nullable(),
  title: z.string().nullable().describe('the trích yếu under the type line'),
  period: z
    .object({ year: z.number().int().nullable(), quarter: z.number().int().min(1).max(4).nullable() })
    .nullable()
    .describe('the period the plan covers, from its title'),
});
export type DocumentInfo = z.infer<typeof DocumentInfo>;

export interface Section {
  id: string;
  label: string;
  level: number;
  kind: 'part' | 'chuong' | 'muc' | 'dieu' | 'khoan' | 'diem' | 'bullet' | 'subbullet';
  heading: string | null;
  paragraphs: { text: string; span: Span }[];
  children: Section[];
  span: Span;
}

export const Paragraph = z.object({ text: z.string(), span: Span });

export const Appendix = z
  .object({
    label: z.string().describe('the appendix as its heading names it: "PHỤ LỤC", "Phụ lục II"'),
    title: z.string().nullable().describe('the rest of the heading line, or the lines in capitals under a bare heading ("DANH SÁCH CÁC ĐƠN VỊ KIỂM TRA")'),
    paragraphs: z.array(Paragraph).describe('its text in reading order, the heading first; table rows as "| … |" lines'),
    span: Span,
  })
  .describe('an appendix (PHỤ LỤC) after the closing, up to the next one');
export type Appendix = z.infer<typeof Appendix>;

export const Section: z.ZodType<Section> = z.lazy(() =>
  z.object({
    id: z.string().describe('path of labels, e.g. "II.1.a", "Điều 3.2.a"; bullets are numbered "-1", "-2" …; a repeated label gets "#2"'),
    label: z.string().describe('the marker as written, e.g. "II.", "1.", "a)", "-", "+"'),
    level: z.number().int().positive(),
    kind: z.enum(['part', 'chuong', 'muc', 'dieu', 'khoan', 'diem', 'bullet', 'subbullet']).describe('Phần, Chương, mục (I.), Điều, khoản (1.), điểm (a)), bullet (-), sub-bullet (+)'),
    heading: z.string().nullable().describe('the heading text after the marker'),
    paragraphs: z.array(Paragraph).describe('body paragraphs of this section, not of its children'),
    children: z.array(Section),
    span: Span,
  }),
);

export const ReferenceType = z.string().describe('document type from the type word, e.g. "Chỉ thị"');

export const Pinpoint = z
  .object({
    text: z.string().describe('as written, e.g. "điểm b, điểm e khoản 4, khoản 6 Điều 44"'),
    articles: z.array(z.string()).describe('the Điều numbers, in the order written ("44", "I")'),
    clauses: z.array(z.string()).describe('the khoản numbers ("4", "6")'),
    points: z.array(z.string()).describe('the điểm letters ("b", "e")'),
  })
  .describe('the article (Điều), clause (khoản) and point (điểm) of the cited document that the mention points into, written right before it: "khoản 2 Điều 3 Thông tư số 15/2026/TT-BCT"');

export const Mention = z.object({
  sectionId: z.string().nullable().describe('id of the section the mention is in; null in the preamble'),
  location: z.enum(['basis', 'body', 'footnote', 'title', 'appendix', 'unplaced']),
  text: z.string().describe('the citation as written in the source'),
  form: z
    .enum(['full', 'short', 'alias'])
    .describe('"full": with its number/symbol or law name; "short": type and number only ("Chỉ thị số 13"), resolved to the one earlier full citation; "alias": a short name defined by "(sau đây gọi tắt là …)"'),
  pinpoint: Pinpoint.nullable().describe('the part of the cited document pointed into, or null'),
  appendix: z.string().nullable().describe('the appendix the mention is in, as its heading names it ("PHỤ LỤC", "Phụ lục II"); null outside appendices'),
  span: Span,
});

export const Reference = z.object({
  id: z.string().describe('stable id within this document: "ref-1", "ref-2" …'),
  type: ReferenceType.nullable(),
  number: z.string().nullable(),
  year: z.number().int().nullable(),
  symbol: z.string().nullable().describe('what follows the number, e.g. "CT-TTg", "NĐ-CP", "NQ/TW"'),
  canonical: z.string().describe('normalized citation: "33/CT-TTg", "04/2015/NĐ-CP", "25-NQ/TW", or the law name'),
  system: z.enum(['state', 'party', 'law']),
  name: z.string().nullable().describe('name of a law cited by name'),
  date: z.string().nullable().describe('ISO date of the cited document'),
  dateRaw: z.string().nullable(),
  issuer: z.string().nullable(),
  issuerKey: z.string().nullable().describe('match key of the issuer (lowercase, one tone placement), to group the same body across plans'),
  issuerFrom: z.enum(['text', 'code']).nullable().describe('"text" when written ("của …"), "code" when resolved from the symbol'),
  term: z.string().nullable().describe('Party term, e.g. "khóa XI"'),
  subject: z.string().nullable(),
  relation: z.enum(['basis', 'cited']).describe('"basis" when cited in the preamble the plan is based on'),
  mentions: z.array(Mention).min(1),
});
export type Reference = z.infer<typeof Reference>;

export const Deadline = z.object({
  kind: z.enum(['date', 'period', 'recurring', 'ongoing']),
  raw: z.string(),
  date: z.string().nullable().describe('ISO date: the day itself, or the last day of a period'),
  yearInferred: z.boolean(),
  recurrence: z.string().nullable().describe('ISO 8601 duration of a recurring deadline, e.g. "P6M", "P1Y", "P1M"'),
  rrule: z
    .string()
    .nullable()
    .describe(
      'RFC 5545 recurrence rule of a recurring deadline (the value of RRULE), e.g. "FREQ=MONTHLY;BYMONTHDAY=20" for "trước ngày 20 hằng tháng", "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=20" for "trước ngày 20/10 của năm", "FREQ=MONTHLY;INTERVAL=6" for "định kỳ 6 tháng"',
    ),
  reportingPeriod: z
    .object({
      raw: z.string().describe('the period as written: "6 tháng", "09 tháng", "năm", "cuối năm", "quý I"'),
      start: z.string().nullable().describe('ISO date of its first day, when the year is known'),
      end: z.string().nullable().describe('ISO date of its last day, when the year is known'),
    })
    .nullable()
    .describe('the reporting period this deadline closes: "(6 tháng trước ngày 05/5, 09 tháng trước ngày 05/9 và năm trước ngày 20/10/2025)" gives three deadlines closing 6 months, 9 months and the year'),
});
export type Deadline = z.infer<typeof Deadline>;

export const TaskUnit = z.object({
  role: z.enum(['lead', 'support', 'reportTo', 'reportVia']),
  name: z.string().describe('the unit or person as written (an entry of lead, support, reportTo or reportVia)'),
  key: z
    .string()
    .describe(
      'key that groups the same unit across plans: lowercase, one tone placement, acronyms spelled out (UBND → uỷ ban nhân dân), and names relative to the issuer resolved ("Văn phòng Sở" in a plan of Sở Công Thương → "văn phòng sở công thương"; "UBND tỉnh" → "uỷ ban nhân dân tỉnh đồng nai" when the province is known)',
    ),
  person: z.string().nullable().describe('a named person ("Phân công đồng chí Lê Văn Lộc – Phó Giám đốc Sở"): the name'),
  title: z.string().nullable().describe('the named person\'s title as written'),
});
export type TaskUnit = z.infer<typeof TaskUnit>;

export const Task = z.object({
  id: z.string(),
  sectionId: z.string().nullable(),
  kind: z.enum(['assignment', 'report']),
  text: z.string(),
  lead: z.array(z.string()),
  support: z.array(z.string()),
  leadKeys: z.array(z.string()).describe('grouping key of each lead unit across plans, as in `units` (lowercase, one tone placement, acronyms spelled out, names relative to the issuer resolved)'),
  supportKeys: z.array(z.string()).describe('grouping key of each support unit, as in `units`'),
  leadFrom: z
    .enum(['text', 'label', 'heading'])
    .describe('where the lead came from: the task\'s own text, a label or a table column ("Đơn vị chủ trì"), or a heading over it (a section heading, an appendix title)'),
  deadlines: z.array(Deadline),
  location: z.enum(['basis', 'body', 'appendix']).describe('preamble, numbered sections, or a task table of an appendix'),
  reportTo: z.array(z.string()).describe('a report: who it goes to ("về Văn phòng", "gửi UBND tỉnh"); [] otherwise'),
  reportVia: z.array(z.string()).describe('a report: who it goes through ("(thông qua Sở Nội vụ)")'),
  units: z.array(TaskUnit).describe('every unit and person of lead, support, reportTo and reportVia, with the key that groups it across plans'),
  span: Span,
});
export type Task = z.infer<typeof Task>;

export const Target = z.object({
  sectionId: z.string().nullable(),
  text: z.string(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  comparator: z.enum(['>', '≥', '=', '≈', '<', '≤']).nullable(),
  subject: z.string().nullable().describe('what the value is about: "Phòng thuộc Thanh tra tỉnh" in "Trên 80% Phòng thuộc Thanh tra tỉnh đạt …"'),
  span: Span,
});
export type Target = z.infer<typeof Target>;

export const FootnoteMark = z.object({
  sectionId: z.string().nullable().describe('id of the section whose text carries the mark; null outside the section tree'),
  span: Span.describe('where the mark is: "(1)" against the word it annotates (a raised number in a PDF is written this way)'),
});

export const Footnote = z.object({
  label: z.string(),
  text: z.string(),
  span: Span,
  marks: z.array(FootnoteMark).describe('the marks in the text that point to this footnote (usually one; none when no mark was found)'),
});
export type Footnote = z.infer<typeof Footnote>;

export const Signature = z.object({
  authority: z.string().nullable().describe('signing authority prefix: TM., KT., TL., TUQ., Q., T/M, K/T'),
  titles: z.array(z.string()),
  name: z.string().nullable(),
  span: Span.nullable(),
});

export const Warning = z.object({
  code: z.string().describe('stable rule id, e.g. "structure/duplicate-number"'),
  message: z.string(),
  span: Span.nullable(),
});
export type Warning = z.infer<typeof Warning>;

export const Source = z.object({
  path: z.string().nullable().describe('input path as given; null for stdin'),
  format: z.enum(['pdf', 'text', 'markdown']),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  pages: z.number().int().nonnegative().nullable(),
  textLayer: z.enum(['ok', 'repaired', 'legacy-decoded', 'ocr', 'none']).nullable().describe('how the PDF text was obtained'),
});

export const KhPlan = z
  .object({
    schemaVersion: z.string().regex(/^1\.\d+\.\d+$/),
    source: Source,
    document: DocumentInfo,
    basis: z.array(z.string()).describe('ids of references cited in the preamble ("Căn cứ …", "Thực hiện …")'),
    basisText: z.string().nullable().describe('the preamble paragraph(s) before the first section'),
    sections: z.array(Section),
    references: z.array(Reference),
    tasks: z.array(Task),
    targets: z.array(Target),
    footnotes: z.array(Footnote),
    header: z.array(Paragraph).describe('the header and title lines as written (issuer, Quốc hiệu, number, place and date, type, title)'),
    recipients: z.array(z.string()),
    recipientsSpan: Span.nullable().describe('where the "Nơi nhận" block is'),
    signature: Signature.nullable(),
    appendices: z.array(Appendix),
    unplaced: z.array(Paragraph).describe('text that could not be placed anywhere else (each also has a warning)'),
    warnings: z.array(Warning),
    fixes: z
      .record(z.string(), z.number().int().positive())
      .describe('repairs made while normalizing the text, counted by kind (e.g. "normalize/tone-mark-moved": 3); they are not problems, so not warnings'),
  })
  .meta({
    $id: 'https://kh-parse.dev/schemas/kh-plan.schema.json',
    title: 'kh-parse plan',
    description: 'A Vietnamese administrative plan (Kế hoạch) parsed into structured data by kh-parse',
  });
export type KhPlan = z.infer<typeof KhPlan>;

/** JSON Schema (draft 2020-12) generated from the zod schema. */
export function planJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(KhPlan, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

/** The record written in NDJSON, in place of a plan, for an input that could not be parsed. */
export const BatchErrorRecord = z.object({
  path: z.string().nullable().describe('input path as given; null for stdin'),
  error: z.object({
    code: z.string().describe('stable error code, e.g. "pdf-encrypted", "empty", "timeout"'),
    message: z.string().describe('what went wrong'),
    hint: z.string().describe('what to do about it'),
  }),
});
export type BatchErrorRecord = z.infer<typeof BatchErrorRecord>;

/** JSON Schema of the NDJSON error record. */
export function batchErrorJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(
    BatchErrorRecord.meta({ $id: 'https://kh-parse.dev/schemas/kh-batch-error.schema.json', title: 'kh-parse error record' }),
    { target: 'draft-2020-12' },
  ) as Record<string, unknown>;
}
