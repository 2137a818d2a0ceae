/**
 * TrueType outlines (`glyf` + `loca`, sized by `head` and `maxp`): per glyph id, nothing, a simple
 * outline (contours of on- and off-curve points) or a composite (other glyphs placed with an
 * offset). Composites are what make glyph recovery possible: `ộ` is drawn as `o` + circumflex +
 * dot below, each of them a glyph of its own.
 */
import type { SfntFont } from './sfnt.js';

export interface OutlinePoint {
  x: number;
  y: number;
  onCurve: boolean;
}

export interface GlyphComponent {
  glyph: number;
  dx: number;
  dy: number;
  /** 2×2 transform [xx, xy, yx, yy]; identity for almost every component */
  matrix: readonly [number, number, number, number];
  /** the component whose advance the composite takes: its base letter */
  useMyMetrics: boolean;
}

export type GlyphOutline =
  | { kind: 'empty' }
  | { kind: 'simple'; contours: OutlinePoint[][] }
  | { kind: 'composite'; components: GlyphComponent[] };

export interface GlyphTable {
  readonly glyphCount: number;
  readonly unitsPerEm: number;
  outline(glyph: number): GlyphOutline;
}

const EMPTY: GlyphOutline = { kind: 'empty' };

/** The letter a composite is built on: the component it takes its metrics from, else the first. */
export function baseComponentOf(components: readonly GlyphComponent[]): GlyphComponent {
  return components.find((c) => c.useMyMetrics) ?? components[0]!;
}

// simple glyph flags
const ON_CURVE = 0x01;
const X_SHORT = 0x02;
const Y_SHORT = 0x04;
const REPEAT = 0x08;
const X_SAME_OR_POSITIVE = 0x10;
const Y_SAME_OR_POSITIVE = 0x20;
// composite flags
const ARGS_ARE_WORDS = 0x0001;
const ARGS_ARE_XY = 0x0002;
const HAS_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const HAS_XY_SCALE = 0x0040;
const HAS_2X2 = 0x0080;
const USE_MY_METRICS = 0x0200;

function f2dot14(view: DataView, at: number): number {
  return view.getInt16(at) / 16384;
}

function readSimple(glyf: DataView, start: number, contourCount: number): GlyphOutline {
  const ends: number[] = [];
  for (let i = 0; i < contourCount; i += 1) ends.push(glyf.getUint16(start + 10 + 2 * i));
  const pointCount = contourCount === 0 ? 0 : ends[contourCount - 1]! + 1;
  let at = start + 10 + 2 * contourCount;
  at += 2 + glyf.getUint16(at); // skip the hinting instructions
  const flags: number[] = [];
  while (flags.length < pointCount) {
    const flag = glyf.getUint8(at++);
    flags.push(flag);
    if (flag & REPEAT) for (let r = glyf.getUint8(at++); r > 0; r -= 1) flags.push(flag);
  }
  const xs: number[] = [];
  let x = 0;
  for (const flag of flags) {
    if (flag & X_SHORT) x += flag & X_SAME_OR_POSITIVE ? glyf.getUint8(at++) : -glyf.getUint8(at++);
    else if (!(flag & X_SAME_OR_POSITIVE)) {
      x += glyf.getInt16(at);
      at += 2;
    }
    xs.push(x);
  }
  const contours: OutlinePoint[][] = [];
  let y = 0;
  let contour: OutlinePoint[] = [];
  flags.forEach((flag, i) => {
    if (flag & Y_SHORT) y += flag & Y_SAME_OR_POSITIVE ? glyf.getUint8(at++) : -glyf.getUint8(at++);
    else if (!(flag & Y_SAME_OR_POSITIVE)) {
      y += glyf.getInt16(at);
      at += 2;
    }
    contour.push({ x: xs[i]!, y, onCurve: (flag & ON_CURVE) !== 0 });
    if (ends.includes(i)) {
      contours.push(contour);
      contour = [];
    }
  });
  return contours.length === 0 ? EMPTY : { kind: 'simple', contours };
}

function readComposite(glyf: DataView, start: number): GlyphOutline {
  const components: GlyphComponent[] = [];
  let at = start + 10;
  for (;;) {
    const flags = glyf.getUint16(at);
    const glyph = glyf.getUint16(at + 2);
    at += 4;
    let dx = 0;
    let dy = 0;
    if (flags & ARGS_ARE_WORDS) {
      if (flags & ARGS_ARE_XY) [dx, dy] = [glyf.getInt16(at), glyf.getInt16(at + 2)];
      at += 4;
    } else {
      if (flags & ARGS_ARE_XY) [dx, dy] = [glyf.getInt8(at), glyf.getInt8(at + 1)];
      at += 2;
    }
    let matrix: [number, number, number, number] = [1, 0, 0, 1];
    if (flags & HAS_SCALE) {
      const s = f2dot14(glyf, at);
      matrix = [s, 0, 0, s];
      at += 2;
    } else if (flags & HAS_XY_SCALE) {
      matrix = [f2dot14(glyf, at), 0, 0, f2dot14(glyf, at + 2)];
      at += 4;
    } else if (flags & HAS_2X2) {
      matrix = [f2dot14(glyf, at), f2dot14(glyf, at + 2), f2dot14(glyf, at + 4), f2dot14(glyf, at + 6)];
      at += 8;
    }
    components.push({ glyph, dx, dy, matrix, useMyMetrics: (flags & USE_MY_METRICS) !== 0 });
    if (!(flags & MORE_COMPONENTS)) break;
  }
  return { kind: 'composite', components };
}

/** The outline reader of a TrueType font; null when the font has no `glyf` outlines (CFF, Type 1). */
export function readGlyphTable(font: SfntFont): GlyphTable | null {
  const head = font.tables.get('head');
  const maxp = font.tables.get('maxp');
  const loca = font.tables.get('loca');
  const glyf = font.tables.get('glyf');
  if (!head || !maxp || !loca || !glyf || head.byteLength < 54 || maxp.byteLength < 6) return null;
  const unitsPerEm = head.getUint16(18) || 1000;
  const longOffsets = head.getInt16(50) !== 0;
  const glyphCount = maxp.getUint16(4);
  const offsetOf = (glyph: number): number => (longOffsets ? loca.getUint32(4 * glyph) : 2 * loca.getUint16(2 * glyph));
  const cache = new Map<number, GlyphOutline>();
  return {
    glyphCount,
    unitsPerEm,
    outline(glyph: number): GlyphOutline {
      const cached = cache.get(glyph);
      if (cached) return cached;
      let outline = EMPTY;
      try {
        const start = offsetOf(glyph);
        const end = offsetOf(glyph + 1);
        if (glyph < glyphCount && end > start && start + 10 <= glyf.byteLength) {
          const contourCount = glyf.getInt16(start);
          outline = contourCount >= 0 ? readSimple(glyf, start, contourCount) : readComposite(glyf, start);
        }
      } catch (error) {
        // damaged glyph data reads as an empty glyph, as a renderer would show it
        if (!(error instanceof RangeError)) throw error;
      }
      cache.set(glyph, outline);
      return outline;
    },
  };
}
