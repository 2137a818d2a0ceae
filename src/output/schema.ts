/**
 * The output contract of kh-parse. This zod schema is the single source of truth:
 * `schemas/kh-plan.schema.json` is generated from it (`npm run schema`) and a test fails
 * when the committed file drifts.
 *
 * It is written with zod's functional API (`zod/mini`: `z.nullable(z.string())` in place of
 * `z.string().nullable()`). The schemas validate the same and give the same JSON Schema; each
 * schema object is lighter to make (classic zod gives every object some fifty methods of its own),
 * which a command line that builds them at each start pays for.
 */
import english from 'zod/v4/locales/en.js';
import * as z from 'zod/mini';

// zod/mini, unlike classic zod, sets no language for its messages ("Invalid input" for every
// problem): English ones, as classic zod gives, for `kh-parse validate` and for users of `KhPlan`,
// unless the program has chosen a language of its own
if (z.config().localeError === undefined) z.config(english());

/** `schema`, with the description its JSON Schema carries (zod's global registry). */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  z.globalRegistry.add(schema as z.ZodMiniType, { description });
  return schema;
}

/** An integer, with further checks (`z.minimum(1)`, `z.nonnegative()` …). */
function integer(...checks: z.core.$ZodCheck<number>[]) {
  return z.number().check(z.int(), ...checks);
}

export const SCHEMA_VERSION = '1.2.0';

/** Offsets into the normalized text (what `kh-parse text` prints), plus the source position. */
export const Span = described(
  z.object({
    start: described(integer(z.nonnegative()), 'offset of the first character in the normalized text'),
    end: described(integer(z.nonnegative()), 'offset after the last character in the normalized text'),
    page: described(z.nullable(integer(z.positive())), '1-based PDF page of the first character; null for text input'),
    line: described(
      z.nullable(integer(z.positive())),
      '1-based source line of the first character: line of the file for text, line on the page for PDF',
    ),
  }),
  'where an item is: offsets into the normalized text and its page/line in the source',
);
export type Span = z.infer<typeof Span>;

export const DocumentDate = z.object({
  raw: described(z.string(), 'the date as written'),
  iso: described(z.nullable(z.string()), 'YYYY-MM-DD when day, month and year are all known and valid'),
  year: z.nullable(integer()),
  month: z.nullable(integer(z.minimum(1), z.maximum(12))),
  day: z.nullable(integer(z.minimum(1), z.maximum(31))),
});
export type DocumentDate = z.infer<typeof DocumentDate>;

export const Issuer = z.object({
  name: z.string(),
  key: described(z.string(), 'match key of the name (lowercase, one tone placement: "uỷ ban nhân dân tỉnh đồng nai"), the same however it was typed'),
  parent: described(z.nullable(z.string()), 'the governing body written above the issuer, e.g. "UBND TỈNH ĐỒNG NAI"'),
  inferred: described(
    z.boolean(),
    'true when the document has no issuer header and the name was taken from the body ("Sở X xây dựng kế hoạch")',
  ),
});

export const DocumentInfo = z.object({
  type: described(z.nullable(z.string()), 'document type in sentence case, e.g. "Kế hoạch"'),
  typeInferred: described(z.boolean(), 'true when there is no type line and the type was read from the body'),
  number: described(z.nullable(z.string()), 'the document\'s own number; null for drafts with a blank number'),
  symbol: described(z.nullable(z.string()), 'what follows the number, e.g. "KH-TT"'),
  issuer: z.nullable(Issuer),
  place: z.nullable(z.string()),
  date: z.nullable(DocumentDate),
  title: described(z.nullable(z.string()), 'the trích yếu under the type line'),
  period: described(
    z.nullable(z.object({ year: z.nullable(integer()), quarter: z.nullable(integer(z.minimum(1), z.maximum(4))) })),
    'the period the plan covers, from its title',
  ),
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

export const Appendix = described(
  z.object({
    label: described(z.string(), 'the appendix as its heading names it: "PHỤ LỤC", "Phụ lục II"'),
    title: described(z.nullable(z.string()), 'the rest of the heading line, or the lines in capitals under a bare heading ("DANH SÁCH CÁC ĐƠN VỊ KIỂM TRA")'),
    paragraphs: described(z.array(Paragraph), 'its text in reading order, the heading first; table rows as "| … |" lines'),
    span: Span,
  }),
  'an appendix (PHỤ LỤC) after the closing, up to the next one',
);
export type Appendix = z.infer<typeof Appendix>;

export const Section: z.ZodMiniType<Section> = z.lazy(() =>
  z.object({
    id: described(z.string(), 'path of labels, e.g. "II.1.a", "Điều 3.2.a"; bullets are numbered "-1", "-2" …; a repeated label gets "#2"'),
    label: described(z.string(), 'the marker as written, e.g. "II.", "1.", "a)", "-", "+"'),
    level: integer(z.positive()),
    kind: described(
      z.enum(['part', 'chuong', 'muc', 'dieu', 'khoan', 'diem', 'bullet', 'subbullet']),
      'Phần, Chương, mục (I.), Điều, khoản (1.), điểm (a)), bullet (-), sub-bullet (+)',
    ),
    heading: described(z.nullable(z.string()), 'the heading text after the marker'),
    paragraphs: described(z.array(Paragraph), 'body paragraphs of this section, not of its children'),
    children: z.array(Section),
    span: Span,
  }),
);

export const ReferenceType = described(z.string(), 'document type from the type word, e.g. "Chỉ thị"');

export const Pinpoint = described(
  z.object({
    text: described(z.string(), 'as written, e.g. "điểm b, điểm e khoản 4, khoản 6 Điều 44"'),
    articles: described(z.array(z.string()), 'the Điều numbers, in the order written ("44", "I")'),
    clauses: described(z.array(z.string()), 'the khoản numbers ("4", "6")'),
    points: described(z.array(z.string()), 'the điểm letters ("b", "e")'),
  }),
  'the article (Điều), clause (khoản) and point (điểm) of the cited document that the mention points into, written right before it: "khoản 2 Điều 3 Thông tư số 15/2026/TT-BCT"',
);

export const Mention = z.object({
  sectionId: described(z.nullable(z.string()), 'id of the section the mention is in; null in the preamble'),
  location: z.enum(['basis', 'body', 'footnote', 'title', 'appendix', 'unplaced']),
  text: described(z.string(), 'the citation as written in the source'),
  form: described(
    z.enum(['full', 'short', 'alias']),
    '"full": with its number/symbol or law name; "short": type and number only ("Chỉ thị số 13"), resolved to the one earlier full citation; "alias": a short name defined by "(sau đây gọi tắt là …)"',
  ),
  pinpoint: described(z.nullable(Pinpoint), 'the part of the cited document pointed into, or null'),
  appendix: described(
    z.nullable(z.string()),
    'the appendix the mention is in, as its heading names it ("PHỤ LỤC", "Phụ lục II"); null outside appendices',
  ),
  span: Span,
});

export const Reference = z.object({
  id: described(z.string(), 'stable id within this document: "ref-1", "ref-2" …'),
  type: z.nullable(ReferenceType),
  number: z.nullable(z.string()),
  year: z.nullable(integer()),
  symbol: described(z.nullable(z.string()), 'what follows the number, e.g. "CT-TTg", "NĐ-CP", "NQ/TW"'),
  canonical: described(z.string(), 'normalized citation: "33/CT-TTg", "04/2015/NĐ-CP", "25-NQ/TW", or the law name'),
  system: z.enum(['state', 'party', 'law']),
  name: described(z.nullable(z.string()), 'name of a law cited by name'),
  date: described(z.nullable(z.string()), 'ISO date of the cited document'),
  dateRaw: z.nullable(z.string()),
  issuer: z.nullable(z.string()),
  issuerKey: described(z.nullable(z.string()), 'match key of the issuer (lowercase, one tone placement), to group the same body across plans'),
  issuerFrom: described(z.nullable(z.enum(['text', 'code'])), '"text" when written ("của …"), "code" when resolved from the symbol'),
  term: described(z.nullable(z.string()), 'Party term, e.g. "khóa XI"'),
  subject: z.nullable(z.string()),
  relation: described(z.enum(['basis', 'cited']), '"basis" when cited in the preamble the plan is based on'),
  mentions: z.array(Mention).check(z.minLength(1)),
});
export type Reference = z.infer<typeof Reference>;

export const Deadline = z.object({
  kind: z.enum(['date', 'period', 'recurring', 'ongoing']),
  raw: z.string(),
  date: described(z.nullable(z.string()), 'ISO date: the day itself, or the last day of a period'),
  yearInferred: z.boolean(),
  recurrence: described(z.nullable(z.string()), 'ISO 8601 duration of a recurring deadline, e.g. "P6M", "P1Y", "P1M"'),
  rrule: described(
    z.nullable(z.string()),
    'RFC 5545 recurrence rule of a recurring deadline (the value of RRULE), e.g. "FREQ=MONTHLY;BYMONTHDAY=20" for "trước ngày 20 hằng tháng", "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=20" for "trước ngày 20/10 của năm", "FREQ=MONTHLY;INTERVAL=6" for "định kỳ 6 tháng"',
  ),
  reportingPeriod: described(
    z.nullable(
      z.object({
        raw: described(z.string(), 'the period as written: "6 tháng", "09 tháng", "năm", "cuối năm", "quý I"'),
        start: described(z.nullable(z.string()), 'ISO date of its first day, when the year is known'),
        end: described(z.nullable(z.string()), 'ISO date of its last day, when the year is known'),
      }),
    ),
    'the reporting period this deadline closes: "(6 tháng trước ngày 05/5, 09 tháng trước ngày 05/9 và năm trước ngày 20/10/2025)" gives three deadlines closing 6 months, 9 months and the year',
  ),
});
export type Deadline = z.infer<typeof Deadline>;

export const TaskUnit = z.object({
  role: z.enum(['lead', 'support', 'reportTo', 'reportVia']),
  name: described(z.string(), 'the unit or person as written (an entry of lead, support, reportTo or reportVia)'),
  key: described(
    z.string(),
    'key that groups the same unit across plans: lowercase, one tone placement, acronyms spelled out (UBND → uỷ ban nhân dân), and names relative to the issuer resolved ("Văn phòng Sở" in a plan of Sở Công Thương → "văn phòng sở công thương"; "UBND tỉnh" → "uỷ ban nhân dân tỉnh đồng nai" when the province is known)',
  ),
  standsFor: described(
    z.nullable(z.string()),
    'the unit that `name` stands for when the task names it only by reference, as the document writes it where it names it: a bare "Công ty" is the company a letter is written to; "đơn vị nêu trên", "các doanh nghiệp được kiểm tra" (or a bare "Công ty" in a text to several) each of the units the document lists before the task ("… của các đơn vị: Công ty A (…); Công ty B (…)"), one entry each, with that unit\'s key. Null when `name` is the unit itself, or what it refers to is not found',
  ),
  person: described(z.nullable(z.string()), 'a named person ("Phân công đồng chí Lê Văn Lộc – Phó Giám đốc Sở"): the name'),
  title: described(z.nullable(z.string()), 'the named person\'s title as written'),
});
export type TaskUnit = z.infer<typeof TaskUnit>;

export const Task = z.object({
  id: z.string(),
  sectionId: z.nullable(z.string()),
  kind: z.enum(['assignment', 'report']),
  text: z.string(),
  lead: z.array(z.string()),
  support: z.array(z.string()),
  leadKeys: described(
    z.array(z.string()),
    'grouping key of each lead unit across plans, as in `units` (lowercase, one tone placement, acronyms spelled out, names relative to the issuer resolved); a lead that stands for several listed units ("đơn vị nêu trên") gives the key of each',
  ),
  supportKeys: described(z.array(z.string()), 'grouping key of each support unit, as in `units`'),
  leadFrom: described(
    z.enum(['text', 'label', 'heading']),
    'where the lead came from: the task\'s own text, a label or a table column ("Đơn vị chủ trì"), or a heading over it (a section heading, an appendix title)',
  ),
  deadlines: z.array(Deadline),
  location: described(z.enum(['basis', 'body', 'appendix']), 'preamble, numbered sections, or a task table of an appendix'),
  reportTo: described(z.array(z.string()), 'a report: who it goes to ("về Văn phòng", "gửi UBND tỉnh"); [] otherwise'),
  reportVia: described(z.array(z.string()), 'a report: who it goes through ("(thông qua Sở Nội vụ)")'),
  units: described(z.array(TaskUnit), 'every unit and person of lead, support, reportTo and reportVia, with the key that groups it across plans'),
  span: Span,
});
export type Task = z.infer<typeof Task>;

export const Target = z.object({
  sectionId: z.nullable(z.string()),
  text: z.string(),
  value: z.nullable(z.number()),
  unit: z.nullable(z.string()),
  comparator: z.nullable(z.enum(['>', '≥', '=', '≈', '<', '≤'])),
  subject: described(z.nullable(z.string()), 'what the value is about: "Phòng thuộc Thanh tra tỉnh" in "Trên 80% Phòng thuộc Thanh tra tỉnh đạt …"'),
  span: Span,
});
export type Target = z.infer<typeof Target>;

export const FootnoteMark = z.object({
  sectionId: described(z.nullable(z.string()), 'id of the section whose text carries the mark; null outside the section tree'),
  // a copy of Span with a description of its own (registering Span itself would describe every span so)
  span: described(Span.clone(), 'where the mark is: "(1)" against the word it annotates (a raised number in a PDF is written this way)'),
});

export const Footnote = z.object({
  label: z.string(),
  text: z.string(),
  span: Span,
  marks: described(z.array(FootnoteMark), 'the marks in the text that point to this footnote (usually one; none when no mark was found)'),
});
export type Footnote = z.infer<typeof Footnote>;

export const Signature = z.object({
  authority: described(z.nullable(z.string()), 'signing authority prefix: TM., KT., TL., TUQ., Q., T/M, K/T'),
  titles: z.array(z.string()),
  name: z.nullable(z.string()),
  span: z.nullable(Span),
});

export const Warning = z.object({
  code: described(z.string(), 'stable rule id, e.g. "structure/duplicate-number"'),
  message: z.string(),
  span: z.nullable(Span),
});
export type Warning = z.infer<typeof Warning>;

export const Source = z.object({
  path: described(z.nullable(z.string()), 'input path as given; null for stdin'),
  format: z.enum(['pdf', 'text', 'markdown']),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  pages: z.nullable(integer(z.nonnegative())),
  textLayer: described(z.nullable(z.enum(['ok', 'repaired', 'legacy-decoded', 'ocr', 'none'])), 'how the PDF text was obtained'),
});

export const KhPlan = z
  .object({
    schemaVersion: z.string().check(z.regex(/^1\.\d+\.\d+$/)),
    source: Source,
    document: DocumentInfo,
    basis: described(z.array(z.string()), 'ids of references cited in the preamble ("Căn cứ …", "Thực hiện …")'),
    basisText: described(z.nullable(z.string()), 'the preamble paragraph(s) before the first section'),
    sections: z.array(Section),
    body: described(
      z.nullable(z.object({ paragraphs: z.array(Paragraph), span: Span })),
      'a document without numbered sections (a short công văn): its text between the preamble and the closing; null when it has sections (their text is in `sections`)',
    ),
    references: z.array(Reference),
    tasks: z.array(Task),
    targets: z.array(Target),
    footnotes: z.array(Footnote),
    header: described(z.array(Paragraph), 'the header and title lines as written (issuer, Quốc hiệu, number, place and date, type, title)'),
    recipients: z.array(z.string()),
    recipientsSpan: described(z.nullable(Span), 'where the "Nơi nhận" block is'),
    signature: z.nullable(Signature),
    appendices: z.array(Appendix),
    unplaced: described(z.array(Paragraph), 'text that could not be placed anywhere else (each also has a warning)'),
    warnings: z.array(Warning),
    fixes: described(
      z.record(z.string(), integer(z.positive())),
      'repairs made while normalizing the text, counted by kind (e.g. "normalize/tone-mark-moved": 3); they are not problems, so not warnings',
    ),
  })
  .register(z.globalRegistry, {
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
  path: described(z.nullable(z.string()), 'input path as given; null for stdin'),
  error: z.object({
    code: described(z.string(), 'stable error code, e.g. "pdf-encrypted", "empty", "timeout"'),
    message: described(z.string(), 'what went wrong'),
    hint: described(z.string(), 'what to do about it'),
  }),
});
export type BatchErrorRecord = z.infer<typeof BatchErrorRecord>;

/** JSON Schema of the NDJSON error record. */
export function batchErrorJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(
    BatchErrorRecord.clone().register(z.globalRegistry, { $id: 'https://kh-parse.dev/schemas/kh-batch-error.schema.json', title: 'kh-parse error record' }),
    { target: 'draft-2020-12' },
  ) as Record<string, unknown>;
}
