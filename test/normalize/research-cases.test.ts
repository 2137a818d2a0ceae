/**
 * The verified cases of the normalization research (shared/docs/research/vn-normalize.md §5),
 * one table row each, run against the implementation. Strings are written as in the report:
 * characters other than printable ASCII and Vietnamese letters as \\u escapes.
 *
 *   display  legacy detection (a text block) then line normalization: what reaches the parser
 *   join     a text file of these lines through reading, normalization and paragraph joining
 *   tone     toneKey; fold: foldKey; enc: the legacy encoding detected; syll: the syllable grammar
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/extract/read-text.js';
import { decodeLegacyRun } from '../../src/normalize/legacy/decode-run.js';
import { foldKey, toneKey } from '../../src/normalize/match-keys.js';
import { normalizeLine } from '../../src/normalize/normalize-line.js';
import { normalizeSource } from '../../src/normalize/normalize-source.js';
import { isVietnameseSyllable } from '../../src/normalize/tone-marks.js';

function display(text: string): string {
  return normalizeLine(decodeLegacyRun(text).text).text;
}

function joined(text: string): string {
  return normalizeSource(readText(new TextEncoder().encode(text), 'text')).text;
}

describe('research cases: display text', () => {
  it.each([
    ['M01', 'Sở Khoa hoc\u0323 và Công nghê \u0323(KH&CN)', 'Sở Khoa học và Công nghệ (KH&CN)', 'seed: U+0323 after consonant c; U+0323 after a space'],
    ['M02', 'Vie\u0302\u0323t Nam', 'Việt Nam', 'fully decomposed (NFD) input -> NFC'],
    ['M03', 'Vie\u0323\u0302t Nam', 'Việt Nam', 'marks in non-canonical order -> NFC reorders'],
    ['M04', 'Tie\u0302\u0341ng Vie\u0302\u0323t', 'Tiếng Việt', 'deprecated U+0341 tone mark (canonical singleton -> U+0301)'],
    ['M05', 'Viêṭ Nam', 'Việt Nam', 'dot below composed onto t (U+1E6D ṭ) by a prior NFC'],
    ['M06', '\u00D0ảm baỏ chất lựơng phòng thí nghịêm hoá học', 'Đảm bảo chất lượng phòng thí nghiệm hoá học', 'underthesea test sentence; display keeps "hoá"'],
    ['M07', 'qúa trình', 'quá trình', 'tone on the u of qu'],
    ['M08', 'Hòang Sa', 'Hoàng Sa', 'tone on o with final consonant -> a'],
    ['M09', 'đaị hội', 'đại hội', 'underthesea issue #684'],
    ['M10', 'ca\u00B4c ngành', 'các ngành', 'spacing acute U+00B4 inside a word'],
    ['M11', 'Universit e\u00B4 de Lyon', 'Universit e\u00B4 de Lyon', 'foreign text untouched (not a Vietnamese syllable)'],
    ['M12', 'hoc\u0300', 'hoc\u0300', 'huyền on a stop-final syllable is impossible -> left as is'],
    ['M13', 'khoá XI', 'khoá XI', 'display preserves new-style placement'],
    ['M14', 'khóa XI', 'khóa XI', 'display preserves old-style placement'],
    ['M15', 'Luật Thủy sản', 'Luật Thủy sản', 'official title keeps its own placement'],
    ['M16', 'người được hưởng', 'người được hưởng', 'ươ words untouched'],
    ['M17', 'khuỷu tay, thuở ấy, ngoằn ngoèo', 'khuỷu tay, thuở ấy, ngoằn ngoèo', 'uyu / uơ / oeo untouched'],
    ['C01', '\u00D0ảng ủy', 'Đảng ủy', 'U+00D0 -> U+0110'],
    ['C02', '\u00F0ồng chí', 'đồng chí', 'U+00F0 -> U+0111'],
    ['C03', 'Кế hoạch', 'Kế hoạch', 'Cyrillic К inside a Latin word'],
    ['C04', 'Nghị\u00A0định\u00A0số 30', 'Nghị định số 30', 'NBSP -> space'],
    ['C05', '\uFEFFCăn cứ Luật\u200B Tổ chức', 'Căn cứ Luật Tổ chức', 'BOM / ZWSP removed'],
    ['C06', 'phát\u00AD triển', 'phát triển', 'stray soft hyphen (non-legacy text)'],
    ['C07', 'Covid\u201019', 'Covid-19', 'U+2010 hyphen -> U+002D'],
    ['C08', 'Nghị định số 04/2015/NĐ\u2013CP', 'Nghị định số 04/2015/NĐ-CP', 'en dash inside a legal symbol'],
    ['C09', 'Nghị định số 04/2015/NĐ - CP', 'Nghị định số 04/2015/NĐ-CP', 'spaced dash inside a legal symbol'],
    ['C10', 'Độc lập \u2013 Tự do \u2013 Hạnh phúc', 'Độc lập \u2013 Tự do \u2013 Hạnh phúc', 'display keeps en dashes outside symbols'],
    ['C11', 'Quyết định số 1989/QĐ-BGDĐT', 'Quyết định số 1989/QĐ-BGDĐT', 'symbol untouched'],
    ['C12', 'Quy định số 08\u2013QĐi/TW', 'Quy định số 08-QĐi/TW', 'Party symbol with en dash'],
    ['C13', 'Kế  hoạch\t số   45/KH-UBND  ', 'Kế hoạch số 45/KH-UBND', 'space runs collapsed, trimmed'],
    ['T01', 'triển khai kịp thòi', 'triển khai kịp thời', 'known bigram fix'],
    ['T02', 'Kịp thòi xử lý', 'Kịp thời xử lý', 'case preserved'],
    ['T03', 'thòi lòi', 'thòi lòi', 'valid syllable not in the bigram table: untouched'],
    ['T04', 'nghành giáo dục', 'ngành giáo dục', 'ngh only before i/e/ê (invalid syllable -> valid)'],
    ['T05', 'nuớc ngoài, NUỚC', 'nước ngoài, NƯỚC', 'closed uơ must be ươ (case kept)'],
    ['T06', 'bưóc đầu', 'bước đầu', 'ưo is never valid -> ươ'],
    ['T07', 'thuở ấy, huơ tay', 'thuở ấy, huơ tay', 'open uơ is valid: untouched'],
    ['L01', 'Céng ho\u00B5 x\u00B7 héi chñ nghÜa ViÖt Nam', 'Cộng hoà xã hội chủ nghĩa Việt Nam', 'TCVN3 (.VnTime) read as cp1252'],
    ['L02', '\u00A7éc lËp - Tù do - H\u00B9nh phóc', 'Độc lập - Tự do - Hạnh phúc', 'TCVN3'],
    ['L03', 'CéNG HO\u00B5 X\u00B7 HéI CHñ NGHÜA VIÖT NAM', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TCVN3 .VnTimeH uppercase restoration'],
    ['L04', '\u00AE\u2212îc cuéc sèng cùc nhôc', 'được cuộc sống cực nhục', 'TCVN3 from PDF: 0xAD surfaced as U+2212'],
    ['L05', 'giμu chÊt th\u00AC vμ \u00AEËm mμu', 'giàu chất thơ và đậm màu', 'TCVN3 from PDF: 0xB5 surfaced as U+03BC'],
    ['L06', 'Thñ t\u00ADíng ChÝnh phñ', 'Thủ tướng Chính phủ', 'TCVN3 ư = 0xAD = soft hyphen: decode BEFORE stripping SHY'],
    ['L07', 'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam', 'VNI-Windows read as cp1252'],
    ['L08', 'Ñoäc laäp - Töï do - Haïnh phuùc', 'Độc lập - Tự do - Hạnh phúc', 'VNI'],
    ['L09', 'COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'VNI uppercase'],
    ['L10', 'ñöôïc ngöôøi khuyûu tay', 'được người khuỷu tay', 'VNI ư/ơ/ỷ'],
    ['L11', 'Vi\u00AEt Nam \u00F0\u00B5c l\u00A7p', 'Việt Nam độc lập', 'VISCII bytes read as Latin-1'],
    ['L12', 'C\u0093NG HÒA XÃ H\u0093I CH\u009C NGHÎA VI\u008ET NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'VISCII uppercase uses C1 bytes'],
    ['L13', 'Viêòt Nam \u00F0ôòc lâòp', 'Việt Nam độc lập', 'CP1258 (combining tone bytes) read as cp1252'],
    ['L14', 'Cá\u00BB\u2122ng hÃ\u00B2a xÃ\u00A3 há\u00BB\u2122i chá\u00BB\u00A7 nghÄ\u00A9a Viá\u00BB\u2021t Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam', 'UTF-8 read as cp1252 (double encoding)'],
    ['L17', 'El niño está aquí, señor García', 'El niño está aquí, señor García', 'Spanish must not be converted'],
    ['L18', 'viparse\u00AE 2026, nhiệt độ 25\u00B0C \u00B1 2', 'viparse\u00AE 2026, nhiệt độ 25\u00B0C \u00B1 2', 'Unicode Vietnamese with \u00AE \u00B0 \u00B1 untouched'],
    ['L20', 'nghó', 'ngó', 'one word: no legacy guess (VNI would give nghĩ); spelling rule ngh+o -> ng'],
    ['L21', '\u201CQuy \u00AEÞnh\u201D vÒ c\u00ABng t\u00B8c v\u00A8n th\u2212 \u2013 n\u00A8m 2020', '\u201CQuy định\u201D về công tác văn thư \u2013 năm 2020', 'TCVN3 (VN3): cp1252 quotes/dashes are NOT letters (VN1 would make them Ỏ/Õ/Ọ)'],
    ['L19', 'H\u00B5 Néi, ng\u00B5y 22 th\u00B8ng 11 n\u00A8m 2002', 'Hà Nội, ngày 22 tháng 11 năm 2002', 'TCVN3 title case: single ASCII capital is not an uppercase run'],
    ['E01', 'The \u201Cquick\u201D brown fox \u2013 jumps', 'The \u201Cquick\u201D brown fox \u2013 jumps', 'English with cp1252-range punctuation: no legacy conversion'],
    ['E02', 'Ban hanh \u201CKe hoach\u201D \u2013 nam 2024', 'Ban hanh \u201CKe hoach\u201D \u2013 nam 2024', 'unaccented Vietnamese: no legacy conversion'],
    ['M18', 'vie\u0302\u0323c\u0323 làm', 'việc làm', 'duplicated dot below (second one after c) collapsed'],
  ])('%s %j → %j (%s)', (_id, input, expected) => {
    expect(display(input)).toBe(expected);
  });
});

describe('research cases: line joining', () => {
  it.each([
    ['J01', 'Căn cứ Quy định số 218-\u000AQĐ/TW ngày 12/12/2013', 'Căn cứ Quy định số 218-QĐ/TW ngày 12/12/2013', 'Party symbol split after hyphen'],
    ['J02', 'Nghị định số 04/2015/NĐ-\u000ACP của Chính phủ', 'Nghị định số 04/2015/NĐ-CP của Chính phủ', 'state symbol split after hyphen'],
    ['J03', 'Nghị định số 04/2015/\u000ANĐ-CP', 'Nghị định số 04/2015/NĐ-CP', 'split after slash'],
    ['J04', 'Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung\u000Aương Đảng khoá XI', 'Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng khoá XI', 'soft wrap -> space'],
    ['J05', 'phát triển kinh tế -\u000Axã hội', 'phát triển kinh tế - xã hội', 'spaced dash at line end is a separator'],
    ['J06', 'Mục tiêu:\u000A- Nâng cao chất lượng', 'Mục tiêu:\u000A- Nâng cao chất lượng', 'no join before a bullet'],
    ['J07', 'Điều 1. Phạm vi điều chỉnh\u000AĐiều 2. Đối tượng áp dụng', 'Điều 1. Phạm vi điều chỉnh\u000AĐiều 2. Đối tượng áp dụng', 'no join before "Điều N"'],
    ['J08', 'interna\u00AD\u000Ational', 'international', 'line-final soft hyphen removed'],
    ['J09', 'Covid-\u000A19', 'Covid-19', 'real hyphen kept'],
    ['J10', 'số 218\u000A-QĐ/TW', 'số 218-QĐ/TW', 'break before the hyphen'],
  ])('%s %j → %j (%s)', (_id, input, expected) => {
    expect(joined(input)).toBe(expected);
  });
});

describe('research cases: tone key', () => {
  it.each([
    ['K01', 'khoá XI', 'khoá xi', 'tone key = lowercase + new-style placement'],
    ['K02', 'khóa XI', 'khoá xi', 'same key as K01'],
    ['K05', 'Luật Thủy sản', 'luật thuỷ sản', ''],
    ['K06', 'Luật Thuỷ sản', 'luật thuỷ sản', 'same key as K05'],
    ['K07', 'Ủy ban nhân dân', 'uỷ ban nhân dân', ''],
    ['K08', 'HOÀ BÌNH', 'hoà bình', ''],
    ['K09', 'Quý IV', 'quý iv', 'qu+y: one placement only'],
    ['K15', '\u201CNông thôn mới\u201D', '"nông thôn mới"', 'curly quotes -> ASCII in keys only'],
    ['K17', '\u00D0ảm baỏ chất lựơng phòng thí nghịêm hoá học', 'đảm bảo chất lượng phòng thí nghiệm hoá học', 'underthesea sentence as tone key'],
    ['K18', 'Gìn giữ GIẾNG nước', 'gìn giữ giếng nước', 'gi-onset syllables'],
  ])('%s %j → %j (%s)', (_id, input, expected) => {
    expect(toneKey(input)).toBe(expected);
  });
});

describe('research cases: fold key', () => {
  it.each([
    ['K03', 'khoá XI', 'khoa xi', 'fold key'],
    ['K04', 'khóa XI', 'khoa xi', 'same fold key as K03'],
    ['K10', 'Đảng Cộng sản Việt Nam', 'dang cong san viet nam', 'đ -> d'],
    ['K11', '\u00D0ại học', 'dai hoc', 'U+00D0 Eth -> Đ -> d'],
    ['K12', 'Nghị quyết số 25\u2011NQ/TW', 'nghi quyet so 25-nq/tw', 'U+2011 non-breaking hyphen'],
    ['K13', 'Độc lập \u2013 Tự do \u2013 Hạnh phúc', 'doc lap - tu do - hanh phuc', 'en dashes'],
    ['K14', 'Độc lập - Tự do - Hạnh phúc', 'doc lap - tu do - hanh phuc', 'hyphen-minus: same key as K13'],
    ['K16', 'Sở Khoa hoc\u0323 và Công nghê \u0323(KH&CN)', 'so khoa hoc va cong nghe (kh&cn)', 'seed folded'],
    ['K19', 'Thủ tướng Chính phủ', 'thu tuong chinh phu', ''],
    ['K20', 'Tỉnh Đắk Lắk', 'tinh dak lak', 'official place name with final k'],
  ])('%s %j → %j (%s)', (_id, input, expected) => {
    expect(foldKey(input)).toBe(expected);
  });
});

describe('research cases: legacy encoding detected', () => {
  it.each([
    ['L15', 'Céng ho\u00B5 x\u00B7 héi chñ nghÜa ViÖt Nam', 'tcvn3', 'detector verdict'],
    ['L16', 'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'vni', 'detector verdict'],
  ])('%s %j → %s (%s)', (_id, input, expected) => {
    expect(decodeLegacyRun(input).encoding).toBe(expected);
  });
});

describe('research cases: syllable grammar', () => {
  it.each([
    ['S01', 'nghiêng', true, ''],
    ['S02', 'khuỷu', true, ''],
    ['S03', 'hoc\u0300', false, 'huyền + stop final'],
    ['S05', 'Đắk', true, 'final k allowed for place names'],
    ['S06', 'nghành', false, 'ngh before a is invalid'],
    ['S04', 'ViÖt', false, 'mojibake token'],
  ])('%s %j → %s (%s)', (_id, input, expected) => {
    expect(isVietnameseSyllable(input)).toBe(expected);
  });
});
