/**
 * Assignment sentences (DOMAIN.md §4):
 *   "Giao X chủ trì, phối hợp (với) Y <action>"   lead X, support Y
 *   "Giao (cho) X <action>"                       lead X (X ends where the action verb starts)
 *   "X chủ trì, phối hợp với Y …"                 at the start of a clause
 *   "Phân công đồng chí <Name> – <title> chỉ đạo …"
 *   "X có trách nhiệm …", "X <action> …" (the subject form, not in the preamble)
 *   "Căn cứ …, X <action> …", "Trong quá trình …, X <action> …", "Để …, X <action> …"
 *   "Đề nghị X …", "X đề nghị / yêu cầu Y <action>"  lead X; lead Y (Y a unit, or a group noun:
 *                                                   "yêu cầu đơn vị nêu trên thực hiện …")
 *   "Công ty X phải …"                            a company as the subject only when bound
 * and reporting obligations ("báo cáo … về Văn phòng …", "báo cáo định kỳ … gửi UBND tỉnh").
 */
import { clauses, sentences, trimCut, type Cut } from './sentences.js';
import { REPORT_WORD } from './report-recipients.js';
import { COOPERATE, splitPeople, splitUnits, startsWithAction, startsWithCompany, startsWithGroupNoun, startsWithUnit, unitRunEnd, UNIT_START } from './units.js';
import { LETTERS } from '../normalize/letter-classes.js';

export interface CueOptions {
  /** accept "X <action>" with any action verb (off in the preamble: "Sở X xây dựng kế hoạch" is the plan itself) */
  subject: boolean;
}

export interface LeadCue {
  lead: string[];
  support: string[];
  /** offset in the clause where the action starts (after lead and support) */
  actionStart: number;
}

export interface SentenceTask {
  /** local range of the task's text in the scanned text */
  cut: Cut;
  lead: string[];
  support: string[];
  kind: 'assignment' | 'report';
}

const CONNECTIVE = /^(?:Đồng thời|đồng thời|Bên cạnh đó|Ngoài ra|Trong đó|trong đó)\s*,?\s*/u;
const GIVE = /^(?:Giao|giao)\s+(?:nhiệm vụ\s+)?(?:cho\s+)?/u;
// "Uỷ quyền cho Giám đốc Sở Công Thương thực hiện …" (a quyết định delegating tasks)
const DELEGATE_POWER = /^(?:[Ủủ]y|[Uu]ỷ)\s+quyền\s+cho\s+/u;
const REQUEST = /^(?:Đề nghị|đề nghị|Yêu cầu|yêu cầu)\s+(?:cho\s+)?/u;
// used through matchAll() only (which copies the regex)
const COORDINATED_REQUEST = /(?:,\s*|\s+và\s+)(?:đề nghị|yêu cầu)\s+(?:cho\s+)?/gu;
// not global
const REQUEST_WORD = new RegExp(`(?<![${LETTERS}])(?:[Đđ]ề nghị|[Yy]êu cầu)\\s`, 'u');
const DELEGATE = /^(?:Phân công|phân công)\s+(?:(đồng chí|Đồng chí|đ\/c|Đ\/c)\s+)?/u;
// the first word of each of the four above: a clause without one is spared them
const CUE_WORD = /^(?:[Gg]iao|[Ủủ]y|[Uu]ỷ|[Đđ]ề nghị|[Yy]êu cầu|[Pp]hân công)\s/u;
// "UBND tỉnh giao Sở Nội vụ …", after the unit phrase
const GIVE_AFTER_UNIT = /^giao\s+(?:nhiệm vụ\s+)?(?:cho\s+)?/u;
const ADVERBIAL = /^(?:Căn cứ|Trên cơ sở|Trong quá trình|Ngay sau khi|Sau khi|Khi|Để|Trường hợp|Nếu)\s/u;
// a condition makes an instruction of what follows it: "Trường hợp …, Công ty lập, phê duyệt …"
const CONDITION = /^(?:Trường hợp|Nếu)\s/u;
/**
 * What a clause that names a lead or is a unit phrase starts with, after an optional connective:
 * a cue word, an adverbial or a unit. A clause without it is spared findLeadCue and wholeUnitPhrase.
 */
const MAY_CUE_SOURCE = `(?:${CONNECTIVE.source.slice(1)})?(?:${CUE_WORD.source.slice(1)}|${ADVERBIAL.source.slice(1)}|${UNIT_START})`;
const MAY_CUE = new RegExp(`^${MAY_CUE_SOURCE}`, 'u');
/**
 * MAY_CUE at a clause start anywhere in a text: at its start, or after the end of a sentence or a
 * semicolon, and the whitespace and emphasis marks that clauses are trimmed of. A text without a
 * match has no clause with a lead (one-word clauses, where this can miss MAY_CUE, never have one).
 * Two patterns: one that starts with punctuation is scanned far faster than one that may also start
 * at `^`.
 */
const MAY_CUE_AT_START = new RegExp(`^[\\s*_]*${MAY_CUE_SOURCE}`, 'u');
const MAY_CUE_AFTER_STOP = new RegExp(`[.!?…;]["”’)\\]*]*[\\s*_]*${MAY_CUE_SOURCE}`, 'u');
const STRONG_STOPS: ReadonlySet<string> = new Set(['chủ trì', 'có trách nhiệm', 'chịu trách nhiệm', 'là đầu mối', 'làm đầu mối']);
/**
 * Words after a sentence-initial unit that do not make it an assignment: "Sở Công Thương thông báo
 * để Công ty … được biết", "Văn phòng theo …", "… để …".
 */
const NOT_ASSIGNING: ReadonlySet<string> = new Set(['thông báo', 'để', 'nhằm', 'theo', 'được']);
const MAX_LEAD_CHARS = 160;

// used through matchAll() only (which copies the regex)
const LEAD_WITH_SUPPORT = new RegExp(`(?<![${LETTERS}])[Cc]hủ trì\\s*,?\\s*${COOPERATE}`, 'gu');
// not global
const COOPERATE_AT = new RegExp(`^(?:chủ trì\\s*,?\\s*)?${COOPERATE}`, 'u');
const ITEM_COOPERATE = new RegExp(`^${COOPERATE}`, 'u');
// not global
const REPORT_WORD_ANYWHERE = /báo cáo/iu;
// (the leading lookahead on the first letters spares the lookbehind at most positions: measured faster)
const RECIPIENT = new RegExp(String.raw`(?=[vgclt])(?<![${LETTERS}])(?:về|gửi|cho|lên|tới)\s+`, 'giu');
const CLAUSE_END = /[;.]/u;
// what is more than spaces and punctuation after a lead
const NOT_PUNCTUATION = /[^\s,:;.]/u;
const SPACE_FIRST = /^\s/u;
// not global
const REPORT_TIME = new RegExp(String.raw`(?<![${LETTERS}])(?:định kỳ|trước ngày|chậm nhất|hằng (?:năm|tháng|quý)|hàng (?:năm|tháng|quý))(?![${LETTERS}])`, 'iu');

/** The units after "phối hợp (với)" at `from`, and where they end. */
function supportAt(text: string, from: number): { support: string[]; end: number } {
  const run = unitRunEnd(text, from);
  return { support: splitUnits(text.slice(from, run.end)), end: run.end };
}

interface LeadOptions {
  /** the lead must start with a unit head ("Văn phòng", "các phòng", "UBND") */
  needHead: boolean;
  /** besides a unit head, a group noun on its own may start the lead ("yêu cầu đơn vị nêu trên …") */
  groupNoun?: boolean;
  /** the lead must start with a capital or a unit head: "Giao Văn phòng …", not "Giao ban …", "giao lưu …" */
  needCapital?: boolean;
  /** only "chủ trì" / "có trách nhiệm" end the lead (subject form in the preamble) */
  strongOnly: boolean;
  /** the lead is the sentence's subject ("X <action>"), not named by "Giao" / "Phân công" */
  subject?: boolean;
  /** the clause is an instruction by its form ("Trường hợp …, X <action>"): a company's plain verb binds it */
  bound?: boolean;
  person: boolean;
}

/** Who a request asks ("Đề nghị X …", "… yêu cầu X …"): a unit, or a group noun ("đơn vị nêu trên"). */
const ASKED: LeadOptions = { needHead: true, groupNoun: true, strongOnly: false, person: false };

function leadAt(text: string, from: number, options: LeadOptions): LeadCue | null {
  const head = text.slice(from, from + 80);
  if (options.needHead && !startsWithUnit(head) && !(options.groupNoun && startsWithGroupNoun(head))) return null;
  if (options.needCapital && !/^\p{Lu}/u.test(head) && !startsWithUnit(head)) return null;
  const run = unitRunEnd(text, from);
  if (run.stop === null) return options.subject && !options.strongOnly ? colonLead(text, from, run.end) : null;
  if (run.stop === 'giao') {
    // "UBND tỉnh giao Sở Nội vụ chủ trì …": the lead is who is given the task
    const give = GIVE_AFTER_UNIT.exec(text.slice(run.end));
    // "… Văn phòng giao" at the end of a clause gives nothing to anyone
    if (!give) return null;
    return leadAt(text, run.end + give[0].length, { ...options, needHead: false, needCapital: true, strongOnly: false, subject: false, person: false });
  }
  if (run.stop === 'đề nghị' || run.stop === 'yêu cầu') {
    // "Sở Công Thương đề nghị các doanh nghiệp báo cáo …": the lead is who is asked, and only a unit
    // ("Sở X đề nghị tăng cường …" asks no one in particular; "Sở X đề nghị." no one at all)
    const request = REQUEST.exec(text.slice(run.end));
    if (!request) return null;
    return leadAt(text, run.end + request[0].length, ASKED);
  }
  if (options.strongOnly && !STRONG_STOPS.has(run.stop)) return null;
  if (options.subject && NOT_ASSIGNING.has(run.stop)) return null;
  // a company as the subject is bound only by "phải", "có trách nhiệm" …: "Công ty X nộp hồ sơ
  // ngày …" and "Công ty X (Gói thầu …) cho thấy …" tell what it did
  if (options.subject && !options.bound && startsWithCompany(head) && !STRONG_STOPS.has(run.stop) && run.stop !== 'phải') return null;
  const phrase = text.slice(from, run.end);
  if (phrase.trim() === '' || phrase.length > MAX_LEAD_CHARS) return null;
  const lead = options.person ? splitPeople(phrase) : splitUnits(phrase);
  if (lead.length === 0) return null;
  let pos = run.end;
  let support: string[] = [];
  const cooperate = COOPERATE_AT.exec(text.slice(pos));
  if ((run.stop === 'chủ trì' || run.stop === 'phối hợp') && cooperate) {
    ({ support, end: pos } = supportAt(text, pos + cooperate[0].length));
  } else if (STRONG_STOPS.has(run.stop)) {
    pos += run.stop.length;
  }
  if (!NOT_PUNCTUATION.test(text.slice(pos))) return null; // "Văn phòng Sở có trách nhiệm:" alone
  return { lead, support, actionStart: pos };
}

// after "Tổ Công tác:", words that describe the unit rather than give it work
const LETTER_FIRST = new RegExp(`^[${LETTERS}]`, 'u');
const NOT_AN_ACTION = new RegExp(String.raw`^(?:gồm|bao gồm|là|có|số|địa chỉ|điện thoại|email|trụ sở)(?![${LETTERS}])`, 'iu');

/**
 * "Sở Tài chính: bố trí kinh phí …", "Văn phòng Sở: Chủ trì, phối hợp với …": a unit phrase, a
 * colon and an action (a letter, not a number: "Văn phòng: 0251 …" is a phone number).
 */
function colonLead(text: string, from: number, end: number): LeadCue | null {
  if (text[end] !== ':') return null;
  const phrase = text.slice(from, end);
  if (phrase.trim() === '' || phrase.length > MAX_LEAD_CHARS || !wholeUnitPhrase(phrase.trim())) return null;
  const after = /^:\s*/u.exec(text.slice(end))!;
  const actionStart = end + after[0].length;
  if (!LETTER_FIRST.test(text.slice(actionStart, actionStart + 1)) || NOT_AN_ACTION.test(text.slice(actionStart))) return null;
  const lead = splitUnits(phrase);
  if (lead.length === 0) return null;
  const cooperate = /^[Cc]hủ trì\s*,?\s*/u.exec(text.slice(actionStart));
  const coop = cooperate ? COOPERATE_AT.exec(text.slice(actionStart + cooperate[0].length)) : null;
  if (cooperate && coop) {
    const { support, end: supportEnd } = supportAt(text, actionStart + cooperate[0].length + coop[0].length);
    return { lead, support, actionStart: supportEnd };
  }
  return { lead, support: [], actionStart };
}

/** "Sở Công Thương trả lại hồ sơ … và đề nghị Công ty hoàn thiện …": a request after what the writer did. */
function coordinatedRequest(clause: string): LeadCue | null {
  if (!REQUEST_WORD.test(clause)) return null;
  for (const m of clause.matchAll(COORDINATED_REQUEST)) {
    const cue = leadAt(clause, m.index + m[0].length, ASKED);
    if (cue) return cue;
  }
  return null;
}

/** The lead named at the start of a clause, or null. */
export function findLeadCue(clause: string, options: CueOptions): LeadCue | null {
  const connective = CONNECTIVE.exec(clause);
  const from = connective ? connective[0].length : 0;
  const rest = clause.slice(from);
  if (CUE_WORD.test(rest)) {
    const give = GIVE.exec(rest) ?? DELEGATE_POWER.exec(rest);
    if (give) return leadAt(clause, from + give[0].length, { needHead: false, needCapital: true, strongOnly: false, person: false });
    const request = REQUEST.exec(rest);
    if (request) return leadAt(clause, from + request[0].length, ASKED);
    const delegate = DELEGATE.exec(rest);
    if (delegate) {
      const person = delegate[1] !== undefined;
      return leadAt(clause, from + delegate[0].length, { needHead: !person, strongOnly: false, person });
    }
  }
  // (needHead: leadAt would test startsWithUnit on the first 80 characters of `rest`, the same
  // test unless `rest` starts with whitespace; below, the comma's `\s*` leaves none)
  if (startsWithUnit(rest)) {
    // "X trả lại hồ sơ … và đề nghị Y …": what X did is not the task, what Y is asked to do is
    return coordinatedRequest(clause) ?? leadAt(clause, from, { needHead: SPACE_FIRST.test(rest), strongOnly: !options.subject, person: false, subject: true });
  }
  if (options.subject && ADVERBIAL.test(rest)) {
    for (const comma of rest.slice(0, 200).matchAll(/,\s*/gu)) {
      const at = comma.index + comma[0].length;
      // "Sau khi hoàn thiện …, đề nghị Công ty nộp lại hồ sơ …"
      const request = REQUEST.exec(rest.slice(at));
      if (request) {
        const cue = leadAt(clause, from + at + request[0].length, ASKED);
        if (cue) return cue;
        continue;
      }
      if (!startsWithUnit(rest.slice(at))) continue;
      const cue = leadAt(clause, from + at, { needHead: false, strongOnly: false, person: false, subject: true, bound: CONDITION.test(rest) });
      if (cue) return cue;
    }
  }
  return null;
}

/**
 * True when the text carries a reporting obligation: "báo cáo" with, in its clause, a time
 * ("định kỳ", "trước ngày", "hằng năm") or after it a recipient ("về Văn phòng", "gửi UBND tỉnh",
 * "cho UBND tỉnh"). "để tổng hợp, báo cáo Ban Lãnh đạo Sở xem xét" and "báo cáo sơ kết" are not.
 */
export function isReport(text: string): boolean {
  if (!REPORT_WORD_ANYWHERE.test(text)) return false; // (a quick test: most texts have none)
  for (const m of text.matchAll(REPORT_WORD)) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 160), m.index);
    const after = text.slice(end, end + 240);
    const stop = after.search(CLAUSE_END);
    const clause = stop < 0 ? after : after.slice(0, stop);
    const clauseBefore = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('.')) + 1);
    if (REPORT_TIME.test(clause) || REPORT_TIME.test(clauseBefore)) return true;
    for (const r of clause.matchAll(RECIPIENT)) {
      if (startsWithUnit(clause.slice(r.index + r[0].length))) return true;
    }
  }
  return false;
}

/** Supporting units named by "chủ trì, phối hợp (với) Y" anywhere in `text` from `from`. */
export function laterSupport(text: string, from: number): string[] {
  const out: string[] = [];
  for (const m of text.slice(from).matchAll(LEAD_WITH_SUPPORT)) {
    out.push(...supportAt(text, from + m.index + m[0].length).support);
  }
  return out;
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/**
 * "… do Trưởng đoàn phân công", "Kinh phí … do Văn phòng Sở bố trí": the one "do" (by) names takes
 * something on, when the verb after it gives work to do and the sentence has no action of its own
 * before it. Not what was done ("các văn bản do UBND tỉnh ban hành"), nor a cause ("do Văn phòng chưa
 * tham mưu", "do Sở Tài chính không bố trí"), nor who leads what the sentence's own subject joins
 * ("Phối hợp tham gia kiểm tra liên ngành … do Sở Công Thương chủ trì").
 */
const AGENT_WORD = new RegExp(`(?<![${LETTERS}])do\\s`, 'u');
// used through matchAll() only (which copies the regex)
const AGENT = new RegExp(`(?<![${LETTERS}])do\\s+`, 'gu');
const AGENT_VERBS: ReadonlySet<string> = new Set(['phân công', 'chủ trì', 'bố trí', 'hướng dẫn', 'tham mưu']);
const NOT_DONE = new RegExp(`(?<![${LETTERS}])(?:chưa|không|đã)(?![${LETTERS}])`, 'u');

/** The units "do" names in a sentence as the ones to take something on, or null. */
function agentLead(sentence: string): string[] | null {
  if (startsWithAction(sentence)) return null;
  for (const m of sentence.matchAll(AGENT)) {
    const at = m.index + m[0].length;
    if (!startsWithUnit(sentence.slice(at))) continue;
    const run = unitRunEnd(sentence, at);
    if (run.stop === null || !AGENT_VERBS.has(run.stop)) continue;
    const phrase = sentence.slice(at, run.end);
    if (!NOT_DONE.test(phrase)) return splitUnits(phrase);
  }
  return null;
}

/**
 * Tasks carried by the sentences of `text`. A sentence with a lead gives one task per clause that
 * names a lead (a clause without one belongs to the task before it); clauses that are only unit
 * phrases right before such a clause share its lead ("Chánh Văn phòng …; Giám đốc Sở …; Thủ
 * trưởng các cơ quan … chịu trách nhiệm thi hành"). A sentence without a lead gives a task only when
 * it is a reporting obligation, or names its lead after "do" (agentLead); a reporting obligation's
 * lead is otherwise that of the sentence before it in `text` ("Chánh Văn
 * phòng … tổ chức triển khai …. Báo cáo kết quả … về Văn phòng"), or none.
 */
export function tasksInText(text: string, options: CueOptions): SentenceTask[] {
  const out: SentenceTask[] = [];
  // (no part of a text without "báo cáo" is a report)
  const mayReport = REPORT_WORD_ANYWHERE.test(text);
  const mayName = options.subject && AGENT_WORD.test(text);
  if (!mayReport && !mayName && !MAY_CUE_AT_START.test(text) && !MAY_CUE_AFTER_STOP.test(text)) return out;
  let previousLead: string[] = [];
  for (const sentence of sentences(text)) {
    const cued: { clause: Cut; cue: LeadCue; start: number }[] = [];
    let pending: { start: number; units: string[] }[] = [];
    for (const clause of clauses(text, sentence)) {
      const own = text.slice(clause.start, clause.end);
      if (!MAY_CUE.test(own)) {
        pending = [];
        continue;
      }
      const cue = findLeadCue(own, options);
      if (cue) {
        const lead = unique([...pending.flatMap((p) => p.units), ...cue.lead]);
        cued.push({ clause, cue: { ...cue, lead }, start: pending[0]?.start ?? clause.start });
        pending = [];
      } else if (options.subject && wholeUnitPhrase(own)) pending.push({ start: clause.start, units: splitUnits(own) });
      else pending = [];
    }
    if (cued.length === 0) {
      const own = text.slice(sentence.start, sentence.end);
      const agent = mayName ? agentLead(own) : null;
      if (agent) {
        out.push({ cut: sentence, lead: agent, support: [], kind: mayReport && isReport(own) ? 'report' : 'assignment' });
        previousLead = agent;
      } else if (mayReport && isReport(own)) out.push({ cut: sentence, lead: previousLead, support: [], kind: 'report' });
      continue;
    }
    cued.forEach(({ clause, cue, start }, i) => {
      const next = cued[i + 1];
      const end = next ? previousClauseEnd(text, sentence, next.start) : sentence.end;
      const cut = trimCut(text, start, end);
      const own = text.slice(cut.start, cut.end);
      const support = unique([...cue.support, ...laterSupport(own, cue.actionStart + clause.start - cut.start)]);
      out.push({ cut, lead: cue.lead, support, kind: mayReport && isReport(own) ? 'report' : 'assignment' });
    });
    previousLead = cued[cued.length - 1]!.cue.lead;
  }
  return out;
}

/** End of the clause before the one starting at `start` (without its semicolon). */
function previousClauseEnd(text: string, sentence: Cut, start: number): number {
  let e = start;
  while (e > sentence.start && /[\s;]/u.test(text[e - 1]!)) e--;
  return e;
}

const FOR_UNIT = /^(?:Đối với|đối với|Trách nhiệm của|Nhiệm vụ của)\s+/u;
const HAS_DUTY = /\s+(?:có|chịu) trách nhiệm\s*$/u;
const MAX_HEADING_WORDS = 14;
// more than MAX_HEADING_WORDS words, in a trimmed text (without splitting all of a long one)
const MORE_WORDS_THAN_A_HEADING = new RegExp(`^(?:\\S+\\s+){${MAX_HEADING_WORDS}}`, 'u');

/**
 * True when `text` opens with a unit that is allowed something, not given it: "Đoàn kiểm tra được
 * sử dụng con dấu của Sở …" among the duties and powers (nhiệm vụ và quyền hạn) of a team.
 */
export function grantsPower(text: string): boolean {
  return startsWithUnit(text) && unitRunEnd(text, 0).stop === 'được';
}

/** True when all of `text` is one unit phrase (no action word in it). */
function wholeUnitPhrase(text: string): boolean {
  if (!startsWithUnit(text)) return false;
  const run = unitRunEnd(text, 0);
  return run.stop === null && run.end >= text.length;
}

/**
 * The units a heading names when its items are their tasks: "Đối với Văn phòng Sở",
 * "Sở Tài chính", "Văn phòng Sở có trách nhiệm:". Null for any other heading.
 */
export function headingUnits(heading: string): string[] | null {
  const cut = trimCut(heading);
  const written = heading.slice(cut.start, cut.end);
  const endsWithColon = written.endsWith(':');
  const last = written[written.length - 1];
  const text = (last === ':' || last === '.' ? written.slice(0, -1) : written).trim();
  const forUnit = FOR_UNIT.exec(text);
  if (forUnit) {
    const rest = text.slice(forUnit[0].length);
    return wholeUnitPhrase(rest) ? splitUnits(rest) : null;
  }
  // (`text` is trimmed: HAS_DUTY can only match when it ends with "trách nhiệm")
  const duty = text.endsWith('trách nhiệm') ? HAS_DUTY.exec(text) : null;
  if (duty) {
    const subject = text.slice(0, duty.index);
    return endsWithColon && wholeUnitPhrase(subject) ? splitUnits(subject) : null;
  }
  // a heading that does not start with a unit is not one (checked first: the tests below scan all of it)
  if (!startsWithUnit(text)) return null;
  if (MORE_WORDS_THAN_A_HEADING.test(text)) return null;
  if (text === text.toUpperCase()) return null; // "IV. KINH PHÍ"
  return wholeUnitPhrase(text) ? splitUnits(text) : null;
}

/**
 * The lead a text gives the list after it: its last sentence names a lead and ends with a colon,
 * introducing the list ("Sở Công Thương yêu cầu đơn vị nêu trên thực hiện một số nội dung sau:",
 * "Giao Văn phòng Sở thực hiện các nhiệm vụ sau:"). `tasks` are the text's own (`tasksInText`); the
 * others stay the text's tasks. Null for any other text. With `request`, only a request introduces
 * ("… và đề nghị Công ty hoàn thiện các nội dung sau:").
 */
export function introducedLead(text: string, tasks: readonly SentenceTask[], request = false): string[] | null {
  const cut = trimCut(text);
  const last = tasks[tasks.length - 1];
  if (!last || last.lead.length === 0 || last.cut.end !== cut.end || !text.slice(cut.start, cut.end).endsWith(':')) return null;
  // a plan's preamble ends "… Sở X xây dựng Kế hoạch như sau:": only a request gives its points away
  if (request && !REQUEST_WORD.test(text.slice(last.cut.start, last.cut.end))) return null;
  return last.lead;
}

/** Units after "Phối hợp (với)" at the start of an item under a unit heading. */
export function itemSupport(text: string): string[] {
  const m = ITEM_COOPERATE.exec(text);
  const first = m ? supportAt(text, m[0].length).support : [];
  return unique([...first, ...laterSupport(text, 0)]);
}
