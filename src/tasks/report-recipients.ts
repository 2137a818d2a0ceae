/**
 * Who a report goes to, and through whom (DOMAIN.md §4):
 *   "báo cáo kết quả thực hiện về Văn phòng để tổng hợp …"           to Văn phòng
 *   "báo cáo định kỳ (…) gửi UBND tỉnh (thông qua Sở Nội vụ)"         to UBND tỉnh, via Sở Nội vụ
 *   "tổng hợp báo cáo kết quả thực hiện cho UBND tỉnh theo quy định"  to UBND tỉnh
 *   "Định kỳ hàng năm báo cáo Ủy ban nhân dân tỉnh hoặc đột xuất …"   to Ủy ban nhân dân tỉnh
 * The first "báo cáo" that names a recipient counts; what follows "để" / "nhằm" is someone else's
 * work ("… về Sở Công Thương để theo dõi, tổng hợp, báo cáo Sở Nội vụ").
 */
import { splitUnits, startsWithUnit, unitRunEnd } from './units.js';
import { LETTERS } from '../normalize/letter-classes.js';

export interface ReportRecipients {
  to: string[];
  via: string[];
}

/** the word "báo cáo" (global, used through matchAll() only) */
export const REPORT_WORD = new RegExp(String.raw`(?<![${LETTERS}])báo cáo(?![${LETTERS}])`, 'giu');
// (the leading lookahead on the first letters spares the lookbehind at most positions: measured faster)
const MARKER = new RegExp(String.raw`(?=[vgcltđ])(?<![${LETTERS}])(?:về|gửi(?:\s+về)?|cho|lên|tới|đến)\s+`, 'giu');
// not global
const PURPOSE = new RegExp(String.raw`(?<![${LETTERS}])(?:để|nhằm)(?![${LETTERS}])|;|\.(?:\s|$)`, 'u');
const VIA = /\(\s*(?:thông qua|qua)\s+([^)]*)\)/u;
const OR = /\s+hoặc\s+/u;
// a deadline or a time after the recipient ends it: "về Văn phòng Sở trước ngày 15/6", "cho Giám đốc Sở sau khi kết thúc …"
const TIME_AFTER = new RegExp(String.raw`\s+(?:trước|chậm nhất|muộn nhất|trong|vào|hằng|hàng|mỗi|ngày|định kỳ|đúng hạn|kịp thời|sau khi|khi)(?![${LETTERS}])`, 'iu');

/** The units of a recipient phrase starting at `from`: "UBND tỉnh (thông qua Sở Nội vụ)". */
function recipientsAt(clause: string, from: number): ReportRecipients | null {
  const run = unitRunEnd(clause, from);
  let phrase = clause.slice(from, run.end);
  const time = TIME_AFTER.exec(phrase);
  if (time) phrase = phrase.slice(0, time.index);
  // "Ủy ban nhân dân tỉnh hoặc đột xuất theo yêu cầu": "hoặc" ends the units unless a unit follows
  const pieces = phrase.split(OR);
  const keep = [pieces[0]!, ...pieces.slice(1).filter((p) => startsWithUnit(p))];
  phrase = keep.join(' hoặc ');
  const via = VIA.exec(phrase);
  const to = splitUnits(via ? phrase.slice(0, via.index) + phrase.slice(via.index + via[0].length) : phrase);
  if (to.length === 0) return null;
  return { to, via: via ? splitUnits(via[1]!) : [] };
}

/** Recipients of the report in `text` (a task's text), or none. */
export function reportRecipients(text: string): ReportRecipients {
  for (const m of text.matchAll(REPORT_WORD)) {
    const end = m.index + m[0].length;
    const rest = text.slice(end, end + 300);
    const stop = PURPOSE.exec(rest);
    const clause = stop ? rest.slice(0, stop.index) : rest;
    // "báo cáo Ủy ban nhân dân tỉnh": the recipient right after the verb
    const direct = /^\s+/u.exec(clause);
    if (direct && startsWithUnit(clause.slice(direct[0].length))) {
      const found = recipientsAt(clause, direct[0].length);
      if (found) return found;
    }
    for (const marker of clause.matchAll(MARKER)) {
      const at = marker.index + marker[0].length;
      if (!startsWithUnit(clause.slice(at))) continue;
      const found = recipientsAt(clause, at);
      if (found) return found;
    }
  }
  return { to: [], via: [] };
}
