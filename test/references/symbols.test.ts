/**
 * The number/symbol grammar (DOMAIN.md §3): every shape, spaced forms and typos, read through
 * the public API. Sentences are copied from fixtures/plans/*.txt (lines joined) unless marked
 * DOMAIN, where the form is quoted from DOMAIN.md because no fixture has it.
 */
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../src/references/index.js';

function first(text: string) {
  const { references } = extractReferences(
    [{ text, start: 0, sectionId: null, location: 'body', isHeading: false }],
    { date: null, periodYear: null },
  );
  return references[0];
}

describe('symbol shapes', () => {
  it.each([
    // state N/TYPE-ISSUER
    [
      'Thực hiện Kế hoạch số 73/KH-UBND ngày 31/3/2022 của UBND tỉnh Đồng Nai về thực hiện công tác Dân vận chính quyền năm 2022,',
      { text: 'Kế hoạch số 73/KH-UBND', canonical: '73/KH-UBND', number: '73', year: null, symbol: 'KH-UBND', system: 'state' },
    ],
    [
      'Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về “Tiếp tục tăng cường và đổi mới công tác dân vận trong cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới”;',
      { text: 'Chỉ thị số 33/CT-TTg', canonical: '33/CT-TTg', number: '33', year: null, symbol: 'CT-TTg', system: 'state' },
    ],
    [
      'giải quyết các vụ việc theo Kế hoạch số 363/KH-TTCP ngày 20/3/2019 của Thanh tra Chính phủ',
      { text: 'Kế hoạch số 363/KH-TTCP', canonical: '363/KH-TTCP', number: '363', year: null, symbol: 'KH-TTCP', system: 'state' },
    ],
    [
      'Quyết định số 1164/QĐ-UBND ngày 19/4/2019 về thành lập Tổ Công tác kiểm tra',
      { text: 'Quyết định số 1164/QĐ-UBND', canonical: '1164/QĐ-UBND', number: '1164', year: null, symbol: 'QĐ-UBND', system: 'state' },
    ],
    [
      'thuộc thẩm quyền của Sở Kế hoạch và Đầu tư theo kế hoạch số 4598/KH-SKHĐT ngày 01/9/2021.',
      { text: 'kế hoạch số 4598/KH-SKHĐT', canonical: '4598/KH-SKHĐT', number: '4598', year: null, symbol: 'KH-SKHĐT', system: 'state' },
    ],
    // công văn N/ISSUER-UNIT, also broken over a line ("4973/UBND-\nNCKSTTHC")
    [
      'Thực hiện công văn số 4973/UBND-NCKSTTHC ngày 29/12/2021 của UBND tỉnh về triển khai thực hiện Chỉ thị số 33/CT-TTg',
      { text: 'công văn số 4973/UBND-NCKSTTHC', canonical: '4973/UBND-NCKSTTHC', number: '4973', year: null, symbol: 'UBND-NCKSTTHC', system: 'state' },
    ],
    [
      'công văn số 4973/UBND- NCKSTTHC ngày 29/12/2021 về triển khai thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.',
      { text: 'công văn số 4973/UBND- NCKSTTHC', canonical: '4973/UBND-NCKSTTHC', number: '4973', year: null, symbol: 'UBND-NCKSTTHC', system: 'state' },
    ],
    [
      'các văn bản của UBND tỉnh: công văn số 4685/UBND-SNV ngày 22/12/2015 về việc triển khai',
      { text: 'công văn số 4685/UBND-SNV', canonical: '4685/UBND-SNV', number: '4685', year: null, symbol: 'UBND-SNV', system: 'state' },
    ],
    // legal-normative N/YEAR/TYPE-ISSUER
    [
      'quán triệt Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực hiện dân chủ trong cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập;',
      { text: 'Nghị định số 04/2015/NĐ-CP', canonical: '04/2015/NĐ-CP', number: '04', year: 2015, symbol: 'NĐ-CP', system: 'state' },
    ],
    [
      'hướng dẫn việc thực hiện hiệu quả Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ.',
      { text: 'Nghị định số 145/2020/NĐ-CP', canonical: '145/2020/NĐ-CP', number: '145', year: 2020, symbol: 'NĐ-CP', system: 'state' },
    ],
    // DOMAIN
    [
      'Quyết định số 28/2025/QĐ-UBND',
      { text: 'Quyết định số 28/2025/QĐ-UBND', canonical: '28/2025/QĐ-UBND', number: '28', year: 2025, symbol: 'QĐ-UBND', system: 'state' },
    ],
    // laws N/YEAR/QH15 (DOMAIN)
    [
      'Luật số 10/2022/QH15',
      { text: 'Luật số 10/2022/QH15', canonical: '10/2022/QH15', number: '10', year: 2022, symbol: 'QH15', system: 'law' },
    ],
    // Party N-TYPE/ISSUER
    [
      'Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XI) về “Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới”;',
      { text: 'Nghị quyết số 25-NQ/TW', canonical: '25-NQ/TW', number: '25', year: null, symbol: 'NQ/TW', system: 'party' },
    ],
    [
      'Quy chế số 14-QC/TU ngày 10/02/2022 của Ban Thường vụ Tỉnh ủy về công tác dân vận của hệ thống chính trị tỉnh Đồng Nai;',
      { text: 'Quy chế số 14-QC/TU', canonical: '14-QC/TU', number: '14', year: null, symbol: 'QC/TU', system: 'party' },
    ],
    [
      'Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục Chỉ thị số 05-CT/TW',
      { text: 'Kết luận số 01-KL/TW', canonical: '01-KL/TW', number: '01', year: null, symbol: 'KL/TW', system: 'party' },
    ],
    [
      'Quyết định số 217-QĐ/TW và Quyết định số 218- QĐ/TW ngày 12/12/2013 của Bộ Chính trị',
      { text: 'Quyết định số 217-QĐ/TW', canonical: '217-QĐ/TW', number: '217', year: null, symbol: 'QĐ/TW', system: 'party' },
    ],
    ['Quy định số 08-QĐi/TW', { text: 'Quy định số 08-QĐi/TW', canonical: '08-QĐi/TW', number: '08', year: null, symbol: 'QĐi/TW', system: 'party' }],
    ['Công văn số 2449-CV/ĐU', { text: 'Công văn số 2449-CV/ĐU', canonical: '2449-CV/ĐU', number: '2449', year: null, symbol: 'CV/ĐU', system: 'party' }],
    // spaced and mistyped symbols (DOMAIN)
    ['Kế hoạch số 134 /KH-UBND', { text: 'Kế hoạch số 134 /KH-UBND', canonical: '134/KH-UBND', number: '134', year: null, symbol: 'KH-UBND', system: 'state' }],
    ['Chương trình số 104 -CTr/TU', { text: 'Chương trình số 104 -CTr/TU', canonical: '104-CTr/TU', number: '104', year: null, symbol: 'CTr/TU', system: 'party' }],
    ['Quyết định số 218-QĐ-TW', { text: 'Quyết định số 218-QĐ-TW', canonical: '218-QĐ/TW', number: '218', year: null, symbol: 'QĐ/TW', system: 'party' }],
    ['Kết luận số 01/KL/TW', { text: 'Kết luận số 01/KL/TW', canonical: '01-KL/TW', number: '01', year: null, symbol: 'KL/TW', system: 'party' }],
    ['Kết luận số 77-Kl/TU', { text: 'Kết luận số 77-Kl/TU', canonical: '77-KL/TU', number: '77', year: null, symbol: 'KL/TU', system: 'party' }],
    ['CHỈ THỊ SỐ 13/CT-TTG', { text: 'CHỈ THỊ SỐ 13/CT-TTG', canonical: '13/CT-TTg', number: '13', year: null, symbol: 'CT-TTg', system: 'state' }],
    ['Kế hoạch số31-KH/TU', { text: 'Kế hoạch số31-KH/TU', canonical: '31-KH/TU', number: '31', year: null, symbol: 'KH/TU', system: 'party' }],
  ])('%s', (sentence, { text, ...fields }) => {
    expect(first(sentence)).toMatchObject({ ...fields, mentions: [{ text }] });
  });
});

describe('what is not a symbol', () => {
  it.each([
    // dates, periods and ranges
    'ngày 26/11/2021 của Thủ tướng',
    'nhiệm kỳ 2020-2025 về công tác dân vận',
    'Quý I/2022 và năm 2022',
    'PAR INDEX (chỉ số cải cách hành chính) của tỉnh',
    'sau đại dịch COVID- 19.',
    'UBND tỉnh (b/c);',
    // the plan's own number (fixtures/plans/002 has the draft form without a number)
    'Số: /KH-TT',
    'Số: 45/KH-SCT',
    'Số 104-CTr/TU',
    'TỈNH ỦY ĐỒNG NAI * Số 104-CTr/TU',
  ])('%s', (sentence) => {
    expect(first(sentence)).toBeUndefined();
  });
});
