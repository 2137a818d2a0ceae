/** A run of text as pdf.js's `getTextContent` gives it — and as glyph recovery rebuilds it. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, e, f]: size and direction of the text, e and f its origin in user space */
  transform: number[];
  /** advance along the baseline, user-space units */
  width: number;
  height: number;
  /** pdf.js's id of the font (`g_d0_f3`), shared by the operator list and the text content */
  fontName: string;
}
