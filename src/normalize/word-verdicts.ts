/**
 * Whether a word written in precomposed letters needs a tone or spelling repair, remembered per
 * document (one table per normalize context, never shared between documents). The fast path asks
 * for a word as a range of its line, with a hash it computed while scanning the letters, so most
 * words are looked up without being cut out of the line: an open-addressing table of the words
 * seen, each kept as the range of the text it was first seen in, only to confirm a hash match.
 */
import type { ToneStyle } from './syllable.js';
import { needsRepair } from './tone-marks.js';

/** (`charCodeAt.call(text, i)`, not `text.charCodeAt(i)`, in loops: see plain-line.ts) */
const charCodeAt = String.prototype.charCodeAt;

/**
 * The hash of a word: start from the seed, fold in each UTF-16 unit (FNV-1a, kept to 30 bits):
 * `Math.imul(hash ^ code, WORD_HASH_PRIME) & WORD_HASH_MASK`. (Every value is then a small integer,
 * which V8 never has to box, in the fast path's loop or in the calls it passes the hash to.)
 */
export const WORD_HASH_SEED = 0x011c9dc5;
export const WORD_HASH_PRIME = 0x01000193;
export const WORD_HASH_MASK = 0x3fffffff;

export function nextWordHash(hash: number, code: number): number {
  return Math.imul(hash ^ code, WORD_HASH_PRIME) & WORD_HASH_MASK;
}

export function wordHash(text: string, start: number, end: number): number {
  let hash = WORD_HASH_SEED;
  for (let i = start; i < end; i += 1) hash = nextWordHash(hash, charCodeAt.call(text, i));
  return hash;
}

const FIRST_CAPACITY = 16;
const MAX_FIRST_CAPACITY = 4096;

/** Is `text[start, end)` the same as `seen[from, from + length)`? */
function sameRange(seen: string, from: number, length: number, text: string, start: number, end: number): boolean {
  if (length !== end - start) return false;
  for (let i = 0; i < length; i += 1) if (charCodeAt.call(seen, from + i) !== charCodeAt.call(text, start + i)) return false;
  return true;
}

export class WordVerdicts {
  // allocated on the first word: a context made for one key (toneKey) costs nothing
  /** per slot: the text the word was first seen in (undefined: empty slot), where in it, its length */
  private texts: (string | undefined)[] = [];
  private starts = new Int32Array(0);
  private lengths = new Int32Array(0);
  private hashes = new Int32Array(0);
  private needs = new Uint8Array(0);
  private count = 0;
  /** the table's size when first allocated (a power of two) */
  private readonly firstCapacity: number;

  /** `expectedWords`: how many different words the table will likely hold (it grows past them if need be). */
  constructor(expectedWords = 0) {
    let capacity = FIRST_CAPACITY;
    while (capacity < 2 * expectedWords && capacity < MAX_FIRST_CAPACITY) capacity *= 2;
    this.firstCapacity = capacity;
  }

  /**
   * Does `text[start, end)`, whose hash is `hash`, need a repair? Decided by the grammar the first
   * time a document shows the word.
   */
  needsRepair(text: string, start: number, end: number, hash: number, style: ToneStyle): boolean {
    const mask = this.hashes.length - 1;
    if (mask > 0) {
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const seen = this.texts[slot];
        if (seen === undefined) break;
        if (this.hashes[slot] === hash && sameRange(seen, this.starts[slot]!, this.lengths[slot]!, text, start, end)) return this.needs[slot] === 1;
      }
    }
    const verdict = needsRepair(text, start, end, style);
    this.remember(text, start, end - start, hash, verdict);
    return verdict;
  }

  private remember(text: string, start: number, length: number, hash: number, verdict: boolean): void {
    if (2 * (this.count + 1) > this.hashes.length) this.grow();
    const slot = this.freeSlot(hash);
    this.texts[slot] = text;
    this.starts[slot] = start;
    this.lengths[slot] = length;
    this.hashes[slot] = hash;
    this.needs[slot] = verdict ? 1 : 0;
    this.count += 1;
  }

  private freeSlot(hash: number): number {
    const mask = this.hashes.length - 1;
    let slot = hash & mask;
    while (this.texts[slot] !== undefined) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { texts, starts, lengths, hashes, needs } = this;
    const capacity = Math.max(this.firstCapacity, 2 * hashes.length);
    this.texts = new Array<string | undefined>(capacity).fill(undefined);
    this.starts = new Int32Array(capacity);
    this.lengths = new Int32Array(capacity);
    this.hashes = new Int32Array(capacity);
    this.needs = new Uint8Array(capacity);
    for (let i = 0; i < hashes.length; i += 1) {
      if (texts[i] === undefined) continue;
      const slot = this.freeSlot(hashes[i]!);
      this.texts[slot] = texts[i];
      this.starts[slot] = starts[i]!;
      this.lengths[slot] = lengths[i]!;
      this.hashes[slot] = hashes[i]!;
      this.needs[slot] = needs[i]!;
    }
  }
}
