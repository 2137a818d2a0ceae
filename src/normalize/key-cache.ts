/**
 * The tone and fold keys (`toneKey`, `foldKey`) of the texts one extraction compares, each computed
 * once: the same issuer is keyed when its tail is read, when it is checked against its symbol's
 * code and when the reference is built; the same unit name in every task of a plan. One cache per
 * extraction run, never shared between runs.
 */
import { foldOfToneKey, toneKey } from './match-keys.js';

function cached(key: (text: string) => string): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined) {
      value = key(text);
      known.set(text, value);
    }
    return value;
  };
}

export interface KeyCache {
  tone(text: string): string;
  fold(text: string): string;
}

export function keyCache(): KeyCache {
  const tone = cached(toneKey);
  // a text's fold key is made from its tone key, which is often wanted too (and then made once)
  return { tone, fold: cached((text) => foldOfToneKey(tone(text))) };
}
