/**
 * pdf.js for Node (its legacy build) without its side effects on the platform's own functions.
 *
 * The legacy build carries core-js polyfills. Besides adding what Node 20 lacks (`Promise.withResolvers`,
 * `Uint8Array.fromBase64`, iterator helpers …), they replace built-ins that core-js finds wanting
 * for edge cases pdf.js never meets: on Node 20 `Array.prototype.push` (the error thrown for a
 * frozen array length), `JSON.parse` and `JSON.stringify` (raw JSON), `Function.prototype.toString`.
 * The replacements are JavaScript, several times slower than the built-ins, and they hold for the
 * whole thread: after its first PDF, every later stage and every later file of a batch ran on them.
 *
 * `loadPdfjs` evaluates pdf.js and its worker module (which pdf.js would otherwise import on the first
 * document, with a second copy of the polyfills), then puts back every built-in that they
 * replaced. What the polyfills added where the platform had nothing stays: pdf.js needs it.
 */
import { evaluatePdfjsModules } from './pdfjs-modules.js';

type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** The objects whose own properties the polyfills may replace. */
const BUILT_IN_HOLDERS: readonly object[] = [
  Object,
  Object.prototype,
  Function.prototype,
  Array,
  Array.prototype,
  String,
  String.prototype,
  Number,
  Math,
  JSON,
  RegExp.prototype,
  Promise,
  Promise.prototype,
  Map.prototype,
  Set.prototype,
  WeakMap.prototype,
  ArrayBuffer.prototype,
  Object.getPrototypeOf(Uint8Array) as object,
  Object.getPrototypeOf(Uint8Array.prototype) as object,
  Uint8Array,
  Uint8Array.prototype,
  Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())) as object,
];

/** Each holder's own properties (key → descriptor) as they are now. */
function builtInsNow(): Map<object, Map<PropertyKey, PropertyDescriptor>> {
  return new Map(BUILT_IN_HOLDERS.map((holder) => [holder, new Map(Reflect.ownKeys(holder).map((key) => [key, Object.getOwnPropertyDescriptor(holder, key)!]))]));
}

/** The built-ins as this module found them, before anything here loaded pdf.js. */
const PLATFORM_BUILT_INS = builtInsNow();

function sameDescriptor(a: PropertyDescriptor | undefined, b: PropertyDescriptor | undefined): boolean {
  return a !== undefined && b !== undefined && a.value === b.value && a.get === b.get && a.set === b.set;
}

/**
 * Puts back each built-in that was the platform's before the import and was replaced by it. (A
 * second load that started while the first was evaluating sees the replacements as its "before"
 * and leaves them to the first; added properties stay.)
 */
function restoreBuiltIns(before: ReturnType<typeof builtInsNow>): void {
  for (const [holder, properties] of before) {
    for (const [key, descriptor] of properties) {
      if (!sameDescriptor(descriptor, PLATFORM_BUILT_INS.get(holder)?.get(key))) continue;
      if (sameDescriptor(Object.getOwnPropertyDescriptor(holder, key), descriptor) || descriptor.configurable === false) continue;
      Object.defineProperty(holder, key, descriptor);
    }
  }
}

/**
 * pdf.js, with its worker module loaded in this thread and the platform's built-ins as they were.
 * pdf.js is evaluated once per thread, so only the first call changes anything.
 */
export async function loadPdfjs(): Promise<PdfjsModule> {
  // pdf.js and its worker module set these globals when they first run: once both have, there is
  // nothing to evaluate or put back (nor a snapshot to pay for)
  if (!('pdfjsLib' in globalThis && 'pdfjsWorker' in globalThis)) {
    const before = builtInsNow();
    await evaluatePdfjsModules();
    restoreBuiltIns(before);
  }
  return (globalThis as typeof globalThis & { pdfjsLib: PdfjsModule }).pdfjsLib;
}
