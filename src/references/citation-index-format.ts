/**
 * The citation index written out. JSON: an array with one row per line (valid JSON for `jq`, easy
 * to diff and to read). CSV (RFC 4180): a UTF-8 byte order mark so that Excel reads the Vietnamese
 * letters, CRLF line ends, one row per cited document; the citing plans in one column, each as
 * `path [basis] sections I.1, II.2 pages 3, 4`, separated by " | ".
 */
import type { CitationIndexRow, CitingPlan } from './citation-index.js';

export function citationIndexJson(rows: readonly CitationIndexRow[]): string {
  return rows.length === 0 ? '[]\n' : `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}

const CSV_HEADER = ['canonical', 'type', 'number', 'year', 'symbol', 'system', 'name', 'date', 'issuer', 'subject', 'plans', 'of', 'cited_by'];

function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

function describeCiting(plan: CitingPlan): string {
  const parts = [plan.path ?? '<stdin>'];
  if (plan.relation === 'basis') parts.push('[basis]');
  if (plan.sections.length > 0) parts.push(`sections ${plan.sections.join(', ')}`);
  const elsewhere = plan.locations.filter((l) => l === 'footnote' || l === 'title');
  if (elsewhere.length > 0) parts.push(elsewhere.join(', '));
  if (plan.appendices.length > 0) parts.push(plan.appendices.join(', '));
  if (plan.pages.length > 0) parts.push(`pages ${plan.pages.join(', ')}`);
  return parts.join(' ');
}

export function citationIndexCsv(rows: readonly CitationIndexRow[]): string {
  const lines = [CSV_HEADER.join(',')];
  for (const r of rows) {
    const values = [r.canonical, r.type, r.number, r.year, r.symbol, r.system, r.name, r.date, r.issuer, r.subject, r.planCount, r.totalPlans];
    lines.push([...values, r.citedBy.map(describeCiting).join(' | ')].map(csvField).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
