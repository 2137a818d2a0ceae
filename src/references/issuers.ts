/**
 * Issuer codes → issuing bodies, and the check that a written issuer fits the code in the symbol.
 */
import { foldKey } from '../normalize/match-keys.js';

interface IssuerEntry {
  /** the body, or null when the code is shared by several bodies (`TW`) */
  name: string | null;
  /** folded words that any written issuer for this code contains */
  accepts: string[];
}

function body(name: string, ...more: string[]): IssuerEntry {
  return { name, accepts: [foldKey(name), ...more.map(foldKey)] };
}

const ISSUERS = new Map<string, IssuerEntry>([
  // state, central
  ['TTg', body('Thủ tướng Chính phủ')],
  ['CP', body('Chính phủ')],
  ['VPCP', body('Văn phòng Chính phủ')],
  ['TTCP', body('Thanh tra Chính phủ')],
  ['QH', body('Quốc hội')],
  ['UBTVQH', body('Ủy ban Thường vụ Quốc hội', 'thường vụ quốc hội')],
  ['CTN', body('Chủ tịch nước')],
  ['NHNN', body('Ngân hàng Nhà nước Việt Nam', 'ngân hàng nhà nước')],
  ['KTNN', body('Kiểm toán nhà nước')],
  ['BNV', body('Bộ Nội vụ')],
  ['BTC', body('Bộ Tài chính')],
  ['BCT', body('Bộ Công Thương')],
  ['BCA', body('Bộ Công an')],
  ['BQP', body('Bộ Quốc phòng')],
  ['BNG', body('Bộ Ngoại giao')],
  ['BTP', body('Bộ Tư pháp')],
  ['BXD', body('Bộ Xây dựng')],
  ['BYT', body('Bộ Y tế')],
  ['BKHCN', body('Bộ Khoa học và Công nghệ')],
  ['BKHĐT', body('Bộ Kế hoạch và Đầu tư')],
  ['BGDĐT', body('Bộ Giáo dục và Đào tạo')],
  ['BLĐTBXH', body('Bộ Lao động - Thương binh và Xã hội', 'bộ lao động')],
  ['BNNPTNT', body('Bộ Nông nghiệp và Phát triển nông thôn')],
  ['BNNMT', body('Bộ Nông nghiệp và Môi trường')],
  ['BTNMT', body('Bộ Tài nguyên và Môi trường')],
  ['BGTVT', body('Bộ Giao thông vận tải')],
  ['BVHTTDL', body('Bộ Văn hóa, Thể thao và Du lịch', 'bộ văn hóa')],
  ['BTTTT', body('Bộ Thông tin và Truyền thông')],
  ['BDTTG', body('Bộ Dân tộc và Tôn giáo')],
  // state, local (the level — province or commune — is not in the code)
  ['UBND', body('Ủy ban nhân dân', 'ubnd')],
  ['HĐND', body('Hội đồng nhân dân', 'hđnd')],
  ['VPUBND', body('Văn phòng Ủy ban nhân dân', 'văn phòng ubnd')],
  ['SCT', body('Sở Công Thương')],
  ['SNV', body('Sở Nội vụ')],
  ['STC', body('Sở Tài chính')],
  ['STP', body('Sở Tư pháp')],
  ['SXD', body('Sở Xây dựng')],
  ['SYT', body('Sở Y tế')],
  ['SKHCN', body('Sở Khoa học và Công nghệ')],
  ['SKHĐT', body('Sở Kế hoạch và Đầu tư')],
  ['SGDĐT', body('Sở Giáo dục và Đào tạo')],
  ['STNMT', body('Sở Tài nguyên và Môi trường')],
  ['SNNPTNT', body('Sở Nông nghiệp và Phát triển nông thôn')],
  ['SLĐTBXH', body('Sở Lao động - Thương binh và Xã hội', 'sở lao động')],
  ['SVHTTDL', body('Sở Văn hóa, Thể thao và Du lịch', 'sở văn hóa')],
  ['STTTT', body('Sở Thông tin và Truyền thông')],
  ['SGTVT', body('Sở Giao thông vận tải')],
  // Party
  ['TW', { name: null, accepts: ['trung uong', 'bo chinh tri', 'ban bi thu'] }],
  ['TU', body('Tỉnh ủy', 'thành ủy', 'thị ủy')],
  ['HU', body('Huyện ủy', 'thị ủy', 'thành ủy')],
  ['QU', body('Quận ủy')],
  ['ĐU', body('Đảng ủy')],
  ['ĐUK', body('Đảng ủy Khối')],
  ['BCĐ', body('Ban Chỉ đạo')],
  ['QUTW', body('Quân ủy Trung ương')],
  ['VPTW', body('Văn phòng Trung ương Đảng', 'văn phòng trung ương')],
  ['BTGTW', body('Ban Tuyên giáo Trung ương')],
  ['BDVTW', body('Ban Dân vận Trung ương')],
  ['BTCTW', body('Ban Tổ chức Trung ương')],
  ['UBKTTW', body('Ủy ban Kiểm tra Trung ương')],
  ['BNCTW', body('Ban Nội chính Trung ương')],
  ['BKTTW', body('Ban Kinh tế Trung ương')],
  ['BDVTU', body('Ban Dân vận Tỉnh ủy')],
  ['BTGTU', body('Ban Tuyên giáo Tỉnh ủy')],
  ['BTCTU', body('Ban Tổ chức Tỉnh ủy')],
  ['UBKTTU', body('Ủy ban Kiểm tra Tỉnh ủy')],
  ['VPTU', body('Văn phòng Tỉnh ủy')],
]);

const ASSEMBLY_CODE_END = /QH\d+$/u;
const DIGITS_AT_END = /\d+$/u;

/** `QH15` → `QH`, `UBTVQH14` → `UBTVQH`; other codes unchanged. */
function tableKey(code: string): string {
  return code.includes('QH') && ASSEMBLY_CODE_END.test(code) ? code.replace(DIGITS_AT_END, '') : code;
}

/** The body a code stands for, or null when unknown or shared (`TW`). */
export function issuerForCode(code: string): string | null {
  return ISSUERS.get(tableKey(code))?.name ?? null;
}

/** True when the code is in the table (known, even if shared by several bodies). */
export function isKnownIssuerCode(code: string): boolean {
  return ISSUERS.has(tableKey(code));
}

/**
 * Whether a written issuer can be the body behind `code`. Unknown codes fit anything (there is
 * nothing to contradict); `Bộ Chính trị` does not fit `TU`. `fold` is `foldKey`, or a cache of it.
 */
export function issuerFitsCode(code: string, written: string, fold: (text: string) => string = foldKey): boolean {
  const entry = ISSUERS.get(tableKey(code));
  if (!entry) return true;
  const key = fold(written);
  return entry.accepts.some((word) => key.includes(word)) || key.split(' ').includes(fold(code));
}
