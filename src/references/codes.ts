/**
 * The codes that make up a number/symbol: document type codes and the Party issuer codes that
 * decide whether a symbol is read as a Party one. Issuer names are in `issuers.ts`.
 */

/** Codes whose standard spelling is mixed case, keyed by their upper-case form. */
const MIXED_CASE = new Map<string, string>([
  ['TTG', 'TTg'],
  ['QĐI', 'QĐi'],
  ['CTR', 'CTr'],
  ['TTR', 'TTr'],
  ['QYĐ', 'QyĐ'],
]);

/** The standard spelling of a code as written: `TTG` → `TTg`, `Kl` → `KL`, `QĐi` stays. */
export function canonicalCode(raw: string): string {
  const upper = raw.toUpperCase();
  return MIXED_CASE.get(upper) ?? upper;
}

/**
 * Document type codes, state and Party (Nghị định 30/2020/NĐ-CP, Hướng dẫn 36-HD/VPTW), and GP, the
 * code licences carry (`2507/GP-UBND`).
 */
export const TYPE_CODES: ReadonlySet<string> = new Set([
  'NQ', 'QĐ', 'CT', 'QC', 'QyĐ', 'TB', 'HD', 'CTr', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB', 'TTr', 'HĐ',
  'CĐ', 'GM', 'NĐ', 'TT', 'TTLT', 'KL', 'CV', 'QĐi', 'GP', 'GUQ', 'GGT', 'PC', 'PG', 'PB', 'BGN', 'BTT',
]);

/** Issuer codes used after the slash of a Party symbol (`25-NQ/TW`, `14-QC/TU`). */
export const PARTY_ISSUER_CODES: ReadonlySet<string> = new Set([
  'TW', 'TU', 'HU', 'QU', 'ĐU', 'ĐUK', 'BCĐ', 'QUTW', 'VPTW', 'BTGTW', 'BDVTW', 'BTCTW', 'UBKTTW',
  'BNCTW', 'BKTTW', 'BDVTU', 'BTGTU', 'BTCTU', 'UBKTTU', 'VPTU', 'ĐUQĐTW', 'ĐUCA',
]);

const ASSEMBLY_CODE = /^QH\d*$/u;

/** True for the issuer code of a National Assembly document (`QH15`, `QH13`). */
export function isAssemblyCode(code: string): boolean {
  return code.startsWith('QH') && ASSEMBLY_CODE.test(code);
}
