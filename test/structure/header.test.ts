import { describe, expect, it } from 'vitest';
import { inferFromPreamble, parseHeader, typeOfLine } from '../../src/structure/header.js';

const header = (...lines: string[]) => parseHeader(lines.map((text) => ({ text })));

describe('parseHeader', () => {
  it('reads a draft plan header (fixtures/plans/002)', () => {
    const { info, roles } = header(
      'Số: /KH-TT',
      'Đồng Nai, ngày tháng 3 năm 2025',
      'KẾ HOẠCH',
      'Thực hiện công tác Dân vận chính quyền năm 2025',
      'Thực hiện Kế hoạch số 68/KH-UBND ngày 25/02/2025 của UBND tỉnh về thực hiện công tác Dân vận chính quyền năm 2025, Thanh tra tỉnh căn cứ chức năng, nhiệm vụ và tình hình thực tế của cơ quan, xây dựng kế hoạch triển khai thực hiện như sau:',
    );
    expect(info).toMatchObject({
      type: 'Kế hoạch',
      number: null,
      symbol: 'KH-TT',
      place: 'Đồng Nai',
      date: { raw: 'ngày tháng 3 năm 2025', iso: null, year: 2025, month: 3, day: null },
      title: 'Thực hiện công tác Dân vận chính quyền năm 2025',
      period: { year: 2025, quarter: null },
    });
    expect(roles).toEqual(['header', 'header', 'header', 'title']);
  });

  it('reads an e-office header whose two columns are interleaved (corpus QD-1696)', () => {
    const { info } = header(
      'ỦY BAN NHÂN DÂN',
      'TỈNH LÀO CAI',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số:',
      '/QĐ-UBND',
      'Lào Cai, ngày tháng 4 năm 2026',
      'QUYẾT ĐỊNH',
      'Về việc ủy quyền cho Giám đốc Sở Công Thương',
      'thực hiện một số nhiệm vụ, quyền hạn của UBND tỉnh trong',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;',
    );
    expect(info).toMatchObject({
      type: 'Quyết định',
      number: null,
      symbol: 'QĐ-UBND',
      issuer: { name: 'ỦY BAN NHÂN DÂN TỈNH LÀO CAI', parent: null },
      place: 'Lào Cai',
      date: { year: 2026, month: 4, day: null },
      title: 'Về việc ủy quyền cho Giám đốc Sở Công Thương thực hiện một số nhiệm vụ, quyền hạn của UBND tỉnh trong',
    });
  });

  it('reads a scan whose OCR changed the marks of the type line and of "TỈNH" (corpus GP-2507)', () => {
    const { info, roles } = header(
      'ỦY BAN NHÂN DÂN',
      'TÍNH LÀO CAI',
      'Số: 2507/GP-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Lào Cai, ngày 21 tháng 7 năm 2026',
      'GIẦY PHÉP SỬ DỤNG VẬT LIỆU NÓ CÔNG NGHIỆP',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;',
    );
    expect(info).toMatchObject({
      type: 'Giấy phép',
      // the name as the text has it; its key, which groups the same body across documents, as it is spelled
      issuer: { name: 'ỦY BAN NHÂN DÂN TÍNH LÀO CAI', key: 'uỷ ban nhân dân tỉnh lào cai', parent: null },
      title: 'SỬ DỤNG VẬT LIỆU NÓ CÔNG NGHIỆP',
    });
    expect(roles).toEqual(['header', 'header', 'header', 'header', 'header', 'header', 'title']);
  });

  it.each([
    // a unit of the army is not a district (quận): its marks are needed
    [['BỘ QUỐC PHÒNG', 'QUÂN KHU 2', 'Số: 12/QK-TM'], { name: 'QUÂN KHU 2', parent: 'BỘ QUỐC PHÒNG' }],
    [['UBND TỈNH LÀO CAI', 'SỞ CÔNG THƯƠNG', 'Số: 12/SCT-CN'], { name: 'SỞ CÔNG THƯƠNG', parent: 'UBND TỈNH LÀO CAI' }],
    [['UY BAN NHAN DAN', 'TINH LAO CAI', 'Số: 12/QĐ-UBND'], { name: 'UY BAN NHAN DAN TINH LAO CAI', parent: null }],
  ])('joins an issuer and the unit on the next line, marks or none: %j', (lines, issuer) => {
    expect(header(...lines).info.issuer).toMatchObject(issuer);
  });

  it('reads a công văn: issuer and parent, split date, V/v title (corpus CV-4378)', () => {
    const { info } = header(
      'UBND TỈNH LÀO CAI',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'SỞ CÔNG THƯƠNG',
      'Độc lập - Tự do - Hạnh phúc',
      'Số:',
      '/SCT - CN',
      'Lào Cai, ngày',
      'tháng 7 năm 2026',
      'V/v trả lại hồ sơ đề nghị',
      'cấp Giấy phép sử dụng vật',
      'liệu nổ công nghiệp',
      'Kính gửi: Công ty cổ phần Mông Sơn',
    );
    expect(info).toMatchObject({
      type: 'Công văn',
      symbol: 'SCT-CN',
      issuer: { name: 'SỞ CÔNG THƯƠNG', parent: 'UBND TỈNH LÀO CAI' },
      date: { raw: 'ngày tháng 7 năm 2026', year: 2026, month: 7 },
      title: 'trả lại hồ sơ đề nghị cấp Giấy phép sử dụng vật liệu nổ công nghiệp',
    });
  });

  it('reads a full number, a complete date and the Party heading', () => {
    const { info } = header('TỈNH ỦY ĐỒNG NAI', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 104-CTr/TU', 'Đồng Nai, ngày 05 tháng 4 năm 2022', 'CHƯƠNG TRÌNH', 'Hành động thực hiện Nghị quyết');
    expect(info).toMatchObject({
      type: 'Chương trình',
      number: '104',
      symbol: 'CTr/TU',
      issuer: { name: 'TỈNH ỦY ĐỒNG NAI', parent: null },
      date: { iso: '2022-04-05', year: 2022, month: 4, day: 5 },
    });
  });

  it('accepts old-style tone marks in the Quốc hiệu', () => {
    const { roles } = header('UỶ BAN NHÂN DÂN', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 12/UBND-KT');
    expect(roles).toEqual(['header', 'header', 'header']);
  });
});

describe('typeOfLine', () => {
  it.each([
    ['KẾ HOẠCH', 'Kế hoạch'],
    ['QUYẾT ĐỊNH', 'Quyết định'],
    ['THÔNG BÁO', 'Thông báo'],
    ['Kế hoạch', null],
    ['KẾ HOẠCH NĂM 2022', null],
    // marks lost or changed (typed without them, OCR): the letters are enough for a whole line
    ['KE HOACH', 'Kế hoạch'],
    ['GIẦY PHÉP', 'Giấy phép'],
    ['QUYET DINH', 'Quyết định'],
    ['QUY ĐỊNH', 'Quy định'],
    ['THONG TU', 'Thông tư'],
    ['THONG TRI', 'Thông tri'],
  ])('%j → %j', (line, type) => {
    expect(typeOfLine(line)).toBe(type);
  });
});

describe('inferFromPreamble', () => {
  it.each([
    ['Uỷ ban nhân dân huyện Long Thành xây dựng kế hoạch như sau:', 'Uỷ ban nhân dân huyện Long Thành'],
    ['Ủy ban nhân dân huyện Long Thành xây dựng kế hoạch như sau:', 'Ủy ban nhân dân huyện Long Thành'],
    ['Đảng uỷ Khối xây dựng kế hoạch như sau:', 'Đảng uỷ Khối'],
  ])('finds the issuer whatever its tone style: %j', (preamble, issuer) => {
    const info = inferFromPreamble(parseHeader([]).info, preamble);
    expect(info.issuer?.name).toBe(issuer);
    expect(info.issuer?.key).toBe(issuer.startsWith('Đảng') ? 'đảng uỷ khối' : 'uỷ ban nhân dân huyện long thành');
  });


  const empty = parseHeader([]).info;
  it.each([
    ['Sở Công Thương xây dựng kế hoạch thực hiện công tác Dân vận chính quyền năm 2022, cụ thể như sau:', 'Sở Công Thương', 2022],
    ['Thực hiện công văn số 4973/UBND-NCKSTTHC ngày 29/12/2021 của UBND tỉnh, Sở Kế hoạch và Đầu tư xây dựng Kế hoạch thực hiện năm 2022 như sau:', 'Sở Kế hoạch và Đầu tư', 2022],
    ['Thực hiện Kế hoạch số 68/KH-UBND ngày 25/02/2025 của UBND tỉnh, Thanh tra tỉnh căn cứ chức năng, nhiệm vụ và tình hình thực tế của cơ quan, xây dựng kế hoạch triển khai thực hiện như sau:', 'Thanh tra tỉnh', null],
  ])('%j', (preamble, issuer, year) => {
    const info = inferFromPreamble(empty, preamble);
    expect(info.issuer).toEqual({ name: issuer, key: issuer.toLowerCase(), parent: null, inferred: true });
    expect(info.type).toBe('Kế hoạch');
    expect(info.typeInferred).toBe(true);
    expect(info.period?.year ?? null).toBe(year);
  });
});
