/**
 * CSV that Excel opens correctly: UTF-8 with a byte order mark (else Excel reads the Vietnamese as
 * Windows-1252), CRLF line ends, RFC 4180 quoting. A cell that Excel would take for a formula
 * ("=…", "+…", "-…", "@…" not followed by a digit) gets a leading apostrophe.
 */

export interface CsvOptions {
  /** "," by default; ";" for an Excel whose list separator is ";" (Vietnamese regional settings), or "\t" */
  separator: string;
}

const BOM = '\uFEFF';
const CRLF = '\r\n';

function cell(value: string, separator: string): string {
  const guarded = /^[=+\-@][^\d]/u.test(value) || /^[=+\-@]$/u.test(value) ? `'${value}` : value;
  const needsQuotes = guarded.includes(separator) || /["\r\n]/u.test(guarded) || /^\s|\s$/u.test(guarded);
  return needsQuotes ? `"${guarded.replace(/"/gu, '""')}"` : guarded;
}

/** The CSV text of `rows` under `header`, BOM first, each record ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[], options: CsvOptions = { separator: ',' }): string {
  const line = (cells: readonly string[]) => cells.map((c) => cell(c, options.separator)).join(options.separator) + CRLF;
  return BOM + line(header) + rows.map(line).join('');
}
