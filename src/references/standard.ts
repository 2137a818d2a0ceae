/**
 * National technical regulations cited by their code: `QCVN 01:2019/BCT`, `QCVN 07-9:2016/BXD`,
 * optionally after their type words (`Quy chuẩn kỹ thuật quốc gia QCVN 01:2019/BCT`). The number
 * is what comes before the colon, the year after it, the symbol is the issuing ministry's code.
 */
import type { TextRange } from '../document/blocks.js';
import { canonicalCode } from './codes.js';
import type { ParsedSymbol } from './symbol.js';
import { LETTERS, NUMERALS } from '../normalize/letter-classes.js';

export const STANDARD_TYPE = 'Quy chuẩn kỹ thuật quốc gia';

const CODE = new RegExp(String.raw`(?<![${LETTERS}${NUMERALS}])QCVN[ \t]*(\d{1,3}(?:-\d{1,3})*)[ \t]*:[ \t]*(\d{4})[ \t]*\/[ \t]*([A-ZĐ][A-Za-zĐđ]{0,11})(?![${LETTERS}${NUMERALS}])`, 'gu');
/** the type words right before the code (matched on the canonical-tone view) */
const TYPE_BEFORE = new RegExp(String.raw`(?<![${LETTERS}${NUMERALS}])Quy\s+chuẩn\s+kỹ\s+thuật\s+quốc\s+gia\s*$`, 'iu');
const LOOKBACK = 40;

export interface FoundStandard {
  /** from the type words, if written, to the end of the code */
  range: TextRange;
  symbol: ParsedSymbol;
}

/** Every QCVN code in `text` (local offsets). `view` is the canonical-tone view of `text`. */
export function findStandards(text: string, view: string): FoundStandard[] {
  const found: FoundStandard[] = [];
  if (!text.includes('QCVN')) return found;
  for (const m of text.matchAll(CODE)) {
    const end = m.index + m[0].length;
    const issuer = canonicalCode(m[3]!);
    const number = m[1]!;
    const year = Number(m[2]);
    const from = Math.max(0, m.index - LOOKBACK);
    const words = TYPE_BEFORE.exec(view.slice(from, m.index));
    found.push({
      range: { start: words ? from + words.index : m.index, end },
      symbol: {
        raw: m[0],
        range: { start: m.index, end },
        number,
        year,
        symbol: issuer,
        canonical: `QCVN ${number}:${year}/${issuer}`,
        system: 'state',
        typeCode: 'QCVN',
        issuerCode: issuer,
        strong: true,
      },
    });
  }
  return found;
}
