/**
 * Keys that group the same unit across plans. The match key of a name as written is not enough:
 * "Văn phòng Sở" is a different office in a plan of Sở Công Thương and in one of Sở Kế hoạch và
 * Đầu tư, and "UBND tỉnh" and "Ủy ban nhân dân tỉnh" are the same body. So, before the match key:
 *   - acronyms are spelled out ("UBND" → "Ủy ban nhân dân"),
 *   - a bare "Sở" ("Văn phòng Sở", "các đơn vị thuộc Sở") is the issuing Sở,
 *   - a bare "tỉnh" ("UBND tỉnh", "Thanh tra tỉnh") is the plan's province, when it is known, and a
 *     named Sở is a Sở of that province,
 *   - a unit inside the issuer that names no parent ("Văn phòng", "Phòng Nghiệp vụ 4", "các phòng,
 *     đơn vị trực thuộc") is the issuer's,
 *   - a bare "Công ty" is the company the letter is written to, when it is known (addressed-company.ts).
 * A person ("Lê Văn Lộc – Phó Giám đốc Sở") is keyed by name and resolved title.
 */
import type { DocumentInfo, TaskUnit } from '../output/schema.js';
import { keyCache } from '../normalize/key-cache.js';
import { startsWithUnit } from './units.js';
import { LETTERS, NUMERALS } from '../normalize/letter-classes.js';

/** What the keys are resolved against: the issuer and its province, as written. */
export interface UnitContext {
  /** the issuer's name, e.g. "Sở Công Thương", "Thanh tra tỉnh", "ỦY BAN NHÂN DÂN TỈNH LÀO CAI" */
  issuer: string | null;
  /** the province, e.g. "Đồng Nai" */
  province: string | null;
  /** the company a bare "Công ty" stands for, e.g. "Công ty cổ phần Mông Sơn" */
  company?: string | null;
}

export const NO_UNIT_CONTEXT: UnitContext = { issuer: null, province: null };

const ACRONYMS: readonly (readonly [string, string])[] = [
  ['UBMTTQ(?:VN)?', 'Ủy ban Mặt trận Tổ quốc'],
  ['MTTQ(?:VN)?', 'Mặt trận Tổ quốc'],
  ['UBND', 'Ủy ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['BCĐ', 'Ban Chỉ đạo'],
  ['BQL', 'Ban Quản lý'],
  ['BLĐ', 'Ban Lãnh đạo'],
  ['BCH', 'Ban Chấp hành'],
  ['BTV', 'Ban Thường vụ'],
  ['LĐLĐ', 'Liên đoàn Lao động'],
  ['TAND', 'Tòa án nhân dân'],
  ['VKSND', 'Viện kiểm sát nhân dân'],
  ['KBNN', 'Kho bạc Nhà nước'],
  ['VP', 'Văn phòng'],
];
// global, used through replace() only; each with the literal it starts with, a quick test that
// spares running (and compiling) the regexes of acronyms a name does not hold
const ACRONYM_RES: readonly (readonly [RegExp, string, string])[] = ACRONYMS.map(
  ([source, full]) => [new RegExp(`(?<![${LETTERS}${NUMERALS}])(?:${source})(?![${LETTERS}${NUMERALS}])`, 'gu'), full, source.replace(/\(.*$/u, '')] as const,
);

// a "Sở" (or "SỞ") / "tỉnh" that is not followed by a name (a capitalised word)
const BARE_SO = new RegExp(String.raw`(?<![${LETTERS}])(?:Sở|SỞ)(?=\s*$|\s*[,;.)]|\s+(?!\p{Lu})[${LETTERS}])`, 'u');
const BARE_TINH = new RegExp(String.raw`(?<![${LETTERS}])(?<!cấp\s)tỉnh(?=\s*$|\s*[,;.)(]|\s+(?!\p{Lu})[${LETTERS}])`, 'gu');
const NAMED_SO = new RegExp(String.raw`(?<![${LETTERS}])(?:Sở|SỞ)\s+\p{Lu}`, 'u');
const HAS_PLACE = new RegExp(String.raw`(?<![${LETTERS}])(?:tỉnh|thành phố|huyện|TỈNH|THÀNH PHỐ|HUYỆN)(?![${LETTERS}])`, 'u');
// heads of units inside the issuer (matched on the key), and the teams it sets up ("Đoàn kiểm tra")
const INTERNAL =
  new RegExp(String.raw`^(?:(?:các|những)\s+)?(?:văn phòng|phòng|tổ(?!\s+chức)|bộ phận|đội|ban lãnh đạo|lãnh đạo|chánh văn phòng|phó chánh văn phòng|trưởng phòng|phó trưởng phòng|trưởng các|thủ trưởng các phòng|thủ trưởng các đơn vị|trưởng|giám đốc|phó giám đốc|công đoàn|chi bộ|chi đoàn|đoàn thanh niên|đoàn (?:kiểm tra|thanh tra|công tác|giám sát|khảo sát|đánh giá))(?![${LETTERS}])`, 'u');
// words that name a parent body (matched on the key)
const PARENT = new RegExp(String.raw`(?<![${LETTERS}])(?:thuộc\s+\S|sở\s|sở$|uỷ ban|hội đồng nhân dân|tỉnh|huyện|xã(?!\s+hội)|phường|thành phố|thị xã|bộ\s|cục\s|chính phủ|trung ương|thanh tra\s)`, 'u');
const BARE_COMPANY = /^\s*(?:Quý\s+)?[Cc]ông ty\s*$/u;
const PERSON = /^(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})\s*[–—-]\s*(\S.*)$/u;

// any of the literals above: most names hold none
const ANY_ACRONYM = new RegExp(ACRONYM_RES.map(([, , literal]) => literal).join('|'), 'u');

function spellOut(name: string): string {
  if (!ANY_ACRONYM.test(name)) return name;
  let out = name;
  for (const [re, full, literal] of ACRONYM_RES) if (out.includes(literal)) out = out.replace(re, full);
  return out;
}

/** "tỉnh X" ending a name: "UBND TỈNH ĐỒNG NAI" */
const PROVINCE_AT_END = new RegExp(String.raw`(?<![${LETTERS}])(?:tỉnh|TỈNH|Tỉnh)\s+(\p{Lu}[${LETTERS}\s-]*)$`, 'u');
/** the word "tỉnh" in an issuer's name */
const PROVINCE_WORD = new RegExp(String.raw`(?<![${LETTERS}])(?:tỉnh|TỈNH)(?![${LETTERS}])`, 'u');

/** "tỉnh X" from a name that holds it: "UBND TỈNH ĐỒNG NAI" → "ĐỒNG NAI". */
function provinceIn(name: string | null): string | null {
  if (!name) return null;
  const m = PROVINCE_AT_END.exec(name.trim());
  return m ? m[1]!.trim() : null;
}

/** The context of a plan: its issuer, and its province from the issuer, its parent or (for provincial issuers) its place. */
export function unitContext(document: DocumentInfo | null): UnitContext {
  const issuer = document?.issuer?.name ?? null;
  const provincial = issuer !== null && (PROVINCE_WORD.test(issuer) || /^(?:Sở|SỞ)\s/u.test(issuer));
  const province = provinceIn(issuer) ?? provinceIn(document?.issuer?.parent ?? null) ?? (provincial ? document?.place ?? null : null);
  return { issuer, province };
}

/** A context with the issuer's own name resolved (once for all the units of a plan). */
interface Resolution {
  context: UnitContext;
  /** `issuerName(context)`, null without an issuer */
  issuer: string | null;
  /** `toneKey`, each text keyed once while the resolution lives ("Văn phòng Sở" and "Văn phòng" both become "Văn phòng Sở X") */
  tone: (text: string) => string;
}

function resolutionOf(context: UnitContext): Resolution {
  return { context, issuer: context.issuer ? issuerName(context) : null, tone: keyCache().tone };
}

/** A name with "Sở", "tỉnh" and acronyms resolved (not the issuer appended). */
function resolved(name: string, { context, issuer }: Resolution): string {
  if (context.company && BARE_COMPANY.test(name)) return context.company;
  let out = spellOut(name);
  // (each pattern is only run on a name that has its word)
  if (context.province) {
    if (out.includes('tỉnh')) out = out.replace(BARE_TINH, `tỉnh ${context.province}`);
    if ((out.includes('Sở') || out.includes('SỞ')) && NAMED_SO.test(out) && !HAS_PLACE.test(out)) out = `${out} tỉnh ${context.province}`;
  }
  if (issuer && (out.includes('Sở') || out.includes('SỞ')) && /^(?:Sở|SỞ)\s/u.test(issuer)) out = out.replace(BARE_SO, issuer);
  return out;
}

/** The issuer's own name, resolved: "Thanh tra tỉnh" → "Thanh tra tỉnh Đồng Nai". */
function issuerName(context: UnitContext): string {
  let out = spellOut(context.issuer!);
  if (context.province) {
    out = out.replace(BARE_TINH, `tỉnh ${context.province}`);
    if (/^(?:Sở|SỞ)\s/u.test(out) && !HAS_PLACE.test(out)) out = `${out} tỉnh ${context.province}`;
  }
  return out;
}

function keyOfUnit(name: string, resolution: Resolution): string {
  const text = resolved(name.replace(/^cho\s+/u, ''), resolution);
  const key = resolution.tone(text);
  if (resolution.issuer !== null && INTERNAL.test(key) && !PARENT.test(key)) return resolution.tone(`${text} ${resolution.issuer}`);
  return key;
}

/** The key that groups a unit (not a person) across plans. */
export function unitKey(name: string, context: UnitContext): string {
  return keyOfUnit(name, resolutionOf(context));
}

/** A named person with a title, as written in a lead: "Lê Văn Lộc – Phó Giám đốc Sở". */
export function personOf(name: string): { person: string; title: string } | null {
  const m = PERSON.exec(name.trim());
  if (!m || startsWithUnit(m[1]!) || !startsWithUnit(m[2]!)) return null;
  return { person: m[1]!, title: m[2]!.trim() };
}

/**
 * `taskUnit` for the units of one plan: a name is keyed once however many tasks name it (a new
 * entry each time).
 */
export function taskUnitsOf(context: UnitContext): (role: TaskUnit['role'], name: string) => TaskUnit {
  const resolution = resolutionOf(context);
  const keyed = new Map<string, TaskUnit>();
  return (role, name) => {
    let unit = keyed.get(name);
    if (unit === undefined) {
      unit = unitOf(role, name, resolution);
      keyed.set(name, unit);
    }
    return { role, name, key: unit.key, standsFor: unit.standsFor, person: unit.person, title: unit.title };
  };
}

function unitOf(role: TaskUnit['role'], name: string, resolution: Resolution): TaskUnit {
  const person = personOf(name);
  if (person) {
    const key = `${resolution.tone(person.person)} - ${keyOfUnit(person.title, resolution)}`;
    return { role, name, key, standsFor: null, person: person.person, title: person.title };
  }
  const { company } = resolution.context;
  return { role, name, key: keyOfUnit(name, resolution), standsFor: company && BARE_COMPANY.test(name) ? company : null, person: null, title: null };
}

/** One entry of a task's `units`. */
export function taskUnit(role: TaskUnit['role'], name: string, context: UnitContext): TaskUnit {
  return unitOf(role, name, resolutionOf(context));
}
