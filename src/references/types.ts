/**
 * Shapes shared by the reference extractor's stages: the drafts it returns, and the citations
 * found in one block before they are merged into references.
 */
import type * as z from 'zod/mini';
import type { BlockLocation, TextBlock, TextRange } from '../document/blocks.js';
import type { Mention, Reference } from '../output/schema.js';
import type { ParsedSymbol } from './symbol.js';

/** A mention before the pipeline turns its range into a span. */
export type MentionDraft = Omit<z.infer<typeof Mention>, 'span'> & { range: TextRange };

/** A reference whose mentions still carry ranges. */
export type ReferenceDraft = Omit<Reference, 'mentions'> & { mentions: MentionDraft[] };

/**
 * A block's text as the scanners read it: `text` as written, and `canonical`, the same text with
 * every tone at its canonical place (`withCanonicalTones`, same offsets). Words are matched on
 * `canonical`, so `khóa`/`khoá` and `Ủy`/`Uỷ` are the same to a pattern; values are cut from `text`.
 */
export interface ScanText {
  text: string;
  canonical: string;
}

/** A date written after a citation. */
export interface CitedDate {
  /** the date as written, without a leading "ngày" */
  raw: string;
  iso: string | null;
  /** why the written date is not a calendar date, or null */
  problem: string | null;
  range: TextRange;
}

/** A value taken from the text, with where it was written. */
export interface Located<T> {
  value: T;
  range: TextRange;
}

/** Where a citation sits. */
export interface CitationPlace {
  sectionId: string | null;
  location: BlockLocation;
  /** the appendix ("Phụ lục II") holding it, or null */
  appendix: string | null;
}

/** A text block as the reference extractor reads it: what the pipeline gives, plus its appendix. */
export interface CitationBlock extends TextBlock {
  /** label of the appendix the block is in ("PHỤ LỤC", "Phụ lục I"), null outside appendices */
  appendix: string | null;
}

/** The article, clause and point a citation points into: `điểm a khoản 2 Điều 3 Nghị định …`. */
export interface Pinpoint {
  /** as written ("điểm b, điểm e khoản 4, khoản 6 Điều 44") */
  text: string;
  range: TextRange;
  /** Điều numbers, in the order written */
  articles: string[];
  /** khoản numbers */
  clauses: string[];
  /** điểm letters */
  points: string[];
}

/** What the document itself is, so that it is never cited: its type, number and symbol. */
export interface SelfInfo {
  type: string | null;
  number: string | null;
  symbol: string | null;
}

/**
 * Fields written after the number (date, issuer, term, subject). Ranges are local to the block
 * while a tail is parsed, absolute once it belongs to a `Citation`.
 */
export interface CitationTail {
  date: CitedDate | null;
  issuer: Located<string> | null;
  term: string | null;
  subject: string | null;
}

/**
 * One citation found in the text, before resolution. `full` citations carry a symbol or a law
 * name; `short` ones ("Chỉ thị số 13") only a type and a number and must be resolved against
 * earlier full citations.
 */
export interface Citation extends CitationTail, CitationPlace {
  /** `alias`: a name defined by "(sau đây gọi tắt là …)", resolved to the citation that defined it */
  kind: 'full' | 'short' | 'alias';
  /** the core citation as written ("Chỉ thị số 33/CT-TTg"), absolute range */
  text: string;
  range: TextRange;
  /** document type in sentence case, from the type word */
  type: string | null;
  symbol: ParsedSymbol | null;
  /** law name for laws cited by name ("Luật Phòng, chống tham nhũng") */
  name: string | null;
  /** year written after a law name ("năm 2020") */
  nameYear: number | null;
  /** number of a short citation */
  shortNumber: string | null;
  /** a short citation written with "số" ("Chỉ thị số 13"): one that is meant as a citation */
  withSo: boolean;
  /** true when date/issuer/term/subject were taken from the next citation ("A và B ngày …") */
  sharedTail: boolean;
  /** `khoản 2 Điều 3` written right before the citation */
  pinpoint: Pinpoint | null;
  /** for `alias` mentions: start offset of the full citation the alias was defined for */
  aliasOf: number | null;
}
