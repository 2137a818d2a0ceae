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

/** Numbers kept per slot of the table: the word's hash, where it starts in its text, its length, its verdict (1: needs a repair). */
const HASH = 0;
const START = 1;
const LENGTH = 2;
const NEEDS = 3;
const SLOT_SIZE = 4;

/** The numbers of a table not allocated yet (nothing is ever written to it). */
const NO_SLOTS = new Int32Array(0);

export class WordVerdicts {
  // allocated on the first word: a context made for one key (toneKey) costs nothing
  /** per slot: the text the word was first seen in (undefined: empty slot) */
  private texts: (string | undefined)[] = [];
  /** per slot, SLOT_SIZE numbers */
  private slots = NO_SLOTS;
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
    const mask = this.texts.length - 1;
    if (mask > 0) {
      const slots = this.slots;
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const seen = this.texts[slot];
        if (seen === undefined) break;
        const at = slot * SLOT_SIZE;
        if (slots[at + HASH] === hash && sameRange(seen, slots[at + START]!, slots[at + LENGTH]!, text, start, end)) return slots[at + NEEDS] === 1;
      }
    }
    const verdict = needsRepair(text, start, end, style);
    this.remember(text, start, end - start, hash, verdict ? 1 : 0);
    return verdict;
  }

  private remember(text: string, start: number, length: number, hash: number, needs: number): void {
    if (2 * (this.count + 1) > this.texts.length) this.grow();
    const at = this.freeSlot(hash) * SLOT_SIZE;
    this.texts[at / SLOT_SIZE] = text;
    this.slots[at + HASH] = hash;
    this.slots[at + START] = start;
    this.slots[at + LENGTH] = length;
    this.slots[at + NEEDS] = needs;
    this.count += 1;
  }

  private freeSlot(hash: number): number {
    const mask = this.texts.length - 1;
    let slot = hash & mask;
    while (this.texts[slot] !== undefined) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { texts, slots } = this;
    const capacity = Math.max(this.firstCapacity, 2 * texts.length);
    this.texts = new Array<string | undefined>(capacity).fill(undefined);
    this.slots = new Int32Array(capacity * SLOT_SIZE);
    for (let i = 0; i < texts.length; i += 1) {
      const text = texts[i];
      if (text === undefined) continue;
      const from = i * SLOT_SIZE;
      const to = this.freeSlot(slots[from + HASH]!) * SLOT_SIZE;
      this.texts[to / SLOT_SIZE] = text;
      this.slots.set(slots.subarray(from, from + SLOT_SIZE), to);
    }
  }
}
