/**
 * Legacy decoding of one PDF font run (for the PDF extractor): the font name is the strongest
 * signal (`.VnTime`, `ABCDEF+.VnTimeH` → TCVN3, the H fonts in capitals; `VNI-Times` → VNI), but
 * documents converted to Unicode keep their old font names (viparse: 44 % false positives), so
 * the content must confirm it. Without a usable font name the run is detected like any block.
 */
import { decodeKnown, detectLegacy, type LegacyEncoding } from './detect.js';

export interface DecodedRun {
  text: string;
  /** the encoding the run was decoded from; null when it was left as it was */
  encoding: LegacyEncoding | null;
}

export interface LegacyFontHint {
  encoding: LegacyEncoding;
  /** a capitals font (`.VnTimeH`, `.VnArialH`): its lowercase codes are drawn as capitals */
  allCapitals: boolean;
}

/** What a PDF font name says: subset tag (`ABCDEF+`) and style suffix (`,Bold`) dropped. */
export function legacyFontHint(fontName: string): LegacyFontHint | null {
  const name = fontName.replace(/^[A-Z]{6}\+/u, '').replace(/[,-](?:bold|italic|bolditalic|regular)$/iu, '').toLowerCase();
  if (name.startsWith('vni')) return { encoding: 'vni', allCapitals: false };
  if (/^\.?vn[a-z]/u.test(name)) return { encoding: 'tcvn3', allCapitals: name.endsWith('h') };
  return null;
}

export function decodeLegacyRun(text: string, hint: { fontName?: string } = {}): DecodedRun {
  const signal = hint.fontName ? legacyFontHint(hint.fontName) : null;
  if (signal) {
    const decoded = decodeKnown(text, signal.encoding, { strict: true, allCapitals: signal.allCapitals });
    if (decoded !== null) return { text: decoded, encoding: signal.encoding };
  }
  const verdict = detectLegacy(text);
  return verdict ? { text: verdict.text, encoding: verdict.encoding } : { text, encoding: null };
}
