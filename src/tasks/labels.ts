/**
 * Labelled lines under a plan item:
 *   "- Đơn vị thực hiện: Phòng Tổng hợp, Quy hoạch, Kế hoạch chủ trì phối hợp các phòng đơn vị có liên quan."
 *   "Đơn vị chủ trì: …", "Đơn vị phối hợp: …", "Trách nhiệm thực hiện: …"
 *   "- Thời gian thực hiện: Thường xuyên."
 */
import { trimCut } from './sentences.js';
import { COOPERATE, splitUnits, unitRunEnd } from './units.js';

export interface LabelLine {
  role: 'lead' | 'support' | 'time';
  /** the value after the colon */
  value: string;
  /** offset of `value` in the line's text */
  valueStart: number;
}

const UNIT_LABEL = /^(?:Đơn vị|Cơ quan|Bộ phận)\s+(thực hiện chính|thực hiện|chủ trì|phối hợp|chịu trách nhiệm)\s*:\s*/iu;
const DUTY_LABEL = /^Trách nhiệm(?:\s+chỉ đạo)?\s+thực hiện\s*:\s*/iu;
const COOPERATE_AT = new RegExp(`^(?:chủ trì\\s*,?\\s*)?${COOPERATE}`, 'u');
const TIME_LABEL = /^(?:Thời gian|Thời hạn|Tiến độ)(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*/iu;

/** The label a line holds, or null. */
export function labelLine(text: string): LabelLine | null {
  if (!text.includes(':')) return null; // every label ends with a colon
  const cut = trimCut(text);
  let start = cut.start;
  while (start < cut.end && /[-+•\s*]/u.test(text[start]!)) start++;
  const body = text.slice(start, cut.end);
  const unit = UNIT_LABEL.exec(body);
  const duty = unit ? null : DUTY_LABEL.exec(body);
  const time = unit || duty ? null : TIME_LABEL.exec(body);
  const m = unit ?? duty ?? time;
  if (!m) return null;
  const role = time ? 'time' : unit && unit[1]!.toLowerCase() === 'phối hợp' ? 'support' : 'lead';
  return { role, value: body.slice(m[0].length), valueStart: start + m[0].length };
}

/** Lead and support of a lead label's value: "X chủ trì (,) phối hợp (với) Y", or "X (thực hiện …)". */
export function leadValue(value: string): { lead: string[]; support: string[] } {
  const run = unitRunEnd(value, 0);
  const lead = splitUnits(value.slice(0, run.end));
  const cooperate = COOPERATE_AT.exec(value.slice(run.end));
  if ((run.stop === 'chủ trì' || run.stop === 'phối hợp') && cooperate) {
    return { lead, support: supportValue(value.slice(run.end + cooperate[0].length)) };
  }
  return { lead, support: [] };
}

/** Units of a support label's value. */
export function supportValue(value: string): string[] {
  return splitUnits(value.slice(0, unitRunEnd(value, 0).end));
}
