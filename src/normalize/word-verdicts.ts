/**
 * Whether a word written in precomposed letters needs a tone or spelling repair, remembered per
 * document (one table per normalize context, never shared between documents). The fast path asks
 * for a word as a range of its line, with a hash it computed while scanning the letters, so most
 * words are looked up without being cut out of the line: an open-addressing table of the words
 * seen, the word text kept only to confirm a hash match.
 */
import type { ToneStyle } from './syllable.js';
import { repairWord, shapeOfWord } from './tone-marks.js';

/** The hash of a word: start from the seed, fold in each UTF-16 unit (FNV-1a): `Math.imul(hash ^ code, WORD_HASH_PRIME)`. */
export const WORD_HASH_SEED = 0x811c9dc5 | 0;
export const WORD_HASH_PRIME = 0x01000193;

export function nextWordHash(hash: number, code: number): number {
  return Math.imul(hash ^ code, WORD_HASH_PRIME);
}

export function wordHash(text: string, start: number, end: number): number {
  let hash = WORD_HASH_SEED;
  for (let i = start; i < end; i += 1) hash = nextWordHash(hash, text.charCodeAt(i));
  return hash;
}

const FIRST_CAPACITY = 16;

/** Is `text[start, end)` the same as `word`? */
function sameRange(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i += 1) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

export class WordVerdicts {
  // allocated on the first word: a context made for one key (toneKey) costs nothing
  private words: (string | undefined)[] = [];
  private hashes = new Int32Array(0);
  private needs = new Uint8Array(0);
  private count = 0;

  /**
   * Does `text[start, end)`, whose hash is `hash`, need a repair? Decided by the grammar the first
   * time a document shows the word.
   */
  needsRepair(text: string, start: number, end: number, hash: number, style: ToneStyle): boolean {
    const mask = this.hashes.length - 1;
    if (mask > 0) {
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const word = this.words[slot];
        if (word === undefined) break;
        if (this.hashes[slot] === hash && sameRange(word, text, start, end)) return this.needs[slot] === 1;
      }
    }
    const word = text.slice(start, end);
    const shape = shapeOfWord(word);
    const verdict = shape !== null && repairWord(shape, style) !== null;
    this.remember(word, hash, verdict);
    return verdict;
  }

  private remember(word: string, hash: number, verdict: boolean): void {
    if (2 * (this.count + 1) > this.hashes.length) this.grow();
    const mask = this.hashes.length - 1;
    let slot = hash & mask;
    while (this.words[slot] !== undefined) slot = (slot + 1) & mask;
    this.words[slot] = word;
    this.hashes[slot] = hash;
    this.needs[slot] = verdict ? 1 : 0;
    this.count += 1;
  }

  private grow(): void {
    const { words, hashes, needs } = this;
    const capacity = Math.max(FIRST_CAPACITY, 2 * hashes.length);
    this.words = new Array<string | undefined>(capacity).fill(undefined);
    this.hashes = new Int32Array(capacity);
    this.needs = new Uint8Array(capacity);
    const mask = capacity - 1;
    for (let i = 0; i < hashes.length; i += 1) {
      const word = words[i];
      if (word === undefined) continue;
      let slot = hashes[i]! & mask;
      while (this.words[slot] !== undefined) slot = (slot + 1) & mask;
      this.words[slot] = word;
      this.hashes[slot] = hashes[i]!;
      this.needs[slot] = needs[i]!;
    }
  }
}
