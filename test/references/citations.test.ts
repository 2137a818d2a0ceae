/**
 * What a citation carries: type word, date, issuer, term, subject, coordination; and what is
 * not a citation. One table per rule; sentences are copied from fixtures/plans/*.txt with their
 * hard-wrapped lines joined, unless marked DOMAIN (quoted from DOMAIN.md).
 */
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../src/references/index.js';

const CONTEXT = { date: null, periodYear: null };

function run(text: string) {
  return extractReferences([{ text, start: 0, sectionId: null, location: 'body', isHeading: false }], CONTEXT);
}

function byCanonical(text: string, canonical: string) {
  const ref = run(text).references.find((r) => r.canonical === canonical);
  expect(ref, `${canonical} in "${text}"`).toBeDefined();
  return ref!;
}

describe('type from the type word', () => {
  it.each([
    ['quán triệt Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ', '04/2015/NĐ-CP', 'Nghị định'],
    ['Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư', '114-KL/TW', 'Kết luận'],
    // the word decides, not the code
    ['Quy chế số 11-QĐ/TU về trách nhiệm của cấp ủy đảng', '11-QĐ/TU', 'Quy chế'],
    ['Quy định số 1415-QĐ/TU và Hướng dẫn số 08-HD/TU ngày 19/8/2014', '1415-QĐ/TU', 'Quy định'],
    ['Hướng dẫn số 02-HD/TU, Thông tri số 37-TT/TU của Ban Thường vụ Tỉnh ủy', '37-TT/TU', 'Thông tri'],
    ['Kế hoạch số 31-KH/TU, Kế hoạch số 164-KH/TU, Quyết định số 728-QĐ/TU ngày 12/9/2014', '164-KH/TU', 'Kế hoạch'],
    // lower case, sentence case output
    ['theo kế hoạch số 4598/KH-SKHĐT ngày 01/9/2021.', '4598/KH-SKHĐT', 'Kế hoạch'],
    ['Thực hiện công văn số 4973/UBND-NCKSTTHC ngày 29/12/2021 của UBND tỉnh', '4973/UBND-NCKSTTHC', 'Công văn'],
    // no "số"
    ['theo tinh thần Chỉ thị 06-CT/TU của Ban Thường vụ Tỉnh ủy.', '06-CT/TU', 'Chỉ thị'],
    // capitals (DOMAIN)
    ['CHỈ THỊ SỐ 13/CT-TTG', '13/CT-TTg', 'Chỉ thị'],
    // longest type word first (DOMAIN type list)
    ['Thông tư liên tịch số 05/2015/TTLT-BTP-BNV', '05/2015/TTLT-BTP-BNV', 'Thông tư liên tịch'],
    // the types a header may carry beyond DOMAIN's list, cited as any other (GP-2507; DOMAIN's codes BB, GM)
    ['theo Giấy phép số 131/QĐ-UBND ngày 16/01/2023 của Ủy ban nhân dân tỉnh Lào Cai.', '131/QĐ-UBND', 'Giấy phép'],
    ['theo Biên bản số 12/BB-ĐKT ngày 20/3/2026 của Đoàn kiểm tra', '12/BB-ĐKT', 'Biên bản'],
    ['Giấy mời số 45/GM-SCT ngày 02/4/2026', '45/GM-SCT', 'Giấy mời'],
    // the other types of Nghị định 30/2020/NĐ-CP's Phụ lục III, with their codes (the Phiếu trình's routing slip)
    ['Hồ sơ kèm theo: Phiếu chuyển số 466/PC-VPUBND ngày 12/5/2026 của Văn phòng UBND tỉnh Lào Cai gồm:', '466/PC-VPUBND', 'Phiếu chuyển'],
    ['theo Hợp đồng số 15/HĐ-SCT ngày 02/01/2026', '15/HĐ-SCT', 'Hợp đồng'],
    ['Giấy ủy quyền số 03/GUQ-UBND ngày 15/5/2026', '03/GUQ-UBND', 'Giấy ủy quyền'],
    ['Giấy uỷ quyền số 04/GUQ-UBND ngày 15/5/2026', '04/GUQ-UBND', 'Giấy ủy quyền'],
    ['Giấy giới thiệu số 21/GGT-SCT', '21/GGT-SCT', 'Giấy giới thiệu'],
    ['Phiếu gửi số 7/PG-VP', '7/PG-VP', 'Phiếu gửi'],
    ['Phiếu báo số 8/PB-VP', '8/PB-VP', 'Phiếu báo'],
    ['Bản ghi nhớ số 02/BGN-UBND', '02/BGN-UBND', 'Bản ghi nhớ'],
    ['Bản thỏa thuận số 05/BTT-SCT', '05/BTT-SCT', 'Bản thỏa thuận'],
    ['Quy định số 11/QyĐ-UBND', '11/QyĐ-UBND', 'Quy định'],
    // words between the type word and "số", when the code agrees with the word (CV 4378)
    ['theo Giấy phép khai thác khoáng sản số 2010/GP-BTNMT ngày 19/10/2009 của Bộ Tài nguyên và Môi trường.', '2010/GP-BTNMT', 'Giấy phép'],
    ['Kế hoạch kiểm tra số 1105/KH-ĐKT ngày 10/3/2026', '1105/KH-ĐKT', 'Kế hoạch'],
    // six syllables; a licence granted by decision carries QĐ (GP-2507)
    ['theo Giấy phép khai thác khoáng sản điều chỉnh số 815/QĐ-UBND ngày 20/4/2022, Giấy phép số 131/QĐ-UBND', '815/QĐ-UBND', 'Giấy phép'],
  ])('%s → %s is a %s', (sentence, canonical, type) => {
    expect(byCanonical(sentence, canonical).type).toBe(type);
  });
});

describe('dates', () => {
  it.each([
    ['Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ', '33/CT-TTg', '2021-11-26', '26/11/2021'],
    ['Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị', '01-KL/TW', '2021-05-18', '18/5/2021'],
    ['Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ', '04/2015/NĐ-CP', '2015-01-09', '09/01/2015'],
    // DOMAIN: worded and spaced dates
    ['Kế hoạch số 45/KH-SCT ngày 05 tháng 4 năm 2022 của Sở Công Thương', '45/KH-SCT', '2022-04-05', '05 tháng 4 năm 2022'],
    ['Kế hoạch số 134 /KH-UBND ngày10 /3/2026', '134/KH-UBND', '2026-03-10', '10 /3/2026'],
    // issuer before the date
    ['Kế hoạch số 145/KH-UBND của UBND tỉnh ngày 22/10/2025', '145/KH-UBND', '2025-10-22', '22/10/2025'],
    // no date
    ['Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XI)', '25-NQ/TW', null, null],
  ])('%s', (sentence, canonical, date, dateRaw) => {
    expect(byCanonical(sentence, canonical)).toMatchObject({ date, dateRaw });
  });

  it.each([
    [
      'theo Nghị quyết số 18-NQ/TW ngày 25/10/20217 của Ban chấp hành Trung ương Đảng khóa XII về định hướng sắp xếp, tinh gọn tổ chức bộ máy chính phủ.',
      '18-NQ/TW',
      '25/10/20217',
    ],
    ['Kết luận số 77-Kl/TU ngày 31/2/2022', '77-KL/TU', '31/2/2022'],
  ])('invalid: %s', (sentence, canonical, dateRaw) => {
    const { references, warnings } = run(sentence);
    expect(references.find((r) => r.canonical === canonical)).toMatchObject({ date: null, dateRaw });
    const at = sentence.indexOf(dateRaw);
    expect(warnings).toEqual([
      { code: 'references/invalid-date', message: expect.stringContaining(`"${dateRaw}"`), range: { start: at, end: at + dateRaw.length } },
    ]);
  });
});

describe('issuer', () => {
  it.each([
    // "của …", stopping at " về", "(khóa", " khóa", " ban hành", ",", ".", ";", " và <type>", " ngày"
    ['Kế hoạch số 73/KH-UBND ngày 31/3/2022 của UBND tỉnh Đồng Nai về thực hiện công tác Dân vận chính quyền năm 2022,', '73/KH-UBND', 'UBND tỉnh Đồng Nai', 'text'],
    ['Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XI) về “Tăng cường”', '25-NQ/TW', 'Ban Chấp hành Trung ương Đảng', 'text'],
    ['Nghị quyết số 18-NQ/TW ngày 25/10/20217 của Ban chấp hành Trung ương Đảng khóa XII về định hướng', '18-NQ/TW', 'Ban chấp hành Trung ương Đảng', 'text'],
    ['Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư Trung ương Đảng ban hành Hướng dẫn khung', '99-QĐ/TW', 'Ban Bí thư Trung ương Đảng', 'text'],
    ['Kế hoạch số 363/KH-TTCP ngày 20/3/2019 của Thanh tra Chính phủ và Kế hoạch số 273-KH/TU ngày 18/5/2015 của Tỉnh ủy, Quyết định số 1164/QĐ-UBND', '363/KH-TTCP', 'Thanh tra Chính phủ', 'text'],
    ['Kế hoạch số 363/KH-TTCP ngày 20/3/2019 của Thanh tra Chính phủ và Kế hoạch số 273-KH/TU ngày 18/5/2015 của Tỉnh ủy, Quyết định số 1164/QĐ-UBND', '273-KH/TU', 'Tỉnh ủy', 'text'],
    ['Hướng dẫn số 02-HD/TU, Thông tri số 37-TT/TU của Ban Thường vụ Tỉnh ủy.', '37-TT/TU', 'Ban Thường vụ Tỉnh ủy', 'text'],
    ['Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ thành nhiệm vụ trọng tâm, thường xuyên,', '33/CT-TTg', 'Thủ tướng Chính phủ', 'text'],
    ['Quy định số 1415-QĐ/TU và Hướng dẫn số 08-HD/TU ngày 19/8/2014 của Ban Thường vụ Tỉnh ủy đến toàn thể cán bộ', '08-HD/TU', 'Ban Thường vụ Tỉnh ủy', 'text'],
    // a verb after the body ends it (corpus QD-1696)
    ['Thông tư số 15/2026/TT-BCT ngày 25/3/2026 của Bộ trưởng Bộ Công Thương sửa đổi, bổ sung một số điều', '15/2026/TT-BCT', 'Bộ trưởng Bộ Công Thương', 'text'],
    // before the date
    ['Kế hoạch số 145/KH-UBND của UBND tỉnh ngày 22/10/2025', '145/KH-UBND', 'UBND tỉnh', 'text'],
    // right after the date, without "của"
    ['Sơ kết 05 năm thực hiện Chỉ thị số 14-CT/TW ngày 19/7/2017 Ban Bí thư (khóa XII) về tiếp tục tăng cường', '14-CT/TW', 'Ban Bí thư', 'text'],
    ['Chỉ thị số 10-CT/TW ngày 15/12/2016 Ban Bí thư về tăng cường sự lãnh đạo', '10-CT/TW', 'Ban Bí thư', 'text'],
    // from the code when not written
    ['Kết luận số 77-KL/TU ngày 25/01/2017 về Đề án “Tăng cường sự lãnh đạo”;', '77-KL/TU', 'Tỉnh ủy', 'code'],
    ['Kế hoạch số 31-KH/TU, Kế hoạch số 164-KH/TU, Quyết định số 728-QĐ/TU ngày 12/9/2014', '164-KH/TU', 'Tỉnh ủy', 'code'],
    ['theo kế hoạch số 4598/KH-SKHĐT ngày 01/9/2021.', '4598/KH-SKHĐT', 'Sở Kế hoạch và Đầu tư', 'code'],
    ['Quyết định số 1164/QĐ-UBND ngày 19/4/2019 về thành lập Tổ Công tác', '1164/QĐ-UBND', 'Ủy ban nhân dân', 'code'],
    ['Luật số 10/2022/QH15', '10/2022/QH15', 'Quốc hội', 'code'],
    ['Chỉ thị số 12/CT-TTg', '12/CT-TTg', 'Thủ tướng Chính phủ', 'code'],
    ['Nghị định số 30/2020/NĐ-CP', '30/2020/NĐ-CP', 'Chính phủ', 'code'],
    // a routing slip's code PC names its type, the issuer comes after it
    ['Phiếu chuyển số 466/PC-VPUBND ngày 12/5/2026', '466/PC-VPUBND', 'Văn phòng Ủy ban nhân dân', 'code'],
    // the written issuer ends before "gồm" (the Phiếu trình's papers)
    ['Phiếu chuyển số 466/PC-VPUBND ngày 12/5/2026 của Văn phòng UBND tỉnh Lào Cai gồm:', '466/PC-VPUBND', 'Văn phòng UBND tỉnh Lào Cai', 'text'],
    // a licence's code GP names its type, the issuer comes after it (GP-2507's own number, 2507/GP-UBND)
    ['theo Giấy phép số 12/GP-UBND ngày 03/4/2026', '12/GP-UBND', 'Ủy ban nhân dân', 'code'],
    // /TW is shared by Ban Chấp hành Trung ương, Bộ Chính trị and Ban Bí thư
    ['Quyết định số 218-QĐ-TW', '218-QĐ/TW', null, null],
    // unknown code
    ['Kế hoạch số 12/KH-XYZ', '12/KH-XYZ', null, null],
    // issuer then its unit; joint issuers (DOMAIN shapes)
    ['Kế hoạch số 12/KH-UBND-VX', '12/KH-UBND-VX', 'Ủy ban nhân dân', 'code'],
    ['Thông tư liên tịch số 05/2015/TTLT-BTP-BNV', '05/2015/TTLT-BTP-BNV', null, null],
  ])('%s → %s', (sentence, canonical, issuer, issuerFrom) => {
    expect(byCanonical(sentence, canonical)).toMatchObject({ issuer, issuerFrom });
  });
});

describe('Party term', () => {
  it.each([
    ['Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XI) về “Tăng cường”', '25-NQ/TW', 'khóa XI'],
    ['Chỉ thị số 14-CT/TW ngày 19/7/2017 Ban Bí thư (khóa XII) về tiếp tục', '14-CT/TW', 'khóa XII'],
    ['Chỉ thị số 17-CT/TW ngày 28/8/2012 của Bộ Chính trị (khóa XI) về tiếp tục đổi mới', '17-CT/TW', 'khóa XI'],
    ['Nghị quyết số 18-NQ/TW ngày 25/10/20217 của Ban chấp hành Trung ương Đảng khóa XII về định hướng', '18-NQ/TW', 'khóa XII'],
    // old tone placement (DOMAIN)
    ['Nghị quyết số 24-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương Đảng (khoá IX) về công tác dân tộc', '24-NQ/TW', 'khóa IX'],
    ['Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu lực', '114-KL/TW', null],
  ])('%s', (sentence, canonical, term) => {
    expect(byCanonical(sentence, canonical).term).toBe(term);
  });
});

describe('subject', () => {
  it.each([
    // về “…”, quotes kept
    [
      'Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về “Tiếp tục tăng cường và đổi mới công tác dân vận trong cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới”; Kết luận số 77-KL/TU',
      '33/CT-TTg',
      '“Tiếp tục tăng cường và đổi mới công tác dân vận trong cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới”',
    ],
    // về việc …
    [
      'Quyết định số 1164/QĐ-UBND ngày 19/4/2019 về việc thành lập Tổ Công tác kiểm tra, rà soát, giải quyết các vụ việc khiếu nại, tố cáo đông người, phức tạp, kéo dài trên địa bàn tỉnh.',
      '1164/QĐ-UBND',
      'thành lập Tổ Công tác kiểm tra, rà soát, giải quyết các vụ việc khiếu nại, tố cáo đông người, phức tạp, kéo dài trên địa bàn tỉnh',
    ],
    // về …, ending at a parenthesis
    [
      'Quyết định số 1164/QĐ-UBND ngày 19/4/2019 về thành lập Tổ Công tác kiểm tra trên địa bàn tỉnh (nay được củng cố, kiện toàn theo Quyết định số 2466/QĐ-UBND ngày 21/7/2021).',
      '1164/QĐ-UBND',
      'thành lập Tổ Công tác kiểm tra trên địa bàn tỉnh',
    ],
    // ending where the main clause starts
    [
      'Thực hiện Kế hoạch số 68/KH-UBND ngày 25/02/2025 của UBND tỉnh về thực hiện công tác Dân vận chính quyền năm 2025, Thanh tra tỉnh căn cứ chức năng, nhiệm vụ',
      '68/KH-UBND',
      'thực hiện công tác Dân vận chính quyền năm 2025',
    ],
    // ending at the next citation of a list
    [
      'Quy chế số 11-QĐ/TU về trách nhiệm của cấp ủy đảng, chính quyền các cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập trong việc lãnh đạo thực hiện quy chế dân chủ cơ sở, Quyết định số 217-QĐ/TW',
      '11-QĐ/TU',
      'trách nhiệm của cấp ủy đảng, chính quyền các cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập trong việc lãnh đạo thực hiện quy chế dân chủ cơ sở',
    ],
    // a citation the subject names stays inside it
    [
      'Chỉ thị số 55-CT/TU ngày 27/4/2020 của Ban Thường vụ Tỉnh ủy về tiếp tục thực hiện Nghị quyết số 24-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương Đảng (khóa IX) về công tác dân tộc trong tình hình mới.',
      '55-CT/TU',
      'tiếp tục thực hiện Nghị quyết số 24-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương Đảng (khóa IX) về công tác dân tộc trong tình hình mới',
    ],
    [
      'Chỉ thị số 55-CT/TU ngày 27/4/2020 của Ban Thường vụ Tỉnh ủy về tiếp tục thực hiện Nghị quyết số 24-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương Đảng (khóa IX) về công tác dân tộc trong tình hình mới.',
      '24-NQ/TW',
      'công tác dân tộc trong tình hình mới',
    ],
    // ban hành … after the issuer
    [
      'Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư Trung ương Đảng ban hành Hướng dẫn khung để cấp ủy, tổ chức đảng tiếp tục phát huy vai trò của nhân dân trong đấu tranh ngăn chặn, đẩy lùi sự suy thoái, “tự diễn biến”, “tự chuyển hóa” trong nội bộ.',
      '99-QĐ/TW',
      'ban hành Hướng dẫn khung để cấp ủy, tổ chức đảng tiếp tục phát huy vai trò của nhân dân trong đấu tranh ngăn chặn, đẩy lùi sự suy thoái, “tự diễn biến”, “tự chuyển hóa” trong nội bộ',
    ],
    // an opening quote right after the issuer, never closed (as written)
    [
      'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị “Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; Quyết định số 99-QĐ/TW',
      '05-CT/TW',
      '“Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    ],
    // ", trong đó …" starts another clause
    [
      'Kế hoạch số 31-KH/TU ngày 19/3/2021 của Ban Thường vụ Tỉnh ủy về thực hiện nghị quyết đại hội lần thứ XI Đảng bộ tỉnh, nhiệm kỳ 2020-2025 về công tác dân vận, trong đó đề ra phương châm hành động',
      '31-KH/TU',
      'thực hiện nghị quyết đại hội lần thứ XI Đảng bộ tỉnh, nhiệm kỳ 2020-2025 về công tác dân vận',
    ],
    ['Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ. Phối hợp tổ chức kiểm tra', '145/2020/NĐ-CP', null],
  ])('%s → %s', (sentence, canonical, subject) => {
    expect(byCanonical(sentence, canonical).subject).toBe(subject);
  });
});

describe('coordination', () => {
  it('"A và B ngày … của …" gives both the date, issuer and term', () => {
    const sentence =
      'Tiếp tục phổ biến, quán triệt nội dung Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TU ngày 12/12/2013 của Bộ Chính trị khóa XI; Quy định số 1415-QĐ/TU và Hướng dẫn số 08-HD/TU ngày 19/8/2014 của Ban Thường vụ Tỉnh ủy đến toàn thể cán bộ, công chức, viên chức trong cơ quan, đơn vị.';
    const { references } = run(sentence);
    const pick = (r: (typeof references)[number]) => [r.canonical, r.type, r.date, r.issuer, r.issuerFrom, r.term];
    expect(references.map(pick)).toEqual([
      ['217-QĐ/TW', 'Quyết định', '2013-12-12', 'Bộ Chính trị', 'text', 'khóa XI'],
      ['218-QĐ/TU', 'Quyết định', '2013-12-12', 'Bộ Chính trị', 'text', 'khóa XI'],
      ['1415-QĐ/TU', 'Quy định', '2014-08-19', 'Ban Thường vụ Tỉnh ủy', 'text', null],
      ['08-HD/TU', 'Hướng dẫn', '2014-08-19', 'Ban Thường vụ Tỉnh ủy', 'text', null],
    ]);
  });

  it('a comma list does not share the date', () => {
    const sentence =
      'b) Tiếp tục cụ thể hóa việc thực hiện Kế hoạch số 31-KH/TU, Kế hoạch số 164-KH/TU, Quyết định số 728-QĐ/TU ngày 12/9/2014 về Quy chế đối thoại trực tiếp giữa người đứng đầu các cấp ủy Đảng, người đứng đầu chính quyền các cấp trong tỉnh với công dân;';
    const { references } = run(sentence);
    expect(references.map((r) => [r.canonical, r.date, r.subject])).toEqual([
      ['31-KH/TU', null, null],
      ['164-KH/TU', null, null],
      [
        '728-QĐ/TU',
        '2014-09-12',
        'Quy chế đối thoại trực tiếp giữa người đứng đầu các cấp ủy Đảng, người đứng đầu chính quyền các cấp trong tỉnh với công dân',
      ],
    ]);
  });

  it('a citation with its own date keeps it', () => {
    const { references } = run(
      'theo Kế hoạch số 363/KH-TTCP ngày 20/3/2019 của Thanh tra Chính phủ và Kế hoạch số 273-KH/TU ngày 18/5/2015 của Tỉnh ủy,',
    );
    expect(references.map((r) => [r.canonical, r.date])).toEqual([
      ['363/KH-TTCP', '2019-03-20'],
      ['273-KH/TU', '2015-05-18'],
    ]);
  });

  it('a bare number after a listed citation takes its type (DOMAIN)', () => {
    const { references } = run('Quyết định số 217-QĐ/TW, 218-QĐ/TW và số 219-QĐ/TW ngày 12/12/2013 của Bộ Chính trị');
    expect(references.map((r) => [r.canonical, r.type, r.date, r.mentions[0]!.text])).toEqual([
      ['217-QĐ/TW', 'Quyết định', null, 'Quyết định số 217-QĐ/TW'],
      ['218-QĐ/TW', 'Quyết định', '2013-12-12', '218-QĐ/TW'],
      ['219-QĐ/TW', 'Quyết định', '2013-12-12', '219-QĐ/TW'],
    ]);
  });
});

describe('laws by name', () => {
  it.each([
    ['Tiếp tục thực hiện tuyên truyền, phổ biến, quán triệt Luật Thực hiện dân chủ ở cơ sở; Nghị quyết số 25-NQ/TW', 'Luật Thực hiện dân chủ ở cơ sở', 'Luật Thực hiện dân chủ ở cơ sở', 'Luật', null],
    ['theo quy định của Luật Phòng, chống tham nhũng gắn với đẩy mạnh công tác cải cách hành chính', 'Luật Phòng, chống tham nhũng', 'Luật Phòng, chống tham nhũng', 'Luật', null],
    // DOMAIN
    ['theo Bộ luật Hình sự', 'Bộ luật Hình sự', 'Bộ luật Hình sự', 'Bộ luật', null],
    ['theo Luật Đầu tư năm 2020;', 'Luật Đầu tư năm 2020', 'Luật Đầu tư', 'Luật', 2020],
    ['Căn cứ Luật Cán bộ, công chức;', 'Luật Cán bộ, công chức', 'Luật Cán bộ, công chức', 'Luật', null],
  ])('%s', (sentence, canonical, name, type, year) => {
    const { references } = run(sentence);
    expect(references[0]).toMatchObject({ canonical, name, type, year, system: 'law', number: null, symbol: null, issuer: null });
    expect(references[0]!.mentions.map((m) => m.text)).toEqual([canonical]);
  });

  it('a law followed by its number is one reference (DOMAIN)', () => {
    const { references } = run(
      'Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022; Luật số 10/2022/QH15; Luật Thực hiện dân chủ ở cơ sở',
    );
    expect(references).toHaveLength(1);
    expect(references[0]).toMatchObject({
      type: 'Luật',
      canonical: '10/2022/QH15',
      number: '10',
      year: 2022,
      symbol: 'QH15',
      name: 'Luật Thực hiện dân chủ ở cơ sở',
      system: 'law',
      date: '2022-11-10',
      issuer: 'Quốc hội',
      issuerFrom: 'code',
    });
    expect(references[0]!.mentions.map((m) => m.text)).toEqual([
      'Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15',
      'Luật số 10/2022/QH15',
      'Luật Thực hiện dân chủ ở cơ sở',
    ]);
  });
});

describe('not references', () => {
  it.each([
    '- Kế hoạch này được phổ biến, quán triệt đến toàn thể cán bộ công chức, viên chức và người lao động trong Sở.',
    'kiểm tra việc xây dựng và triển khai thực hiện kế hoạch của các phòng, đơn vị thuộc Sở;',
    'Tổ chức thực hiện có hiệu quả các Nghị quyết của Đảng, chính sách, pháp luật của Nhà nước về giai cấp',
    'Tập trung sơ, tổng kết việc thực hiện các nghị quyết, chỉ thị, kết luận của Trung ương, địa phương',
    'theo quy định của pháp luật Phòng chống tham nhũng gắn với đẩy mạnh cải cách hành chính',
    'thanh tra trách nhiệm việc thực hiện các quy định pháp luật về phòng, chống tham nhũng.',
    'Triển khai thực hiện tốt: Kế hoạch cải cách hành chính năm 2022 của Sở Kế hoạch và Đầu tư;',
    'Trên đây là Kế hoạch thực hiện công tác dân vận chính quyền năm 2025 của Thanh tra tỉnh./.',
    // DOMAIN
    'Chỉ thị của UBND tỉnh',
    'tuân thủ Hiến pháp và pháp luật',
  ])('%s', (sentence) => {
    expect(run(sentence).references).toEqual([]);
  });
});

describe("a type code OCR misread, read as the code of the type word before it (the GP-2507 scan)", () => {
  it.each([
    ['Căn cứ Thông tư số 38/2025/71-BCT ngày 19/6/2025 của Bộ Công Thương về việc sửa đổi', '38/2025/TT-BCT', 'Thông tư', '71'],
    ['Theo đề nghị của Sở Công Thương tại Tờ trình số 4179/TT1-SCT ngày 14/7/2026.', '4179/TTr-SCT', 'Tờ trình', 'TT1'],
    ['theo Quyết định số 815/Q0-UBND ngày 20/4/2022', '815/QĐ-UBND', 'Quyết định', 'Q0'],
  ])('%s → %s', (sentence, canonical, type, written) => {
    const { references, warnings } = run(sentence);
    expect(references.map((r) => [r.canonical, r.type])).toEqual([[canonical, type]]);
    expect(references[0]!.mentions[0]!.text).toContain(written);
    expect(warnings.map((w) => [w.code, w.message])).toEqual([
      ['references/misread-code', expect.stringContaining(`"${written}" read as the code of ${type}`)],
    ]);
  });

  it.each([
    // no type word: nothing to read the digits as
    ['theo số 38/2025/71-BCT ngày 19/6/2025', []],
    ['đề nghị tại văn bản 4179/TT1-SCT ngày 14/7/2026', []],
    // digits that do not look like the type word's code
    ['Căn cứ Thông tư số 38/2025/94-BCT ngày 19/6/2025', []],
    // a code that is a code already stays as written
    ['Căn cứ Thông tư số 38/2025/TT-BCT ngày 19/6/2025', ['38/2025/TT-BCT']],
  ])('%s: not read so', (sentence, canonicals) => {
    const { references, warnings } = run(sentence);
    expect(references.map((r) => r.canonical).filter((c) => !c.includes('TT1'))).toEqual(canonicals);
    expect(warnings.filter((w) => w.code === 'references/misread-code')).toEqual([]);
  });
});

