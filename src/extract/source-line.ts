/** One line of source text as extracted, before normalization. */
export interface SourceLine {
  text: string;
  /** 1-based PDF page, null for text input */
  page: number | null;
  /** 1-based line: line of the file for text input, line on the page for PDF */
  line: number;
  /** layout, when the source has it (PDF) */
  box: LineBox | null;
  /** what the extractor already knows this line is */
  role: 'body' | 'footnote';
}

export interface LineBox {
  /** left edge and baseline in PDF units (origin bottom-left) */
  x: number;
  y: number;
  width: number;
  fontSize: number;
  pageWidth: number;
  pageHeight: number;
}

export type SourceFormat = 'pdf' | 'text' | 'markdown';

/** What stage 1 produces. */
export interface ExtractedSource {
  format: SourceFormat;
  lines: SourceLine[];
  pages: number | null;
  /** how a PDF's text was obtained: as it is (`ok`), recovered from the embedded fonts (`repaired`), decoded from a legacy 8-bit font (`legacy-decoded`), read by OCR (`ocr`) */
  textLayer: 'ok' | 'repaired' | 'legacy-decoded' | 'ocr' | 'none' | null;
  /** non-fatal problems met while reading (e.g. legacy encoding) */
  notes: { code: string; message: string }[];
}
