/**
 * A small synthetic TrueType-like font for the glyph recovery tests: letters and accents as plain
 * polygons (font units, 1000 per em), composites placing accents on letters — the structure of
 * Times New Roman's Vietnamese letters, with glyph ids borrowed from it.
 */
import type { GlyphComponent, GlyphOutline, OutlinePoint } from '../../../src/extract/fonts/glyf.js';
import type { OutlineSource } from '../../../src/extract/fonts/outline-geometry.js';

type Xy = [number, number];

const contour = (points: Xy[]): OutlinePoint[] => points.map(([x, y]) => ({ x, y, onCurve: true }));
const lift = (points: Xy[], dy: number): Xy[] => points.map(([x, y]) => [x, y + dy]);

/** accents drawn above the x-height (600 and up), in their usual forms */
export const ACCENT_DRAWINGS: Record<string, Xy[]> = {
  // wedges: wide at the top, pointed at the bottom
  grave: lift([[0, 300], [130, 300], [300, 30], [270, 0]], 600),
  acute: lift([[170, 300], [300, 300], [30, 0], [0, 30]], 600),
  circumflex: lift([[0, 0], [200, 250], [400, 0], [310, 0], [200, 150], [90, 0]], 600),
  // the same drawn again, flatter (for capitals)
  flatCircumflex: lift([[0, 0], [250, 120], [500, 0], [400, 0], [250, 70], [100, 0]], 800),
  tilde: lift([[0, 0], [100, 150], [225, 80], [350, 150], [450, 150], [350, 0], [225, 70], [100, 0]], 650),
  breve: lift([[0, 300], [60, 300], [200, 90], [340, 300], [400, 300], [200, 0]], 600),
  hook: lift([[100, 0], [160, 0], [160, 100], [260, 200], [260, 300], [160, 380], [40, 380], [0, 300], [60, 300], [100, 340], [160, 340], [200, 300], [200, 220], [100, 120]], 600),
  dotBelow: [[200, -220], [300, -220], [300, -120], [200, -120]],
};

const simple = (...contours: Xy[][]): GlyphOutline => ({ kind: 'simple', contours: contours.map(contour) });

const component = (glyph: number, base = false, dx = 0): GlyphComponent => ({ glyph, dx, dy: 0, matrix: [1, 0, 0, 1], useMyMetrics: base });

const composite = (base: number, ...accents: (number | [number, number])[]): GlyphOutline => ({
  kind: 'composite',
  components: [component(base, true), ...accents.map((a) => (Array.isArray(a) ? component(a[0], false, a[1]) : component(a)))],
});

/** outer square clockwise, counter anticlockwise: a ring */
const O_RING: Xy[][] = [
  [[0, 0], [0, 500], [500, 500], [500, 0]],
  [[100, 100], [400, 100], [400, 400], [100, 400]],
];
const HORN: Xy[] = [[500, 450], [500, 550], [600, 550], [600, 450]];

export const GLYPHS = {
  a: 68,
  o: 82,
  grave: 67,
  acute: 141,
  circumflex: 214,
  tilde: 215,
  breve: 217,
  acuteOverCircumflex: 1139,
  flatCircumflex: 1148,
  dotBelow: 1149,
  hook: 1157,
  oHorn: 1131,
  aGrave: 106,
  aAcute: 105,
  aCircumflex: 107,
  aTilde: 109,
  aBreve: 259,
  aDotBelow: 1189,
  aHook: 1191,
  aCircumflexAcute: 1193,
  capitalLikeCircumflex: 1195,
  oHornGrave: 1249,
} as const;

const G = GLYPHS;
const OUTLINES = new Map<number, GlyphOutline>([
  [G.a, simple([[100, 0], [100, 500], [500, 500], [500, 0]])],
  [G.o, simple(...O_RING)],
  [G.oHorn, simple(...O_RING, HORN)],
  [G.grave, simple(ACCENT_DRAWINGS.grave!)],
  [G.acute, simple(ACCENT_DRAWINGS.acute!)],
  [G.circumflex, simple(ACCENT_DRAWINGS.circumflex!)],
  [G.flatCircumflex, simple(ACCENT_DRAWINGS.flatCircumflex!)],
  [G.tilde, simple(ACCENT_DRAWINGS.tilde!)],
  [G.breve, simple(ACCENT_DRAWINGS.breve!)],
  [G.hook, simple(ACCENT_DRAWINGS.hook!)],
  [G.dotBelow, simple(ACCENT_DRAWINGS.dotBelow!)],
  // the acute stacked over a circumflex: the same drawing, placed by the composite
  [G.acuteOverCircumflex, simple(ACCENT_DRAWINGS.acute!.map(([x, y]) => [x - 700, y + 200]))],
  [G.aGrave, composite(G.a, G.grave)],
  [G.aAcute, composite(G.a, G.acute)],
  [G.aCircumflex, composite(G.a, G.circumflex)],
  [G.aTilde, composite(G.a, G.tilde)],
  [G.aBreve, composite(G.a, G.breve)],
  [G.aDotBelow, composite(G.a, G.dotBelow)],
  [G.aHook, composite(G.a, G.hook)],
  [G.aCircumflexAcute, composite(G.a, G.circumflex, [G.acuteOverCircumflex, 900])],
  [G.capitalLikeCircumflex, composite(G.a, G.flatCircumflex)],
  [G.oHornGrave, composite(G.oHorn, G.grave)],
]);

export const SYNTHETIC_FONT: OutlineSource = {
  unitsPerEm: 1000,
  outline: (glyph) => OUTLINES.get(glyph) ?? { kind: 'empty' },
};
