import { describe, expect, it } from 'vitest';
import { accentForm } from '../../../src/extract/fonts/accent-form.js';
import { identifyGlyphs } from '../../../src/extract/fonts/glyph-identity.js';
import { shapeOf } from '../../../src/extract/fonts/glyph-shape.js';
import { glyphPolygons } from '../../../src/extract/fonts/outline-geometry.js';
import { GLYPHS as G, SYNTHETIC_FONT } from './synthetic-font.js';

/** what a sibling font with an encoding tells: plain letters and the Latin-1 accented ones */
const LATIN_1 = new Map<number, string>([
  [G.a, 'a'],
  [G.o, 'o'],
  [G.aGrave, 'à'],
  [G.aAcute, 'á'],
  [G.aCircumflex, 'â'],
  [G.aTilde, 'ã'],
]);

describe('accent forms', () => {
  it.each([
    [G.grave, 'falling'],
    [G.acute, 'rising'],
    [G.circumflex, 'roof'],
    [G.flatCircumflex, 'roof'],
    [G.tilde, 'wave'],
    [G.breve, 'cup'],
    [G.hook, 'other'],
  ] as const)('glyph %i is a %s', (glyph, form) => {
    expect(accentForm(shapeOf(glyphPolygons(SYNTHETIC_FONT, glyph))!)).toBe(form);
  });
});

describe('identifyGlyphs', () => {
  const wanted = [G.aDotBelow, G.aHook, G.aBreve, G.aCircumflexAcute, G.capitalLikeCircumflex, G.oHorn, G.oHornGrave];

  it('recovers the Vietnamese letters from Latin-1 anchors and the outlines', () => {
    const texts = identifyGlyphs(SYNTHETIC_FONT, LATIN_1, wanted);
    expect(wanted.map((g) => texts.get(g))).toEqual(['ạ', 'ả', 'ă', 'ấ', 'â', 'ơ', 'ờ']);
  });

  it('keeps the anchors as they are', () => {
    const texts = identifyGlyphs(SYNTHETIC_FONT, new Map([[G.aDotBelow, 'x']]), [G.aDotBelow]);
    expect(texts.get(G.aDotBelow)).toBe('x');
  });

  it('without Latin-1 anchors reads the accents by their form', () => {
    const texts = identifyGlyphs(SYNTHETIC_FONT, new Map([[G.a, 'a']]), [G.aGrave, G.aAcute, G.aTilde, G.aCircumflex, G.aBreve, G.aHook, G.aDotBelow]);
    expect([G.aGrave, G.aAcute, G.aTilde, G.aCircumflex, G.aBreve, G.aHook, G.aDotBelow].map((g) => texts.get(g))).toEqual(['à', 'á', 'ã', 'â', 'ă', 'ả', 'ạ']);
  });

  it('leaves out what it cannot know, and reads an empty glyph as a space', () => {
    const texts = identifyGlyphs(SYNTHETIC_FONT, new Map(), [G.aHook, 3]);
    expect(texts.has(G.aHook)).toBe(false);
    expect(texts.get(3)).toBe(' ');
  });
});
