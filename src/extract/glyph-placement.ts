/**
 * Where each glyph of a page is drawn, from pdf.js's operator list: the PDF text state (text and
 * line matrices, font and size, spacing, scaling, rise) and the graphics state's transform, kept the
 * way pdf.js's own canvas renderer keeps them. Used only for pages whose text has to be rebuilt
 * glyph by glyph.
 */
import type { PdfjsFont, PdfjsGlyph, PdfjsOperatorList, PdfjsOps } from './pdfjs-operators.js';
import { isPdfjsGlyph } from './pdfjs-operators.js';
import { compose, IDENTITY, matrixArgument, toMatrix, type Matrix } from './transform-matrix.js';

export interface PlacedGlyph {
  fontId: string;
  glyph: PdfjsGlyph;
  /** text rendering matrix at the glyph: [a b c d] size and direction, [e f] its origin in user space */
  matrix: Matrix;
  /** user-space distance from this glyph's origin to the next one's */
  advance: number;
}

/** The glyphs of one text-showing operation, in order. */
export type GlyphRun = PlacedGlyph[];

interface TextState {
  ctm: Matrix;
  textMatrix: Matrix;
  lineX: number;
  lineY: number;
  x: number;
  y: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  fontId: string | null;
  fontSize: number;
}

const num = (value: unknown, fallback = 0): number => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

/**
 * Every glyph the operator list shows, placed. Null when the page uses a vertical font, which this
 * does not place.
 */
export function placeGlyphs(list: PdfjsOperatorList, ops: PdfjsOps, fontOf: (id: string) => PdfjsFont | null): GlyphRun[] | null {
  let s: TextState = {
    ctm: IDENTITY,
    textMatrix: IDENTITY,
    lineX: 0,
    lineY: 0,
    x: 0,
    y: 0,
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    leading: 0,
    rise: 0,
    fontId: null,
    fontSize: 0,
  };
  const stack: TextState[] = [];
  const runs: GlyphRun[] = [];
  const moveLine = (dx: number, dy: number) => {
    s.x = s.lineX += dx;
    s.y = s.lineY += dy;
  };
  for (let i = 0; i < list.fnArray.length; i += 1) {
    const fn = list.fnArray[i];
    const args = (Array.isArray(list.argsArray[i]) ? list.argsArray[i] : []) as unknown[];
    switch (fn) {
      case ops.save:
        stack.push({ ...s });
        break;
      case ops.restore:
        s = stack.pop() ?? s;
        break;
      case ops.transform: {
        const m = matrixArgument(args);
        if (m) s.ctm = compose(s.ctm, m);
        break;
      }
      case ops.paintFormXObjectBegin: {
        stack.push({ ...s });
        const m = toMatrix(args[0]);
        if (m) s.ctm = compose(s.ctm, m);
        break;
      }
      case ops.paintFormXObjectEnd:
        s = stack.pop() ?? s;
        break;
      case ops.beginText:
        s.textMatrix = IDENTITY;
        s.x = s.y = s.lineX = s.lineY = 0;
        break;
      case ops.setTextMatrix: {
        const m = matrixArgument(args);
        if (m) s.textMatrix = m;
        s.x = s.y = s.lineX = s.lineY = 0;
        break;
      }
      case ops.moveText:
        moveLine(num(args[0]), num(args[1]));
        break;
      case ops.setLeadingMoveText:
        s.leading = -num(args[1]);
        moveLine(num(args[0]), num(args[1]));
        break;
      case ops.nextLine:
        moveLine(0, -s.leading);
        break;
      case ops.setLeading:
        s.leading = num(args[0]);
        break;
      case ops.setCharSpacing:
        s.charSpacing = num(args[0]);
        break;
      case ops.setWordSpacing:
        s.wordSpacing = num(args[0]);
        break;
      case ops.setHScale:
        s.hScale = num(args[0], 100) / 100;
        break;
      case ops.setTextRise:
        s.rise = num(args[0]);
        break;
      case ops.setFont:
        s.fontId = typeof args[0] === 'string' ? args[0] : null;
        s.fontSize = num(args[1]);
        break;
      case ops.showText: {
        const font = s.fontId === null ? null : fontOf(s.fontId);
        if (!font || !Array.isArray(args[0])) break;
        if (font.vertical) return null;
        runs.push(showText(s, s.fontId!, font, args[0] as unknown[]));
        break;
      }
      default:
        break;
    }
  }
  return runs;
}

/** Places one operation's glyphs and moves the text position past them (as pdf.js's canvas does). */
function showText(s: TextState, fontId: string, font: PdfjsFont, glyphs: unknown[]): GlyphRun {
  const direction = s.fontSize < 0 ? -1 : 1;
  const size = Math.abs(s.fontSize);
  const hScale = s.hScale * direction;
  const unitsToText = size * (font.fontMatrix?.[0] ?? 0.001);
  const toUser = compose(s.ctm, s.textMatrix);
  const run: GlyphRun = [];
  let advance = 0;
  for (const item of glyphs) {
    if (typeof item === 'number') {
      // TJ adjustment, thousandths of text space, subtracted
      advance -= (item * size) / 1000;
      continue;
    }
    if (!isPdfjsGlyph(item)) continue;
    const spacing = (item.isSpace ? s.wordSpacing : 0) + s.charSpacing;
    const width = item.width * unitsToText + spacing * direction;
    const matrix = compose(toUser, [size * s.hScale, 0, 0, size, s.x + advance * hScale, s.y + s.rise]);
    run.push({ fontId, glyph: item, matrix, advance: width * Math.abs(hScale) * Math.hypot(toUser[0], toUser[1]) });
    advance += width;
  }
  s.x += advance * hScale;
  return run;
}
