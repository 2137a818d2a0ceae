/**
 * The Vietnamese syllable grammar (onset, medial + nucleus, coda) that decides whether a word is
 * a Vietnamese syllable and where its tone mark belongs. A grammar, not a dictionary: it accepts
 * every syllable of the language and a few rare rhymes permissively, and rejects loanwords and
 * foreign words, which are then never modified.
 *
 * Input is a syllable's letters as toneless lowercase bases (`"nghieng"` is written "nghiêng"
 * without tone: each letter one UTF-16 unit, so letter index = string index).
 */
import { QUALITY_VOWELS, VOWEL_BASES, type Tone } from './vietnamese-letters.js';

export interface Syllable {
  onset: string;
  /** the vowel letters the tone can sit on (medial + nucleus); the u of qu and the i of gi are onset */
  vowels: string;
  /** index of the first of `vowels` in the syllable */
  vowelStart: number;
  /** final consonant, "" for an open syllable */
  final: string;
}

/** Tone placement styles: old ("hòa", "thủy") and new ("hoà", "thuỷ", QĐ 1989/QĐ-BGDĐT 2018). */
export type ToneStyle = 'old' | 'new';

/** Onsets, longest first (gi and qu are decided separately). */
const ONSETS = ['ngh', 'ng', 'gh', 'kh', 'nh', 'ph', 'th', 'tr', 'ch', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'];

/** ONSETS by their first letter, longest first as above (a word is tried only with the onsets it starts with). */
const ONSETS_BY_FIRST: ReadonlyMap<string, readonly string[]> = groupBy(ONSETS, (onset) => onset[0]!);

const OPEN_RHYMES: ReadonlySet<string> = new Set(
  ('a e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iu oa oe oi ôi ơi ua ui uy ưa ưi ưu uơ uê iêu yêu oai oao oay oeo ' +
    'uây uôi uya uyu ươi ươu uêu').split(' '),
);

/** Finals allowed after each nucleus. Final k only in place names (Đắk Lắk, Krông Búk). */
const CLOSED_RHYMES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ['a', 'c ch m n ng nh p t k'],
      ['ă', 'c m n ng p t k'],
      ['â', 'c m n ng p t k'],
      ['e', 'c m n ng p t k'],
      ['o', 'c m n ng p t k'],
      ['ô', 'c m n ng p t k'],
      ['u', 'c m n ng p t k'],
      ['ơ', 'm n p t k'],
      ['ê', 'ch m n ng nh p t'],
      ['i', 'ch m n nh p t'],
      ['ư', 'c m n ng t'],
      ['iê', 'c m n ng p t'],
      ['yê', 'm n ng t'],
      ['uô', 'c m n ng t'],
      ['ươ', 'c m n ng p t'],
      ['oa', 'c ch m n ng nh p t'],
      ['oă', 'c m n ng t'],
      ['oe', 'm n t'],
      ['uâ', 'n ng t'],
      ['uê', 'ch nh'],
      ['uy', 'ch nh p t'],
      ['uyê', 'n t'],
      ['oo', 'c ng'],
    ] as const
  ).map(([nucleus, finals]) => [nucleus, new Set(finals.split(' '))]),
);

const FINALS = ['ch', 'ng', 'nh', 'c', 'm', 'n', 'p', 't', 'k'];
const STOP_FINALS: ReadonlySet<string> = new Set(['c', 'ch', 'p', 't', 'k']);

/** FINALS by their last letter, in the order above (a rhyme is tried only with the finals it ends in). */
const FINALS_BY_LAST: ReadonlyMap<string, readonly string[]> = groupBy(FINALS, (final) => final[final.length - 1]!);

function groupBy(items: readonly string[], key: (item: string) => string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** `/^[ieê]/u.test(rhyme)` */
function startsFront(rhyme: string): boolean {
  const first = rhyme.charAt(0);
  return first === 'i' || first === 'e' || first === 'ê';
}

function splitRhyme(rhyme: string): { vowels: string; final: string } | null {
  if (OPEN_RHYMES.has(rhyme)) return { vowels: rhyme, final: '' };
  for (const final of FINALS_BY_LAST.get(rhyme.charAt(rhyme.length - 1)) ?? []) {
    if (rhyme.length <= final.length || !rhyme.endsWith(final)) continue;
    const vowels = rhyme.slice(0, -final.length);
    if (CLOSED_RHYMES.get(vowels)?.has(final)) return { vowels, final };
  }
  return null;
}

function onsetFits(onset: string, rhyme: string): boolean {
  switch (onset) {
    case 'ngh':
    case 'gh':
      return startsFront(rhyme);
    case 'k':
      return startsFront(rhyme) || rhyme.startsWith('y');
    case 'c':
      return !startsFront(rhyme) && !rhyme.startsWith('y');
    case 'ng':
    case 'g':
      return !startsFront(rhyme);
    default:
      return true;
  }
}

function syllableOf(onset: string, rhyme: string): Syllable | null {
  const split = splitRhyme(rhyme);
  if (!split) return null;
  // yê only opens a syllable (yên, yêu) or follows the medial u (khuyên)
  if (onset !== '' && split.vowels.startsWith('y') && split.vowels.length > 1) return null;
  return { onset, vowels: split.vowels, vowelStart: onset.length, final: split.final };
}

/** Parse toneless lowercase letters as a syllable; null when they are not one. */
export function parseSyllable(letters: string): Syllable | null {
  if (letters.startsWith('qu')) {
    // after qu a rhyme has no medial of its own (quả, quốc) or is a uy-rhyme whose u is written
    // once (quý, quyết, quỳnh): split it as u + rest, the u staying with the onset
    const rest = letters.slice(2);
    if (rest === '' || 'ouư'.includes(rest.charAt(0))) return null;
    if (!rest.startsWith('y')) return syllableOf('qu', rest);
    const split = splitRhyme(`u${rest}`);
    return split ? { onset: 'qu', vowels: split.vowels.slice(1), vowelStart: 2, final: split.final } : null;
  }
  if (letters.startsWith('gi')) {
    const rest = letters.slice(2);
    // già, giữ, giường: gi is the onset; gì, gìn, giếng: g is, and i belongs to the rhyme
    if (rest !== '' && VOWEL_BASES.includes(rest.charAt(0))) {
      const asOnset = syllableOf('gi', rest);
      if (asOnset) return asOnset;
    }
    return syllableOf('g', letters.slice(1));
  }
  for (const onset of ONSETS_BY_FIRST.get(letters.charAt(0)) ?? []) {
    if (!letters.startsWith(onset)) continue;
    const rhyme = letters.slice(onset.length);
    return onsetFits(onset, rhyme) ? syllableOf(onset, rhyme) : null;
  }
  return syllableOf('', letters);
}

/** A stop final (c ch p t k) takes only sắc or nặng (or no tone, as in unaccented text). */
export function toneFitsFinal(syllable: Syllable, tone: Tone): boolean {
  return !STOP_FINALS.has(syllable.final) || tone === 0 || tone === 2 || tone === 5;
}

/**
 * Index (in the syllable's letters) of the vowel that carries the tone. The two styles differ only
 * for the open oa, oe, uy: old puts the tone on the first vowel (hòa), new on the second (hoà).
 */
export function toneIndex(syllable: Syllable, style: ToneStyle): number {
  const { vowels, vowelStart, final } = syllable;
  for (let i = vowels.length - 1; i >= 0; i -= 1) if (QUALITY_VOWELS.includes(vowels[i]!)) return vowelStart + i;
  if (final !== '' || vowels.length === 1) return vowelStart + vowels.length - 1;
  if (vowels.length === 3) return vowelStart + 1;
  if (vowels === 'oa' || vowels === 'oe' || vowels === 'uy') return style === 'old' ? vowelStart : vowelStart + 1;
  return vowelStart;
}

/** Parse, and check the tone against the final. */
export function parseToned(letters: string, tone: Tone): Syllable | null {
  const syllable = parseSyllable(letters);
  return syllable && toneFitsFinal(syllable, tone) ? syllable : null;
}
