/**
 * Laws by name: names with commas, a name ending in "số", amendment laws, and a law cited by name
 * joining the same law cited by number. Sentences from fixtures/pdf-fonts/*.truth.txt and
 * `kh-parse text fixtures/documents/qd-1696…` (lines joined); ISSUE marks those quoted from issue 5.
 */
import { describe, expect, it } from 'vitest';
import { extract, extractOne } from './helpers.js';

describe('names with commas', () => {
  it.each([
    [
      'Căn cứ Nghị định số 105/2025/NĐ-CP ngày 15/5/2025 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ;',
      'Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ',
    ],
    [
      'Căn cứ Nghị định số 181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ Quy định chi tiết một số điều của Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ về vật liệu nổ công nghiệp và tiền chất thuốc nổ;',
      'Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ',
    ],
    ['theo quy định của Luật Phòng, chống tham nhũng gắn với đẩy mạnh công tác cải cách hành chính', 'Luật Phòng, chống tham nhũng'],
    // a comma after a long name, or before anything but the next words of a name, ends it
    ['Căn cứ Luật Tổ chức chính quyền địa phương, chống lãng phí', 'Luật Tổ chức chính quyền địa phương'],
    ['theo Luật Đầu tư, các doanh nghiệp được', 'Luật Đầu tư'],
    // the verb after a law's name is not part of it (../shared/corpus/Phieu-trinh)
    [
      'theo quy định tại điểm d khoản 2 Điều 38 Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ quy định: “Trường hợp nổ mìn trong khu vực dân cư”',
      'Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ',
    ],
    ['Luật Đất đai quy định rõ trách nhiệm của các cơ quan', 'Luật Đất đai'],
  ])('%s', (sentence, name) => {
    const { references } = extractOne(sentence);
    expect(references.filter((r) => r.system === 'law').map((r) => r.name)).toEqual([name]);
  });

  it('with its date (TB-1894)', () => {
    const { references } = extractOne(
      '- Nghiêm chỉnh chấp hành, thực hiện đúng các quy định tại Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 29/6/2024; Nghị định số 181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ',
    );
    expect(references[0]).toMatchObject({ canonical: 'Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ', type: 'Luật', date: '2024-06-29', issuer: null });
  });
});

describe('other named forms (ISSUE, and the names of laws as the preambles of quyết định write them)', () => {
  it.each([
    [
      'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
      { canonical: 'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương', date: '2019-11-22' },
    ],
    // "của" inside a name, after the words it follows there
    ['Căn cứ Luật Phòng, chống tác hại của rượu, bia năm 2019;', { canonical: 'Luật Phòng, chống tác hại của rượu, bia năm 2019', name: 'Luật Phòng, chống tác hại của rượu, bia', year: 2019 }],
    ['theo Luật Xuất cảnh, nhập cảnh của công dân Việt Nam;', { canonical: 'Luật Xuất cảnh, nhập cảnh của công dân Việt Nam' }],
    ['theo Luật Đầu tư của Quốc hội', { canonical: 'Luật Đầu tư' }],
    ['theo Luật Công nghiệp công nghệ số số 71/2025/QH15 ngày 14/6/2025', { canonical: '71/2025/QH15', name: 'Luật Công nghiệp công nghệ số', date: '2025-06-14', issuer: 'Quốc hội' }],
    [
      'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở, Luật Kinh doanh bất động sản và Luật Các tổ chức tín dụng;',
      { canonical: 'Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở, Luật Kinh doanh bất động sản và Luật Các tổ chức tín dụng', type: 'Luật' },
    ],
    ['Căn cứ Luật Sửa đổi, bổ sung một số điều của Bộ luật Hình sự năm 2017;', { canonical: 'Luật Sửa đổi, bổ sung một số điều của Bộ luật Hình sự năm 2017', year: 2017 }],
    ['xử lý theo Bộ luật Hình sự', { canonical: 'Bộ luật Hình sự', type: 'Bộ luật' }],
  ])('%s', (sentence, expected) => {
    const { references } = extractOne(sentence);
    expect(references).toHaveLength(1);
    expect(references[0]).toMatchObject(expected);
  });
});

describe('a law cited by number and by name is one document (QD-1050)', () => {
  const { references } = extract([
    ['Căn cứ Luật số 42/2024/QH15 ngày 29/6/2024 về Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ;', 'basis', null],
    ['Căn cứ Luật số 15/2012/QH13 ngày 20/6/2012 về Xử lý vi phạm hành chính, sửa đổi bổ sung năm 2025;', 'basis', null],
    ['Căn cứ Nghị định số 189/2025/NĐ-CP ngày 01/7/2025 của Chính phủ quy định chi tiết Luật Xử lý vi phạm hành chính về thẩm quyền xử phạt vi phạm hành chính;', 'basis', null],
    ['Căn cứ Nghị định số 181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ Quy định chi tiết một số điều của Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ về vật liệu nổ công nghiệp và tiền chất thuốc nổ;', 'basis', null],
  ]);

  it('joins them under the number, with the name', () => {
    expect(references.map((r) => [r.canonical, r.name, r.date, r.issuer, r.mentions.map((m) => m.text)])).toEqual([
      ['42/2024/QH15', 'Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ', '2024-06-29', 'Quốc hội', ['Luật số 42/2024/QH15', 'Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ']],
      ['15/2012/QH13', 'Luật Xử lý vi phạm hành chính', '2012-06-20', 'Quốc hội', ['Luật số 15/2012/QH13', 'Luật Xử lý vi phạm hành chính']],
      ['189/2025/NĐ-CP', null, '2025-07-01', 'Chính phủ', ['Nghị định số 189/2025/NĐ-CP']],
      ['181/2024/NĐ-CP', null, '2024-12-31', 'Chính phủ', ['Nghị định số 181/2024/NĐ-CP']],
    ]);
  });

  it('but not a law whose name only begins the same', () => {
    const { references: separate } = extract([
      ['Căn cứ Luật số 15/2012/QH13 ngày 20/6/2012 về Xử lý vi phạm hành chính;', 'basis', null],
      ['theo Luật Xử lý vi phạm', 'body', 'I'],
    ]);
    expect(separate.map((r) => r.canonical)).toEqual(['15/2012/QH13', 'Luật Xử lý vi phạm']);
  });
});

describe('national technical regulations (QCVN)', () => {
  it.each([
    // TB-1894
    ['Quy chuẩn kỹ thuật quốc gia QCVN 01:2019/BCT của Bộ Công Thương và những quy định pháp luật liên quan.', 'Quy chuẩn kỹ thuật quốc gia QCVN 01:2019/BCT', 'Bộ Công Thương', 'text'],
    // QD-1050: the end of a subject
    [
      'Căn cứ Thông tư số 32/2019/TT-BCT ngày 21/11/2019 của Bộ trưởng Bộ Công Thương Ban hành hành Quy chuẩn kỹ thuật quốc gia về an toàn trong sản xuất, thử nghiệm, nghiệm thu, bảo quản, vận chuyển, sử dụng, tiêu hủy vật liệu nổ công nghiệp và bảo quản tiền chất thuốc nổ QCVN 01:2019/BCT;',
      'QCVN 01:2019/BCT',
      'Bộ Công Thương',
      'code',
    ],
  ])('%s', (sentence, text, issuer, issuerFrom) => {
    const ref = extractOne(sentence).references.find((r) => r.canonical === 'QCVN 01:2019/BCT');
    expect(ref).toMatchObject({ type: 'Quy chuẩn kỹ thuật quốc gia', number: '01', year: 2019, symbol: 'BCT', issuer, issuerFrom, mentions: [{ text }] });
  });
});
