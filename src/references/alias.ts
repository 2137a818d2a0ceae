/**
 * Short names a document defines for a citation: `Nghị định số 35/2022/NĐ-CP ngày 28/5/2022 của
 * Chính phủ … (sau đây gọi tắt là Nghị định 35)`. The alias belongs to the nearest full citation
 * before the parenthesis in the same sentence, and must itself name a document (start with a type
 * word and say more than the type: "Nghị định 35", not "Nghị định", and not "Đoàn kiểm tra" or
 * "VLNCN", which name other things). Its later uses are found by `alias-uses.ts`.
 */
import type { TextRange } from '../document/blocks.js';
import { TYPE_WORD_SOURCE, typeOfWord } from './type-words.js';
import type { Citation } from './types.js';
import { LETTERS, NUMERALS } from '../normalize/letter-classes.js';

export interface AliasDefinition {
  /** the alias as written ("Nghị định 35") */
  alias: string;
  type: string;
  /** start offset (document) of the full citation it names */
  citationStart: number;
  /** where the defining parenthesis is (document offsets); uses count after it */
  range: TextRange;
}

/** matched on the canonical-tone view */
const DEFINITION =
  /\(\s*(?:sau\s+đây\s+)?(?:được\s+)?(?:gọi|viết)(?:\s+tắt|\s+chung)?\s+(?:là\s*)?:?\s*[“"]?([^()“”"\n]{2,80}?)[”"]?\s*\)/dgiu;
/** a type word and at least one more word; words only (no symbol) */
const NAMES_A_DOCUMENT = new RegExp(`^(${TYPE_WORD_SOURCE})(?:\\s+[${LETTERS}${NUMERALS}]+)+$`, 'iu');
/** what may stand between a citation and the parenthesis defining its alias: no new sentence */
const SENTENCE_END = /[;]|\.\s/u;

/** Alias definitions in one block. `citations` are the block's citations (document offsets). */
export function findAliasDefinitions(text: string, view: string, blockStart: number, citations: readonly Citation[]): AliasDefinition[] {
  const definitions: AliasDefinition[] = [];
  let full: Citation[] | null = null;
  let next = 0;
  let owner: Citation | null = null;
  for (const m of view.matchAll(DEFINITION)) {
    full ??= citations.filter((c) => c.kind === 'full').sort((a, b) => a.range.end - b.range.end);
    const [from, to] = m.indices![1]!;
    const alias = text.slice(from, to).trim().replace(/\s+/gu, ' ');
    const at = blockStart + m.index;
    while (next < full.length && full[next]!.range.end <= at) owner = full[next++]!;
    const named = NAMES_A_DOCUMENT.exec(alias);
    const type = named ? typeOfWord(named[1]!) : null;
    if (type === null || !owner || SENTENCE_END.test(text.slice(owner.range.end - blockStart, m.index))) continue;
    definitions.push({ alias, type, citationStart: owner.range.start, range: { start: at, end: at + m[0].length } });
  }
  return definitions;
}
