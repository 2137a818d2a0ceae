/**
 * What a target's number is about:
 *   "Trên 80% Phòng thuộc Thanh tra tỉnh đạt tiêu chí …"   the words after it, up to the verb
 *   "100% công chức, người lao động được quán triệt …"     "công chức, người lao động"
 *   "Tỷ lệ hài lòng đạt 97,5% trở lên"                     a measure named before it ("tỷ lệ", "mức độ" …)
 *   "Phấn đấu tỷ lệ hồ sơ trễ hạn dưới 5% tổng số hồ sơ"   "tỷ lệ hồ sơ trễ hạn"
 *   "Tổ chức 02 hội nghị quán triệt"                         a count: the thing counted ("hội nghị quán triệt")
 */
import { LETTERS } from '../normalize/letter-classes.js';

// a measure named before the number: "Tỷ lệ …", "Mức độ hài lòng …"; not global
const MEASURE_BEFORE = new RegExp(String.raw`^(?:tỷ lệ|tỉ lệ|mức độ|số lượng|số|chỉ số|tổng số|tổng|diện tích|sản lượng|kim ngạch|tốc độ|thu nhập|giá trị|độ che phủ|tốc độ tăng)(?![${LETTERS}])`, 'iu');
// verbs before the measure ("Phấn đấu tỷ lệ …"), and the words between it and the number
const LEADING_VERB = /^(?:phấn đấu|đảm bảo|bảo đảm|duy trì|nâng|giữ|giảm|tăng)(?:\s+(?:đến năm \d{4}\s*,?|đạt))?\s+/iu;
const TRAILING = /(?:\s+(?:đạt|từ|là|ở mức|trên|dưới|hơn|khoảng|ít nhất|tối thiểu|tối đa|không quá|không dưới|xấp xỉ|chừng|gần|bằng|còn|lên|xuống))+\s*$/iu;
// what ends the words after the number; not global
const AFTER_STOP =
  new RegExp(String.raw`\s+(?:đạt|được|thực hiện|có|tham gia|hoàn thành|trở lên|trở xuống|so với|trong|tại|về|vào|theo|để|nhằm|là|trên tổng|của tổng|tổng số)(?![${LETTERS}])|[.;:()!?]|$`, 'iu');
const TAIL_WORDS = new RegExp(String.raw`^\s*(?:trở lên|trở xuống)(?![${LETTERS}])`, 'iu');

function clauseBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 120), start);
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('. '));
  return before.slice(cut + 1).trim();
}

function tidy(s: string): string | null {
  const t = s.replace(/\s+/gu, ' ').replace(/^[\s,–-]+|[\s,–-]+$/gu, '');
  return t === '' ? null : t;
}

/** The subject of the quantity at [start, end) of `text`, whose unit is `unit`. */
export function subjectOf(text: string, start: number, end: number, unit: string): string | null {
  let before = clauseBefore(text, start);
  for (let m = LEADING_VERB.exec(before); m; m = LEADING_VERB.exec(before)) before = before.slice(m[0].length);
  before = before.replace(TRAILING, '');
  if (MEASURE_BEFORE.test(before)) return tidy(before);
  let rest = text.slice(end, end + 160);
  const tail = TAIL_WORDS.exec(rest);
  if (tail) rest = rest.slice(tail[0].length);
  const stop = AFTER_STOP.exec(rest);
  const after = tidy(stop ? rest.slice(0, stop.index) : rest);
  // a count: the unit is the thing counted ("02 hội nghị quán triệt")
  if (!/^(?:%|ha|km²|km2|km|m²|m2|tấn|MW)$/u.test(unit)) return tidy(`${unit} ${after ?? ''}`);
  return after;
}
