/**
 * The header of a document (Nghị định 30/2020/NĐ-CP, Điều 8): issuing body and its parent,
 * Quốc hiệu and Tiêu ngữ (or "ĐẢNG CỘNG SẢN VIỆT NAM"), number and symbol, place and date,
 * type line and title (trích yếu), and the preamble that follows ("Căn cứ …", "Thực hiện …").
 */
import { dateAt } from '../dates/vietnamese-date.js';
import { foldKey, foldOfToneKey, keyAlternation, toneKey, withCanonicalTones } from '../normalize/match-keys.js';
import type { DocumentInfo } from '../output/schema.js';
import { isAllCaps } from './letter-case.js';
import { LETTERS, NUMERALS } from '../normalize/letter-classes.js';

export interface HeaderLine {
  text: string;
}

export type HeaderRole = 'header' | 'title' | 'basis';

export interface HeaderResult {
  info: DocumentInfo;
  /** role of each of the leading paragraphs that belong to the header or preamble */
  roles: HeaderRole[];
  /** paragraph index (into the given list) where the date of the document was written, or -1 */
  dateIndex: number;
}

/** Document types as written on the type line, longest first. */
export const DOCUMENT_TYPES = [
  'Thông tư liên tịch',
  'Nghị quyết',
  'Nghị định',
  'Quyết định',
  'Chỉ thị',
  'Thông tư',
  'Kết luận',
  'Quy định',
  'Quy chế',
  'Hướng dẫn',
  'Kế hoạch',
  'Chương trình',
  'Thông báo',
  'Thông tri',
  'Công điện',
  'Công văn',
  'Tờ trình',
  'Phiếu trình',
  'Báo cáo',
  'Đề án',
  'Phương án',
  'Giấy phép',
  'Giấy mời',
  'Biên bản',
  'Lệnh',
];

const TYPE_BY_KEY = new Map(DOCUMENT_TYPES.map((t) => [toneKey(t), t]));
/**
 * The types by their letters alone, for a type line whose marks were lost or changed: typed without
 * them ("KE HOACH"), or misread by OCR ("GIẦY PHÉP"). No two types share their letters.
 */
const TYPE_BY_FOLD = new Map(DOCUMENT_TYPES.map((t) => [foldKey(t), t]));
/** each type's letters and the space after them, longest type first: what a type line that carries its title starts with */
const TYPE_PREFIXES = DOCUMENT_TYPES.map((type) => ({ type, prefix: `${foldKey(type)} ` }));

/** Quốc hiệu, Tiêu ngữ and the Party's heading, compared without marks, case or punctuation. */
const QUOC_HIEU_KEYS = new Set(['conghoaxahoichunghiavietnam', 'doclaptudohanhphuc', 'dangcongsanvietnam']);
/** an administrative unit opening a line, matched on the tone key: "TỈNH LÀO CAI", "Thành phố Hà Nội" */
const ADMIN_UNIT_START = new RegExp(String.raw`^(?:tỉnh|huyện|xã|phường|thành phố|quận|thị xã|thị trấn)(?![${LETTERS}${NUMERALS}])`, 'u');
/**
 * The same units by their letters alone, for a line whose marks were lost or misread ("TÍNH LÀO CAI"
 * in a scan). Not quận: "QUÂN KHU 2", a unit of the army, has its letters.
 */
const ADMIN_UNIT_BY_FOLD = new Map(['tỉnh', 'huyện', 'xã', 'phường', 'thành phố', 'thị xã', 'thị trấn'].map((unit) => [foldKey(unit), unit]));
const NUMBER_LINE = new RegExp(String.raw`^Số\s*:?\s*(\d*)\s*(?:[-/]\s*)?([${LETTERS}\d]+(?:\s*[-/]\s*[${LETTERS}\d]+)*)\s*$`, 'u');
const PLACE_DATE = new RegExp(String.raw`^([${LETTERS}][${LETTERS} .'-]{1,40}?)\s*,\s*(?=ngày)`, 'u');
/** the rest of a number split over two lines: "/QĐ-UBND" under "Số:" */
const NUMBER_REST = new RegExp(String.raw`^[-/]\s*[${LETTERS}]`, 'u');
const BASIS_CUE = /^(?:Căn cứ|Thực hiện|Theo|Triển khai|Để|Nhằm|Trên cơ sở|Xét|Kính gửi|Thi hành|Tiếp tục|Qua)\b/u;
const TITLE_PREFIX = /^V\/v\.?\s*/u;
const YEAR_IN_TITLE = /năm\s+(\d{4})(?!\s*[-–]\s*\d)/u;
const QUARTER_IN_TITLE = /quý\s+(I{1,3}|IV|[1-4])\b/iu;

function isQuocHieu(text: string): boolean {
  return QUOC_HIEU_KEYS.has(foldKey(text).replace(/[^a-z]/gu, ''));
}

/** "KẾ HOẠCH" → "Kế hoạch" (and "KE HOACH", "KẾ HOẠCH" misread as "KÉ HOẠCH"); null when the line is not a type line. */
export function typeOfLine(text: string): string | null {
  if (!isAllCaps(text)) return null;
  const key = toneKey(text.replace(/[.:]$/u, ''));
  return TYPE_BY_KEY.get(key) ?? TYPE_BY_FOLD.get(foldOfToneKey(key)) ?? null;
}

/**
 * The administrative unit a line of the issuer's name starts with ("TỈNH LÀO CAI"), or null. `key`
 * is the line for the issuer's key: as written, but for a unit whose marks are wrong ("TÍNH", a
 * misreading), which is spelled as it should be; a line without any marks ("TINH LAO CAI") was typed
 * so and is left so.
 */
function adminUnitLine(text: string): { key: string } | null {
  const key = toneKey(text);
  if (ADMIN_UNIT_START.test(key)) return { key: text };
  const folded = foldOfToneKey(key);
  for (const [fold, unit] of ADMIN_UNIT_BY_FOLD) {
    if (!folded.startsWith(fold) || /[a-z0-9]/u.test(folded[fold.length] ?? '')) continue;
    const written = text.slice(0, unit.length);
    return { key: foldKey(written) === written.toLowerCase() ? text : `${unit}${text.slice(unit.length)}` };
  }
  return null;
}

/**
 * "PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC" → type "Phiếu trình", title "GIẢI QUYẾT CÔNG VIỆC": a type line
 * that carries the title too. Only read after the issuer's lines (an issuer's name never starts with
 * a type); null for any other line.
 */
function typeWithTitle(text: string): { type: string; title: string } | null {
  if (!isAllCaps(text)) return null;
  // by the letters alone, as typeOfLine reads a type line whose marks do not match
  const key = foldKey(text);
  for (const { type, prefix } of TYPE_PREFIXES) {
    if (!key.startsWith(prefix)) continue;
    const title = text.slice(type.length).trim();
    return title === '' ? null : { type, title };
  }
  return null;
}

function periodOf(title: string | null): DocumentInfo['period'] {
  if (!title) return null;
  const year = YEAR_IN_TITLE.exec(title);
  const quarter = QUARTER_IN_TITLE.exec(title);
  if (!year && !quarter) return null;
  const q = quarter ? quarter[1]! : null;
  const quarterValue = q === null ? null : /^\d$/u.test(q) ? Number(q) : ({ I: 1, II: 2, III: 3, IV: 4 } as Record<string, number>)[q.toUpperCase()] ?? null;
  return { year: year ? Number(year[1]) : null, quarter: quarterValue };
}

/** Heads of issuing bodies, matched on the canonical-tone view (Ủy ban and Uỷ ban alike). */
const ISSUER_HEADS = keyAlternation([
  'Sở', 'Ủy ban', 'UBND', 'Ban', 'Thanh tra', 'Văn phòng', 'Phòng', 'Chi cục', 'Cục', 'Trung tâm', 'Bộ', 'Tổng cục', 'Đảng ủy',
  'Đảng bộ', 'Huyện ủy', 'Thành ủy', 'Tỉnh ủy', 'Hội đồng', 'Công an', 'Trường', 'Bệnh viện', 'Đài', 'Báo',
]);

/** "Sở Công Thương xây dựng kế hoạch …" in the preamble names the issuer when there is no header. */
const ISSUER_IN_PREAMBLE = new RegExp(
  `(?:^|[,;]\\s*)((?:${ISSUER_HEADS})(?:\\s+[${LETTERS}\\d&]+){0,8}?)\\s+(?:căn cứ[^;]*?,\\s*)?(?:xây dựng|ban hành|triển khai)\\s+(?:kế hoạch|Kế hoạch|chương trình|Chương trình)`,
  'du',
);

function issuerOf(name: string, parent: string | null, inferred: boolean, keyText = name): NonNullable<DocumentInfo['issuer']> {
  return { name, key: toneKey(keyText), parent, inferred };
}

export function parseHeader(paragraphs: readonly HeaderLine[]): HeaderResult {
  const roles: HeaderRole[] = [];
  const issuerLines: string[] = [];
  /** the issuer's lines as its key reads them (see adminUnitLine) */
  const issuerKeyLines: string[] = [];
  let number: string | null = null;
  let symbol: string | null = null;
  let place: string | null = null;
  let date: DocumentInfo['date'] = null;
  let dateIndex = -1;
  let type: string | null = null;
  const titleLines: string[] = [];
  let seenNumber = false;
  let inTitle = false;
  let isCongVan = false;

  let i = 0;
  for (; i < paragraphs.length; i += 1) {
    const text = paragraphs[i]!.text;
    // the line right after the type line is the title, whatever verb it starts with
    // a công văn's "V/v …" runs to "Kính gửi"; other titles continue on lines in lowercase
    const titleContinues =
      inTitle && (titleLines.length === 0 || (/^\p{Ll}/u.test(text) && text.length <= 200) || (isCongVan && !BASIS_CUE.test(text) && text.length <= 120));
    if (!titleContinues && (BASIS_CUE.test(text) || (inTitle && text.length > 200)) && !TITLE_PREFIX.test(text)) break;
    // "Số:" on one line and "/QĐ-UBND" on the next (a blank number in a two-column header)
    const nextText = paragraphs[i + 1]?.text ?? '';
    const splitNumber = /^Số\s*:?\s*\d*$/u.test(text) && NUMBER_REST.test(nextText);
    const numberMatch = NUMBER_LINE.exec(splitNumber ? `${text} ${nextText}` : text);
    if (isQuocHieu(text)) {
      roles.push('header');
      continue;
    }
    if (numberMatch && !seenNumber) {
      seenNumber = true;
      number = numberMatch[1] ? numberMatch[1] : null;
      symbol = numberMatch[2]!.replace(/\s+/gu, '');
      roles.push('header');
      if (splitNumber) {
        roles.push('header');
        i += 1;
      }
      continue;
    }
    // "Lào Cai, ngày" ⏎ "tháng 7 năm 2026": a blank day wide enough to split the line
    const splitDate = /,\s*ngày\s*\d{0,2}$/u.test(text) && /^tháng\b/u.test(nextText);
    const dateText = splitDate ? `${text} ${nextText}` : text;
    const placeMatch = PLACE_DATE.exec(dateText);
    if (placeMatch && !date) {
      const d = dateAt(dateText, placeMatch[0].length);
      if (d) {
        place = placeMatch[1]!.trim();
        date = { raw: d.raw, iso: d.iso, year: d.year, month: d.problem?.startsWith('month') ? null : d.month, day: d.problem?.startsWith('day') ? null : d.day };
        if (date.year !== null && (date.year < 1900 || date.year > 2100)) date.year = null;
        dateIndex = i;
        // a "V/v …" title printed on the same baseline as the date
        const after = dateText.slice(d.range.end).trim();
        if (TITLE_PREFIX.test(after)) {
          titleLines.push(after.replace(TITLE_PREFIX, ''));
          type ??= 'Công văn';
          inTitle = true;
          isCongVan = true;
        }
        roles.push('header');
        if (splitDate) {
          roles.push('header');
          i += 1;
        }
        continue;
      }
    }
    const lineType = typeOfLine(text);
    if (lineType && !type) {
      type = lineType;
      inTitle = true;
      roles.push('header');
      continue;
    }
    const typed: { type: string; title: string } | null = !type && issuerLines.length > 0 ? typeWithTitle(text) : null;
    if (typed) {
      type = typed.type;
      titleLines.push(typed.title);
      inTitle = true;
      roles.push('title');
      continue;
    }
    if (TITLE_PREFIX.test(text)) {
      type ??= 'Công văn';
      titleLines.push(text.replace(TITLE_PREFIX, ''));
      inTitle = true;
      isCongVan = true;
      roles.push('title');
      continue;
    }
    if (titleContinues) {
      titleLines.push(text);
      roles.push('title');
      continue;
    }
    if (isAllCaps(text) && !seenNumber && text.length <= 80) {
      // "ỦY BAN NHÂN DÂN" ⏎ "TỈNH LÀO CAI" is one name
      const unitLine = issuerLines.length > 0 ? adminUnitLine(text) : null;
      if (unitLine) {
        issuerLines[issuerLines.length - 1] += ` ${text}`;
        issuerKeyLines[issuerKeyLines.length - 1] += ` ${unitLine.key}`;
      } else {
        issuerLines.push(text);
        issuerKeyLines.push(text);
      }
      roles.push('header');
      continue;
    }
    // neither header nor a basis cue: the preamble starts here
    break;
  }
  // everything up to the first section marker that is not header is the preamble
  const title = titleLines.length > 0 ? titleLines.join(' ') : null;
  const info: DocumentInfo = {
    type,
    typeInferred: false,
    number,
    symbol,
    issuer:
      issuerLines.length > 0
        ? issuerOf(issuerLines[issuerLines.length - 1]!, issuerLines.length > 1 ? issuerLines.slice(0, -1).join(' ') : null, false, issuerKeyLines[issuerKeyLines.length - 1])
        : null,
    place,
    date,
    title,
    period: periodOf(title),
  };
  return { info, roles, dateIndex };
}

/** When the header lacks them, read issuer and type from the preamble ("Sở X xây dựng kế hoạch …"). */
export function inferFromPreamble(info: DocumentInfo, preamble: string): DocumentInfo {
  const out = { ...info };
  const m = ISSUER_IN_PREAMBLE.exec(withCanonicalTones(preamble));
  if (!out.issuer && m) out.issuer = issuerOf(preamble.slice(...m.indices![1]!).trim(), null, true);
  if (!out.type && /\b(?:xây dựng|ban hành)\s+(?:kế hoạch|Kế hoạch)\b/u.test(preamble)) {
    out.type = 'Kế hoạch';
    out.typeInferred = true;
  }
  if (!out.period) {
    const year = /(?:xây dựng|ban hành|triển khai)\s+(?:kế hoạch|Kế hoạch|chương trình|Chương trình)[^.;:]*?năm\s+(\d{4})(?!\s*[-–]\s*\d)/u.exec(preamble);
    if (year) out.period = { year: Number(year[1]), quarter: null };
  }
  return out;
}
