/**
 * Which legacy encoding each font of a PDF is in, decided on all the text the document shows in
 * that font (a font's codes mean the same everywhere), never word by word: the font name says
 * TCVN3 (`.VnTime`, `ABCDEF+.VnTimeH`) or VNI (`VNI-Times`) and the decoded text must then read
 * better than the codes as they are; without such a name, the text must clearly read as
 * Vietnamese in one encoding (syllable scoring, foreign-language guards). A font with too little
 * text to decide takes the encoding the document's other legacy fonts were found in, when that
 * makes it read better.
 */
import { surfaceOfBytes } from '../normalize/legacy/byte-surface.js';
import { decodeLegacyRun, legacyFontHint } from '../normalize/legacy/decode-run.js';
import { decodeKnown, type LegacyEncoding } from '../normalize/legacy/detect.js';

export interface LegacyFont {
  /** the font's name in the PDF (`ABCDEF+.VnTime`) */
  name: string;
  /** its raw codes, line by line */
  lines: readonly (readonly number[])[];
}

export interface LegacyFontVerdict {
  encoding: LegacyEncoding;
  /** a capitals font: decoded text in capitals */
  allCapitals: boolean;
}

function textOf(font: LegacyFont): string {
  return font.lines.map((codes) => surfaceOfBytes(codes)).join('\n');
}

/** The verdict for each font that is in a legacy encoding (pdf.js id → verdict). */
export function legacyFontVerdicts(fonts: ReadonlyMap<string, LegacyFont>): Map<string, LegacyFontVerdict> {
  const verdicts = new Map<string, LegacyFontVerdict>();
  const undecided: [string, LegacyFont, string][] = [];
  for (const [id, font] of fonts) {
    const text = textOf(font);
    const hint = legacyFontHint(font.name);
    const { encoding } = decodeLegacyRun(text, { fontName: font.name });
    if (encoding === null) undecided.push([id, font, text]);
    else verdicts.set(id, { encoding, allCapitals: hint?.encoding === encoding && hint.allCapitals });
  }
  const counts = new Map<LegacyEncoding, number>();
  for (const v of verdicts.values()) counts.set(v.encoding, (counts.get(v.encoding) ?? 0) + 1);
  const inherited = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (inherited === undefined) return verdicts;
  for (const [id, font, text] of undecided) {
    const hint = legacyFontHint(font.name);
    const allCapitals = hint?.encoding === inherited && hint.allCapitals;
    if (decodeKnown(text, inherited, { strict: true, allCapitals }) !== null) verdicts.set(id, { encoding: inherited, allCapitals });
  }
  return verdicts;
}
