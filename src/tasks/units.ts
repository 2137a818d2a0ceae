/**
 * Unit phrases: who a task is given to. "Văn phòng Sở", "các Phòng nghiệp vụ 1, 2, 4",
 * "Phòng Tổng hợp, Quy hoạch, Kế hoạch", "Trưởng các phòng, các đơn vị thuộc Sở".
 *
 * A unit phrase runs from its head word to the action verb that follows it. Verbs are matched in
 * lower case only: Vietnamese capitalises the first word of a unit's proper name ("Phòng Tổng
 * hợp"), so a capitalised "Tổng hợp" is part of a name while "tổng hợp" is an action.
 * Words are matched in canonical tone style (`withCanonicalTones`), so "Uỷ ban" is "Ủy ban".
 */
import { keyAlternation, OLD_STYLE_LETTERS, withCanonicalTones } from '../normalize/match-keys.js';

/** What may follow a head word for it to name a unit. */
type Follow =
  /** any word (not punctuation, not "và") */
  | 'any'
  /** a capitalised word, a number, or a place word ("tỉnh", "huyện", "nhân dân" …) */
  | 'named';

interface Head {
  word: string;
  follow: Follow;
  /**
   * lower-case words that, right after the head, name a unit by the work it was set up for
   * ("Đoàn kiểm tra", "Ban chỉ đạo"): the name holds them even where they are action words
   */
  work?: readonly string[];
  /** words that, right after the head, make it a verb or a common noun ("Phòng chống", "Sở dĩ") */
  not?: readonly string[];
  /** titles of people: "Trưởng các phòng, các đơn vị …" is one group, not two */
  title?: boolean;
}

const HEADS: readonly Head[] = [
  { word: 'Văn phòng', follow: 'any' },
  { word: 'Phòng', follow: 'any', not: ['chống', 'ngừa', 'tránh', 'cháy', 'chữa', 'dịch', 'bệnh', 'vệ', 'thủ', 'hộ', 'họp', 'làm', 'và'] },
  { word: 'Sở', follow: 'named' },
  { word: 'Ban', follow: 'named', work: ['chỉ đạo', 'tổ chức', 'biên tập', 'quản lý', 'giám sát', 'công tác', 'chấp hành', 'thường vụ', 'soạn thảo'] },
  { word: 'Tổ', follow: 'named', work: ['công tác', 'giúp việc', 'kiểm tra', 'thư ký', 'biên tập', 'giám sát', 'chuyên gia', 'soạn thảo'] },
  { word: 'Thanh tra', follow: 'named' },
  { word: 'Ủy ban', follow: 'named' },
  { word: 'Hội đồng', follow: 'any', work: ['thẩm định', 'tư vấn', 'thi đua', 'kỷ luật', 'nghiệm thu', 'đánh giá'] },
  { word: 'Trung tâm', follow: 'named' },
  { word: 'Chi cục', follow: 'named' },
  { word: 'Tổng cục', follow: 'named' },
  { word: 'Cục', follow: 'named' },
  { word: 'Bộ phận', follow: 'any' },
  { word: 'Bộ', follow: 'named' },
  { word: 'Vụ', follow: 'named' },
  { word: 'Đảng ủy', follow: 'any' },
  { word: 'Chi bộ', follow: 'any' },
  { word: 'Công đoàn', follow: 'any' },
  { word: 'Đoàn', follow: 'named', work: ['kiểm tra', 'thanh tra', 'công tác', 'giám sát', 'khảo sát', 'đánh giá'] },
  { word: 'Hội', follow: 'named' },
  { word: 'Mặt trận', follow: 'named' },
  { word: 'Trường', follow: 'named' },
  { word: 'Bệnh viện', follow: 'any' },
  { word: 'Viện', follow: 'named' },
  { word: 'Công an', follow: 'named' },
  { word: 'Kho bạc', follow: 'any' },
  { word: 'Đội', follow: 'named' },
  { word: 'Cơ quan', follow: 'any', not: ['này'] },
  { word: 'Chi nhánh', follow: 'any' },
  // a company (its name ends where companyRunEnd says)
  { word: 'Tổng công ty', follow: 'any' },
  { word: 'Công ty', follow: 'any' },
  { word: 'Ngân hàng', follow: 'named' },
  { word: 'Tòa án', follow: 'any' },
  { word: 'Thủ trưởng', follow: 'any', title: true },
  { word: 'Phó Trưởng', follow: 'any', title: true },
  { word: 'Trưởng', follow: 'any', title: true, not: ['thành'] },
  { word: 'Phó Chánh', follow: 'named', title: true },
  { word: 'Chánh', follow: 'named', title: true },
  { word: 'Phó Giám đốc', follow: 'any', title: true },
  { word: 'Giám đốc', follow: 'any', title: true },
  { word: 'Phó Chủ tịch', follow: 'any', title: true },
  { word: 'Chủ tịch', follow: 'any', title: true },
  { word: 'Bí thư', follow: 'any', title: true },
  { word: 'Lãnh đạo', follow: 'any', title: true },
  { word: 'Người đứng đầu', follow: 'any', title: true },
];

const ACRONYMS = ['UBND', 'HĐND', 'UBMTTQ', 'MTTQ', 'BCĐ', 'BCH', 'BTV', 'BLĐ', 'BQL', 'LĐLĐ', 'TAND', 'VKSND', 'KBNN', 'VP'];

/** lower-case group nouns that name units after "các": "các phòng", "các đơn vị" */
const COLLECTIVES = [
  'phòng', 'đơn vị', 'cơ quan', 'sở', 'ban', 'ngành', 'địa phương', 'đoàn thể', 'tổ chức', 'doanh nghiệp', 'bộ phận', 'xã',
  'phường', 'huyện', 'thành viên', 'hội', 'chi bộ', 'trưởng phòng', 'tổ', 'cá nhân',
  // people: "các ông/bà có tên tại Điều 1" ("/" splits it, "các ông" starts the unit)
  'ông', 'bà',
];

/** what may follow the work a unit was set up for: "Đoàn kiểm tra liên ngành" */
const WORK_QUALIFIERS = ['liên ngành', 'chuyên ngành', 'liên sở'];

const PLACE_WORDS = ['tỉnh', 'huyện', 'xã', 'phường', 'thị xã', 'thành phố', 'cấp', 'nhân dân', 'nhà nước', 'cơ sở', 'trung ương'];

/**
 * Action words that end a unit phrase (lower case, matched case-sensitively). "có trách nhiệm"
 * is here but not "có": "các phòng, đơn vị có liên quan" is a unit.
 */
const STOP_WORDS = [
  'tham mưu', 'theo dõi', 'xây dựng', 'tổng hợp', 'tổ chức', 'triển khai', 'thực hiện', 'kiểm tra', 'căn cứ', 'chỉ đạo',
  'tăng cường', 'hướng dẫn', 'phối hợp', 'chủ trì', 'có trách nhiệm', 'chịu trách nhiệm', 'là đầu mối', 'làm đầu mối',
  'đôn đốc', 'rà soát', 'báo cáo', 'phản ánh', 'quán triệt', 'tuyên truyền', 'phổ biến', 'nghiên cứu', 'đề xuất',
  'cập nhật', 'ban hành', 'giám sát', 'đánh giá', 'đẩy mạnh', 'tiếp tục', 'thường xuyên', 'định kỳ', 'gửi', 'lập',
  'soạn thảo', 'trình', 'tiếp nhận', 'giải quyết', 'hoàn thành', 'bố trí', 'cử', 'duy trì', 'nâng cao', 'tập trung',
  'phát huy', 'chuẩn bị', 'thẩm định', 'cung cấp', 'theo', 'để', 'nhằm', 'đảm bảo', 'bảo đảm', 'sơ kết', 'tổng kết',
  'công khai', 'vận động', 'phát động', 'xử lý', 'khảo sát', 'thanh tra', 'chủ động', 'khẩn trương', 'nghiêm túc', 'cần',
  'phải', 'kịp thời', 'lồng ghép', 'cụ thể hóa', 'thông báo', 'tiếp thu', 'tiến hành', 'tích cực', 'nắm bắt',
  'biên soạn', 'xem xét', 'tập huấn', 'bồi dưỡng', 'đào tạo', 'kiện toàn', 'sắp xếp', 'được', 'quản lý', 'điều hành',
  'phân công', 'tham gia', 'hỗ trợ', 'giải đáp', 'thống kê', 'đăng tải', 'ứng dụng', 'giao', 'đề nghị', 'yêu cầu',
];

/** Heads in canonical tone style: every match below runs on `withCanonicalTones` of the text. */
const CANONICAL_HEADS: readonly Head[] = HEADS.map((h) => ({ ...h, word: withCanonicalTones(h.word), not: h.not?.map(withCanonicalTones) }));

/** The work words after a head (one alternative per head), the qualifier after them, to their end. */
const WORK_NAME = `(?:${CANONICAL_HEADS.filter((h) => h.work)
  .map((h) => `${h.word}\\s+(?:${keyAlternation(h.work!)})`)
  .join('|')})(?:\\s+(?:${keyAlternation(WORK_QUALIFIERS)}))?(?=$|[\\s,.;:)])`;
/** a unit named by its work, at the start of a canonical text (after "các", "những") */
const WORK_NAMED_UNIT = new RegExp(`^\\s*(?:(?:các|Các|những|Những)\\s+)?${WORK_NAME}`, 'u');

/** Nouns that start with an action word: "Công ty cổ phần Xây dựng giao thông Yên Bái", "Phòng Cảnh sát giao thông". */
const NOUNS_OF_ACTION_WORDS = ['giao thông', 'giao dịch'];

/**
 * The first of `words` in a text, as a word; after "các", "những" an action word is a noun ("các tổ
 * chức"), and it is none at the start of a noun (`NOUNS_OF_ACTION_WORDS`).
 */
function stopWordsRe(words: readonly string[]): RegExp {
  const word = String.raw`(?=$|[\s,.;:)])`;
  return new RegExp(`(?<=^|[\\s,(])(?<!(?:các|những)\\s+)(?!(?:${keyAlternation(NOUNS_OF_ACTION_WORDS)})${word})(?:${keyAlternation(words)})${word}`, 'u');
}

// not global: exec() on these keeps no state
const STOP_RE = stopWordsRe(STOP_WORDS);
const COLLECTIVE_RE = new RegExp(`^(?:${keyAlternation(COLLECTIVES)})(?=$|[\\s,.;:)])`, 'u');
const ACRONYM_RE = new RegExp(`^(?:${keyAlternation(ACRONYMS)})(?=$|[\\s,.;:)])`, 'u');
const PLACE_RE = new RegExp(`^(?:${keyAlternation(PLACE_WORDS)})(?=$|[\\s,.;:)])`, 'u');
/** what may stand before a unit's head: the plural "các", "những", or a letter's polite "Quý" ("Quý Công ty", "Quý cơ quan") */
const PLURAL_RE = /^(?:các|Các|những|Những|Quý)\s+/u;
// what follows a head word
const PUNCTUATION_FIRST = /^[,;.:)]/u;
const SPACE_FIRST = /^\s/u;
const CONJUNCTION_FIRST = /^(?:và|hoặc)(?=\s|$)/u;
const FIRST_WORD = /^[^\s,;.:)]+/u;
const CAPITAL_OR_DIGIT_FIRST = /^[\p{Lu}\d]/u;
/** what a unit's name goes on with: "… của tỉnh", "… thuộc Sở" */
const OWNER_FIRST = /^(?:của|thuộc)(?=\s|$)/u;

/** The heads by their first letter, in the order above. */
const HEADS_BY_FIRST_LETTER: ReadonlyMap<string, readonly Head[]> = CANONICAL_HEADS.reduce((byLetter, head) => {
  byLetter.set(head.word[0]!, [...(byLetter.get(head.word[0]!) ?? []), head]);
  return byLetter;
}, new Map<string, Head[]>());

/** how much of a text the longest head, "các", the word after the head and a place word can take */
const HEAD_WINDOW = 80;

const PLURALS = ['các', 'Các', 'những', 'Những', 'Quý'];

/**
 * The first words (in canonical tone style) that a text naming a unit can start with: of the heads,
 * the acronyms and the plurals. Each is followed by whitespace, one of `, . ; : )` or the end.
 */
const FIRST_WORDS = [...CANONICAL_HEADS.map((h) => h.word.split(' ')[0]!), ...ACRONYMS, ...PLURALS];
const LONGEST_FIRST_WORD = Math.max(...FIRST_WORDS.map((w) => w.length));
/** what ends a first word: whitespace, `,`, `.`, `;`, `:`, `)` (none is a letter) */
const WORD_END = String.raw`(?=[\s,.;:)]|$)`;
/** letters whose word `withCanonicalTones` may change */
const OLD_STYLE_LETTER = `[${OLD_STYLE_LETTERS}]`;

/**
 * Where a text may start with a unit: its first word (after whitespace) is one of FIRST_WORDS
 * (source of a regex, for use inside other patterns). `withCanonicalTones` only changes words with
 * an old-style letter and never crosses a non-letter, so a first word without one is already
 * canonical; one with one is let through.
 */
export const UNIT_START = `\\s*(?:(?:${keyAlternation(FIRST_WORDS)})${WORD_END}|(?=[^\\s,.;:)]*${OLD_STYLE_LETTER})[^\\s,.;:)]{1,${LONGEST_FIRST_WORD}}${WORD_END})`;
const MAY_START_WITH_UNIT = new RegExp(`^${UNIT_START}`, 'u');

function headAt(text: string): Head | 'acronym' | 'collective' | null {
  // most texts are ruled out by their first word, before the window is put in canonical style
  if (!MAY_START_WITH_UNIT.test(text)) return null;
  const trimmed = text.trimStart();
  let rest = withCanonicalTones(trimmed.slice(0, HEAD_WINDOW));
  const plural = PLURAL_RE.exec(rest);
  if (plural) {
    rest = rest.slice(plural[0].length);
    if (COLLECTIVE_RE.test(rest)) return 'collective';
  }
  if (ACRONYM_RE.test(rest)) return 'acronym';
  for (const head of HEADS_BY_FIRST_LETTER.get(rest[0] ?? '') ?? []) {
    if (!rest.startsWith(head.word)) continue;
    const after = rest.slice(head.word.length);
    if (after === '' || PUNCTUATION_FIRST.test(after)) {
      if (head.word === 'Văn phòng') return head;
      continue;
    }
    if (!SPACE_FIRST.test(after)) continue; // "Phòngx": not the word
    const next = after.trimStart();
    if (PUNCTUATION_FIRST.test(next) || CONJUNCTION_FIRST.test(next)) {
      if (head.word === 'Văn phòng') return head;
      continue;
    }
    const word = FIRST_WORD.exec(next)?.[0] ?? '';
    if (head.not?.includes(word)) continue;
    if (head.follow === 'named' && !CAPITAL_OR_DIGIT_FIRST.test(word) && !PLACE_RE.test(next) && !(head.work && WORK_NAMED_UNIT.test(rest))) continue;
    return head;
  }
  return null;
}

/** True when `text` starts with a unit or a person's title: "Văn phòng", "các Phòng Nghiệp vụ", "UBND tỉnh". */
export function startsWithUnit(text: string): boolean {
  return headAt(text) !== null;
}

/**
 * True when `text` starts with a group noun on its own, without "các": "đơn vị nêu trên",
 * "doanh nghiệp". Only after a request ("yêu cầu đơn vị nêu trên thực hiện …") is it the lead.
 */
export function startsWithGroupNoun(text: string): boolean {
  return COLLECTIVE_RE.test(withCanonicalTones(text.trimStart().slice(0, HEAD_WINDOW)));
}

/** The person's title `text` starts with ("Trưởng", "Chánh", "Lãnh đạo" …), or null. */
function titleHead(text: string): Head | null {
  const head = headAt(text);
  return head !== null && typeof head === 'object' && head.title === true ? head : null;
}

export interface UnitRun {
  /** offset (in the searched text) where the phrase ends: at the stop word, punctuation or the end */
  end: number;
  /** the action word that ended the phrase (in canonical tone style), or null when punctuation or the end did */
  stop: string | null;
}

const RUN_PUNCTUATION = /[;:.]/u;

/** The words that open a company's name (source of a regex, for use inside other patterns). */
export const COMPANY_WORDS = '(?:Tổng công ty|Công ty)';
const COMPANY_HEAD = new RegExp(`^\\s*${COMPANY_WORDS}(?=\\s|$)`, 'u');
/** what may follow "Công ty" in a company's name besides a capitalised word or a number */
const LEGAL_FORM = /^(?:cổ phần|trách nhiệm hữu hạn|liên doanh|hợp danh|TNHH|CP|MTV)(?=[\s,.;:()]|$)/u;
/** action words that are also lower-case words of companies' names: "… Đầu tư xây dựng hạ tầng cơ sở" */
const NAME_WORDS: ReadonlySet<string> = new Set(['xây dựng', 'quản lý', 'đào tạo', 'ứng dụng', 'thẩm định', 'khảo sát', 'cung cấp', 'tổ chức']);
const COMPANY_STOP_RE = stopWordsRe(STOP_WORDS.filter((w) => !NAME_WORDS.has(w)));
const COMPANY_PUNCTUATION = /[;:.,(]/u;
const STOP_FIRST = new RegExp(`^(?:${keyAlternation(STOP_WORDS)})(?=$|[\\s,.;:)])`, 'u');

/** True when `text` starts with an action word, in any case: "Phối hợp tham gia …", "tổ chức …". */
export function startsWithAction(text: string): boolean {
  const trimmed = text.trimStart();
  return STOP_FIRST.test(withCanonicalTones(trimmed.charAt(0).toLowerCase() + trimmed.slice(1, HEAD_WINDOW)));
}

/** True when `text` starts with a company: "Công ty …", "Tổng công ty …". */
export function startsWithCompany(text: string): boolean {
  return COMPANY_HEAD.test(text);
}

/**
 * The words of a phrase that starts at `from`, up to the first of `punctuation`: in canonical tone
 * style, with the punctuation itself (for the stop words' lookahead), and where it is.
 */
function wordsBefore(text: string, from: number, punctuation: RegExp): { canonical: string; punct: number | null } {
  const punct = punctuation.exec(text.slice(from))?.index ?? null;
  return { canonical: withCanonicalTones(text.slice(from, punct === null ? text.length : from + punct + 1)), punct };
}

/**
 * Where a phrase that starts at `from` ends: at the first of `stops` in its words (past the first
 * `skip` characters) before the punctuation, else at the punctuation or the end of the text.
 */
function runEnd(text: string, from: number, words: { canonical: string; punct: number | null }, stops: RegExp, skip = 0): UnitRun {
  const stop = stops.exec(skip === 0 ? words.canonical : words.canonical.slice(skip));
  if (stop && (words.punct === null || skip + stop.index < words.punct)) return { end: from + skip + stop.index, stop: stop[0] };
  return { end: words.punct === null ? text.length : from + words.punct, stop: null };
}

/**
 * Where a company's name that starts at `from` ends. "Công ty" followed by a verb is the company the
 * text has named ("Đề nghị Công ty hiệu chỉnh …"): the phrase is "Công ty" and the verb its stop.
 * Followed by a legal form or a capitalised word, the name runs to an action word (past those a
 * name may hold in lower case) or to `, ; : . (` ("Công ty TNHH Hiệp Phú (Gói thầu số 15 …)").
 */
function companyRunEnd(text: string, from: number): UnitRun {
  const afterHead = from + COMPANY_HEAD.exec(text.slice(from))![0].length;
  const next = text.slice(afterHead).trimStart();
  const word = FIRST_WORD.exec(next)?.[0] ?? '';
  if (!LEGAL_FORM.test(next) && !CAPITAL_OR_DIGIT_FIRST.test(word)) {
    const canonical = withCanonicalTones(next.slice(0, HEAD_WINDOW));
    return { end: afterHead, stop: word === '' ? null : (STOP_FIRST.exec(canonical)?.[0] ?? word) };
  }
  const words = wordsBefore(text, afterHead, COMPANY_PUNCTUATION);
  return runEnd(text, afterHead, words, COMPANY_STOP_RE);
}

/** Where the unit phrase that starts at `from` ends. */
export function unitRunEnd(text: string, from: number): UnitRun {
  if (startsWithCompany(text.slice(from, from + HEAD_WINDOW))) return companyRunEnd(text, from);
  const words = wordsBefore(text, from, RUN_PUNCTUATION);
  const rest = words.canonical;
  // a unit named by its work ("Đoàn kiểm tra") holds its action words: the stop comes after them.
  // Its name goes on only with a proper name, a number, a place or "của/thuộc …" ("Đoàn kiểm tra
  // liên ngành của tỉnh"); any other word ends it, with no stop ("Đoàn kiểm tra tự giải thể …")
  const named = WORK_NAMED_UNIT.exec(rest)?.[0].length ?? 0;
  if (named > 0) {
    const next = rest.slice(named).trimStart();
    const goesOn = next === '' || PUNCTUATION_FIRST.test(next) || STOP_FIRST.test(next) || CAPITAL_OR_DIGIT_FIRST.test(next) || PLACE_RE.test(next) || OWNER_FIRST.test(next);
    if (!goesOn) return { end: from + named, stop: null };
  }
  return runEnd(text, from, words, STOP_RE, named);
}

/**
 * "phối hợp", "phối hợp với", "phối hợp chặt chẽ với": what introduces supporting units (source
 * of a regex, for use inside other patterns).
 */
export const COOPERATE = String.raw`[Pp]hối hợp(?:\s+(?:chặt chẽ|thường xuyên|kịp thời))?(?:\s+với)?\s+`;

// global, used through replace() only
const SPACES = /\s+/gu;
const PUNCTUATION_AROUND = /^[\s,;:.]+|[\s,;:.–-]+$/gu;
const LEADING_CHO = /^cho\s+/u;
// the characters PUNCTUATION_AROUND removes at the start and at the end of a text whose whitespace is " "
const PUNCTUATION_STARTS = [' ', ',', ';', ':', '.'];
const PUNCTUATION_ENDS = [' ', ',', ';', ':', '.', '–', '-'];

/** Tidy a unit as written: single spaces, no trailing punctuation, no leading "cho". */
function tidy(unit: string): string {
  let out = unit.replace(SPACES, ' ');
  // (its only whitespace is now " ": PUNCTUATION_AROUND has nothing to remove unless an end is one of its characters)
  if (PUNCTUATION_STARTS.includes(out[0] ?? '') || PUNCTUATION_ENDS.includes(out[out.length - 1] ?? '')) out = out.replace(PUNCTUATION_AROUND, '');
  return out.startsWith('cho') ? out.replace(LEADING_CHO, '') : out;
}

interface Piece {
  text: string;
  /** the separator written before it: ", " or " và " */
  sep: string;
}

// what pieces() looks at: parentheses, and the separators outside them (used through matchAll() only)
const PIECE_MARK = /[()]|[,/]|\s+và\s+/gu;

/** Split at commas, "/" and "và" outside parentheses. */
function pieces(phrase: string): Piece[] {
  const out: Piece[] = [];
  let depth = 0;
  let from = 0;
  let sep = '';
  for (const m of phrase.matchAll(PIECE_MARK)) {
    const mark = m[0];
    if (mark === '(') depth++;
    else if (mark === ')') depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else {
      out.push({ text: phrase.slice(from, m.index).trim(), sep });
      sep = mark === ',' ? ', ' : mark === '/' ? '/' : ' và ';
      from = m.index + mark.length;
    }
  }
  out.push({ text: phrase.slice(from).trim(), sep });
  return out.filter((p) => p.text !== '');
}

/** lower-case unit words that start a new unit inside a list: "Sở Công Thương, chính quyền địa phương và cơ quan liên quan" */
const LOWER_CASE_UNIT = /^(?:chính quyền|cơ quan)\s/u;
const NUMBERED_RE = /^(?:(?:các|Các|những|Những)\s+)?(.*\S)\s+(\d+[a-zA-Z]?)$/u;
const BARE_NUMBER = /^\d+[a-zA-Z]?$/u;
const LOWER_CASE_PLURAL = /^các\s+\p{Ll}/u;

const PLURAL_NEXT = /^\s+(?:các|những)\s/u;

/**
 * After a title of a group, a lower-case "các …" continues it: "Trưởng các phòng, các đơn vị thuộc
 * Sở". After the title of one office ("Trưởng phòng Quản lý công nghiệp"), it is a unit of its own.
 */
function continuesTitle(unit: string, next: string): boolean {
  if (!LOWER_CASE_PLURAL.test(next)) return false;
  const head = titleHead(unit);
  return head !== null && PLURAL_NEXT.test(withCanonicalTones(unit.trimStart()).slice(head.word.length));
}

/**
 * The units named in a phrase. A comma or "và" starts a new unit only when what follows starts
 * with a unit head: "Văn phòng, các Phòng Nghiệp vụ thuộc Thanh tra tỉnh" is two units,
 * "Phòng Tổng hợp, Quy hoạch, Kế hoạch" one. Bare numbers continue a numbered name:
 * "các Phòng nghiệp vụ 1, 2, 4" → "Phòng nghiệp vụ 1", "Phòng nghiệp vụ 2", "Phòng nghiệp vụ 4"
 * (the head keeps the capitalisation of the source; the plural "các" is dropped).
 * After a title, a lower-case "các …" continues the group: "Trưởng các phòng, các đơn vị thuộc Sở".
 */
export function splitUnits(phrase: string): string[] {
  const units: string[] = [];
  let numberedBase: string | null = null;
  for (const piece of pieces(tidy(phrase))) {
    const text = tidy(piece.text);
    if (text === '') continue;
    const last = units.length - 1;
    if (last < 0) {
      units.push(text);
      continue;
    }
    if (BARE_NUMBER.test(text)) {
      if (numberedBase === null) {
        const m = NUMBERED_RE.exec(units[last]!);
        if (m) {
          numberedBase = m[1]!;
          units[last] = `${numberedBase} ${m[2]!}`;
        }
      }
      if (numberedBase !== null) {
        units.push(`${numberedBase} ${text}`);
        continue;
      }
    }
    numberedBase = null;
    if ((startsWithUnit(text) || LOWER_CASE_UNIT.test(text)) && !continuesTitle(units[last]!, text)) units.push(text);
    else units[last] = `${units[last]!}${piece.sep}${text}`;
  }
  return units;
}

/** People named in "Phân công đồng chí Lê Văn Lộc – Phó Giám đốc Sở, đồng chí …". */
export function splitPeople(phrase: string): string[] {
  return phrase
    .split(/\s*,\s*(?:và\s+)?(?:đồng chí|đ\/c)\s+|\s+và\s+(?:đồng chí|đ\/c)\s+/u)
    .map((p) => p.replace(/\s+/gu, ' ').replace(/^(?:đồng chí|đ\/c)\s+/u, '').replace(/[\s,;:.]+$/u, '').trim())
    .filter((p) => p !== '');
}
