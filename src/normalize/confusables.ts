/**
 * Characters that look like Vietnamese letters or punctuation but are not (UTS #39 confusables,
 * research report §3.1 D): the Icelandic eth and African D for Đ/đ, Latin ligatures, the
 * private-use bullets of Symbol fonts, the slashes that are not `/` (⁄ ∕ ／), and Cyrillic or Greek letters typed inside Latin words
 * (`Кế hoạch` with a Cyrillic К). Legacy text must be decoded before this runs: in TCVN3, Ð is é.
 */

/** Always replaced, wherever they are. */
export const CONFUSABLE_CHARACTERS: ReadonlyMap<string, string> = new Map([
  ['\u00D0', 'Đ'],
  ['\u0189', 'Đ'],
  ['\u00F0', 'đ'],
  ['\u0256', 'đ'],
  ['\uFB00', 'ff'],
  ['\uFB01', 'fi'],
  ['\uFB02', 'fl'],
  ['\uFB03', 'ffi'],
  ['\uFB04', 'ffl'],
  ['\uF0B7', '•'],
  ['\uF0A7', '▪'],
  ['\uF02D', '-'],
  // slashes: the fraction slash OCR reads inside "23/2024" (a legal number would lose its first part), division and full-width slashes
  ['\u2044', '/'],
  ['\u2215', '/'],
  ['\uFF0F', '/'],
]);

/**
 * Cyrillic and Greek look-alikes of Latin letters, replaced only inside a word that also has
 * Latin letters (a Russian or Greek word stays as it is).
 */
const HOMOGLYPHS: ReadonlyMap<string, string> = new Map(
  [
    ['АВЕКМНОРСТХУІЈЅ', 'ABEKMHOPCTXYIJS'],
    ['аеорсухіјѕԁԛԝ', 'aeopcyxijsdqw'],
    ['ΑΒΕΖΗΙΚΜΝΟΡΤΥΧο', 'ABEZHIKMNOPTYXo'],
  ].flatMap(([from, to]) => [...from!].map((ch, i): [string, string] => [ch, to![i]!])),
);

const LATIN = /\p{Script=Latin}/u;

/**
 * The Latin letter a Cyrillic or Greek look-alike stands for, marks kept (`Ӑ` → `Ă`), or
 * undefined.
 */
export function latinHomoglyph(ch: string): string | undefined {
  const direct = HOMOGLYPHS.get(ch);
  if (direct !== undefined || ch.charCodeAt(0) < 0x370) return direct;
  const decomposed = ch.normalize('NFD');
  const base = HOMOGLYPHS.get(decomposed[0]!);
  return base === undefined ? undefined : (base + decomposed.slice(1)).normalize('NFC');
}

/** True when the letters of a word include Latin ones (so look-alikes in it are typos). */
export function hasLatinLetter(letters: Iterable<string>): boolean {
  for (const ch of letters) if (LATIN.test(ch)) return true;
  return false;
}
