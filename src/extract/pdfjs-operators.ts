/**
 * The parts of pdf.js's operator list and font objects that glyph recovery reads. pdf.js types them
 * loosely (`any`); these interfaces say what is relied on, and the guards check it at run time.
 */

/** One glyph of a `showText` operation. */
export interface PdfjsGlyph {
  /** the character code in the content stream: for Identity-H fonts, the glyph id */
  originalCharCode: number;
  /** the character pdf.js's rewritten font maps to the glyph */
  fontChar: string;
  /** pdf.js's idea of the text: from ToUnicode, the encoding, or the code itself */
  unicode: string;
  /** advance in glyph space (1000 per em for most fonts) */
  width: number;
  isSpace: boolean;
}

/** A font as pdf.js hands it over with `fontExtraProperties: true`. */
export interface PdfjsFont {
  name?: string;
  loadedName?: string;
  /** the font program as pdf.js rewrote it (glyph ids and outlines kept, cmap replaced) */
  data?: Uint8Array;
  composite?: boolean;
  isSymbolicFont?: boolean;
  isType3Font?: boolean;
  vertical?: boolean;
  fontMatrix?: number[];
}

export interface PdfjsOperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

/** The operator codes used (pdf.js's `OPS`). */
export interface PdfjsOps {
  save: number;
  restore: number;
  transform: number;
  beginText: number;
  setCharSpacing: number;
  setWordSpacing: number;
  setHScale: number;
  setLeading: number;
  setFont: number;
  setTextRise: number;
  moveText: number;
  setLeadingMoveText: number;
  setTextMatrix: number;
  nextLine: number;
  showText: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
}

export function isPdfjsGlyph(value: unknown): value is PdfjsGlyph {
  return typeof value === 'object' && value !== null && 'fontChar' in value && 'originalCharCode' in value && 'width' in value;
}

/** A subset font's name without its `ABCDEF+` tag: the name shared by sibling subsets. */
export function baseFontName(font: PdfjsFont): string {
  return (font.name ?? '').replace(/^[A-Z]{6}\+/u, '');
}
