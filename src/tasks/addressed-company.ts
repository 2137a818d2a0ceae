/**
 * The company a letter is written to, for the bare "Công ty" of its requests ("Đề nghị Công ty hiệu
 * chỉnh …"): the company the text calls "Công ty" from some point on ("… hồ sơ của Công ty cổ phần
 * Mông Sơn (sau đây gọi tắt là Công ty) …"), else the one company after "Kính gửi:". None when the
 * letter names no company there, or several ("Kính gửi: - Công ty A; - Công ty B").
 */
import { COMPANY_WORDS, startsWithCompany } from './units.js';

/** "Kính gửi:" at the start of a line, what a letter's addressees follow (also read by listed-units.ts) */
export const ADDRESSED = /^\s*Kính gửi\s*:\s*/u;
// "(sau đây gọi tắt là Công ty)", "(sau đây gọi là “Công ty”)", "(sau đây viết tắt là Công ty)"
const CALLED_COMPANY = /\(\s*sau đây\s+(?:gọi|viết)\s+(?:tắt\s+)?là\s*["“]?Công ty["”]?\s*\)/u;
// used through matchAll() only (which copies the regex)
const COMPANY_NAMES = new RegExp(`${COMPANY_WORDS}(?=\\s)`, 'gu');
const LIST_MARK = /^\s*[-+•]\s*/u;
const ENTRY_END = /[\s.;,]+$/u;

/** The company named right before `at` in its sentence: "… của Công ty cổ phần Mông Sơn (" → "Công ty cổ phần Mông Sơn". */
function companyBefore(text: string, at: number): string | null {
  const sentenceStart = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf(';', at)) + 1;
  const before = text.slice(sentenceStart, at);
  const names = [...before.matchAll(COMPANY_NAMES)];
  const last = names[names.length - 1];
  if (!last) return null;
  const name = before.slice(last.index).trim();
  return name.length > 'Công ty'.length ? name : null;
}

/** The entries after "Kính gửi:": on its own line, or the list lines after it. */
function addressees(texts: readonly string[], index: number): string[] {
  const rest = texts[index]!.replace(ADDRESSED, '');
  const entries: string[] = [];
  if (rest.trim() !== '') entries.push(...rest.split(';'));
  else {
    for (const text of texts.slice(index + 1)) {
      if (!LIST_MARK.test(text)) break;
      entries.push(...text.split(';'));
    }
  }
  return entries.map((e) => e.replace(LIST_MARK, '').replace(ENTRY_END, '').trim()).filter((e) => e !== '');
}

export function addressedCompany(texts: readonly string[]): string | null {
  for (const text of texts) {
    const called = CALLED_COMPANY.exec(text);
    if (called) {
      const name = companyBefore(text, called.index);
      if (name) return name;
    }
  }
  const index = texts.findIndex((t) => ADDRESSED.test(t));
  if (index < 0) return null;
  const entries = addressees(texts, index);
  return entries.length === 1 && startsWithCompany(entries[0]!) ? entries[0]! : null;
}
