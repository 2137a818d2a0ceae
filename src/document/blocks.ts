/**
 * The views of a parsed document that the extraction stages read. They are plain data cut from
 * the unist tree, so each extractor is a pure function that can be tested on hand-made input.
 */

/** A half-open range [start, end) of offsets into the normalized document text. */
export interface TextRange {
  start: number;
  end: number;
}

export type BlockLocation = 'basis' | 'body' | 'footnote' | 'title' | 'appendix' | 'unplaced';

/** One paragraph (or heading) of normalized text and where it sits. */
export interface TextBlock {
  /** normalized text of the paragraph, one line, no trailing newline */
  text: string;
  /** offset of `text[0]` in the normalized document text */
  start: number;
  /** id of the innermost section that holds it ("II.1.a"), null outside the section tree */
  sectionId: string | null;
  location: BlockLocation;
  /** true when this block is the heading of section `sectionId` (marker stripped) */
  isHeading: boolean;
}

export type SectionKind = 'part' | 'chuong' | 'muc' | 'dieu' | 'khoan' | 'diem' | 'bullet' | 'subbullet';

/** The section tree as the task extractor sees it. */
export interface SectionView {
  id: string;
  label: string;
  kind: SectionKind;
  level: number;
  heading: TextBlock | null;
  paragraphs: TextBlock[];
  children: SectionView[];
}

/** A calendar date as far as it is known. */
export interface PartialDate {
  year: number | null;
  month: number | null;
  day: number | null;
}

/** What extractors know about the plan itself, for resolving year-less dates. */
export interface PlanContext {
  /** the plan's own date (may be partial: drafts leave the day blank) */
  date: PartialDate | null;
  /** year of the period the plan covers ("năm 2025" in its title) */
  periodYear: number | null;
}

/** A warning before its position is resolved to page/line. */
export interface WarningDraft {
  code: string;
  message: string;
  range: TextRange | null;
}
