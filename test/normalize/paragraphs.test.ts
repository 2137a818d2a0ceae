import { describe, expect, it } from 'vitest';
import type { SourceLine } from '../../src/extract/source-line.js';
import { readText } from '../../src/extract/read-text.js';
import { normalizeSource } from '../../src/normalize/normalize-source.js';

function paragraphsOf(text: string): string[] {
  return normalizeSource(readText(new TextEncoder().encode(text), 'text')).paragraphs.map((p) => p.text);
}

describe('paragraph rejoining (text input)', () => {
  // hard-wrapped lines taken from fixtures/plans/000-sct-dan-van-2022.txt
  const wrapped = [
    '14-QC/TU ngày 10/02/2022 của Ban Thường vụ Tỉnh ủy về công tác dân vận của hệ ',
    'thống chính trị tỉnh Đồng Nai; Quyết định số 217-QĐ/TW và Quyết định số 218-',
    'QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện ',
    'và phát động phong trào thi đua yêu nước, hoàn thành thắng lợi các mục tiêu kinh tế ',
    '- xã hội, quốc phòng - an ninh năm 2022. Tiếp tục thực hiện tuyên truyền, phổ biến, ',
    'quán triệt Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực ',
    'hiện dân chủ trong cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập. ',
    'b) Tiếp tục cụ thể hóa việc thực hiện Kế hoạch số 31-KH/TU, Kế hoạch số ',
    '164-KH/TU, Quyết định số 728-QĐ/TU ngày 12/9/2014 về Quy chế đối thoại trực ',
  ].join('\n');

  it('rejoins a symbol split at the line end without a space', () => {
    expect(paragraphsOf(wrapped)[0]).toContain('Quyết định số 218-QĐ/TW ngày 12/12/2013');
  });

  it('keeps a spaced dash that continues a sentence ("kinh tế" ⏎ "- xã hội")', () => {
    expect(paragraphsOf(wrapped)[0]).toContain('mục tiêu kinh tế - xã hội, quốc phòng');
  });

  it('starts a new paragraph at a list marker', () => {
    const paragraphs = paragraphsOf(wrapped);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1]).toMatch(/^b\) Tiếp tục cụ thể hóa .* Kế hoạch số 164-KH\/TU, Quyết định/u);
  });

  it('handles CRLF and a BOM', () => {
    expect(paragraphsOf('\uFEFFI. MỤC ĐÍCH\r\n1. Nội dung\r\n')).toEqual(['I. MỤC ĐÍCH', '1. Nội dung']);
  });

  it('joins only lowercase continuations when lines are not hard-wrapped', () => {
    const text = [
      '2. Thực hiện nề nếp quy chế công tác dân vận trong cơ quan. Đẩy mạnh cải cách thủ tục hành chính, tăng cường giải quyết kịp thời đơn thư khiếu nại, tố cáo; đảm bảo điều kiện cho Nhân dân phát huy quyền làm',
      'chủ, tham gia xây dựng các chủ trương, chính sách phát triển kinh tế - xã hội, an ninh quốc phòng',
      'Thời gian thực hiện: Thường xuyên.',
      'Tiếp tục đẩy mạnh phong trào thi đua “Dân vận khéo” gắn với phong trào thi đua yêu nước.',
    ].join('\n');
    const paragraphs = paragraphsOf(text);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toContain('quyền làm chủ, tham gia');
  });

  it('moves a footnote block that cuts a paragraph after that paragraph', () => {
    // fixtures/plans/001: a footnote after a separator line interrupts a bullet across a page break
    const text = [
      '- Xác định công tác dân vận là nhiệm vụ của cả hệ thống chính trị, trong đó ',
      'xây dựng nền hành chính Nhà nước phục vụ Nhân dân, dân chủ, pháp quyền, ',
      '                                           ',
      '(1) Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tiếp tục, tăng cường ',
      'đến toàn thể cán bộ, công chức, viên chức trong cơ quan, đơn vị. ',
      ' chuyên nghiệp, hiện đại, trong sạch, vững mạnh, công khai, minh bạch; gắn việc ',
      'xây dựng chương trình, kế hoạch tổ chức thực hiện công tác dân vận của cơ quan. ',
    ].join('\n');
    const n = normalizeSource(readText(new TextEncoder().encode(text), 'text'));
    expect(n.paragraphs.map((p) => p.role)).toEqual(['body', 'footnote']);
    expect(n.paragraphs[0]!.text).toContain('pháp quyền, chuyên nghiệp, hiện đại');
    expect(n.paragraphs[1]!.text).toMatch(/^\(1\) Chỉ thị số 33\/CT-TTg .* đơn vị\.$/u);
  });

  it('maps paragraph offsets back to source lines', () => {
    const n = normalizeSource(readText(new TextEncoder().encode(wrapped), 'text'));
    const second = n.paragraphs[1]!;
    expect(n.sourceMap.pointAt(second.start)).toEqual({ page: null, line: 8 });
    const at = n.text.indexOf('164-KH/TU');
    expect(n.sourceMap.pointAt(at)).toEqual({ page: null, line: 9 });
  });
});

describe('paragraph rejoining (PDF layout)', () => {
  const box = (x: number, y: number, width: number, fontSize = 14) => ({ x, y, width, fontSize, pageWidth: 595, pageHeight: 842 });
  const line = (text: string, page: number, n: number, b: ReturnType<typeof box>): SourceLine => ({ text, page, line: n, box: b, role: 'body' });

  it('continues a paragraph across a page break and breaks at indents and short lines', () => {
    // geometry as pdf.js reports it for fixtures/plans/001-skhdt-dan-van-2022.pdf, pages 1–2
    const lines = [
      line('- Tổ chức quán triệt sâu kỹ các chủ trương của Đảng, Pháp luật của Nhà', 1, 34, box(121, 112, 431)),
      line('nước về công tác dân vận để nâng cao nhận thức của đội ngũ cán bộ, công chức', 1, 35, box(85, 94, 467)),
      line('viên chức về vị trí vai trò của công tác dân vận trong tình hình hiện nay. Tập trung', 2, 1, box(85, 772, 467)),
      line('vào các văn bản(1).', 2, 2, box(85, 754, 103)),
      line('- Lãnh đạo, chỉ đạo và tổ chức thực hiện tốt công tác dân vận đảm bảo mọi', 2, 3, box(121, 729, 431)),
    ];
    const n = normalizeSource({ format: 'pdf', lines, pages: 2, textLayer: 'ok', notes: [] });
    expect(n.paragraphs.map((p) => p.text)).toEqual([
      '- Tổ chức quán triệt sâu kỹ các chủ trương của Đảng, Pháp luật của Nhà nước về công tác dân vận để nâng cao nhận thức của đội ngũ cán bộ, công chức viên chức về vị trí vai trò của công tác dân vận trong tình hình hiện nay. Tập trung vào các văn bản(1).',
      '- Lãnh đạo, chỉ đạo và tổ chức thực hiện tốt công tác dân vận đảm bảo mọi',
    ]);
    expect(n.sourceMap.pointAt(n.text.indexOf('viên chức về vị trí'))).toEqual({ page: 2, line: 1 });
  });

  it('measures the line pitch page by page: a page of prose joins its lines when tables with tighter lines fill more of the document', () => {
    // geometry as OCR reads ../shared/corpus/Phieu-trinh.pdf: prose on page 1 at a pitch of 19,
    // an appendix of tables after it at a pitch of 14
    const prose = [
      line('Phương án nổ mìn lập, tính toán đảm bảo đầy đủ các nội dung theo quy', 1, 20, box(130.7, 590.1, 417.9, 12.5)),
      line('định tại phụ lục VI, Thông tư số 23/2024/TT-BCT ngày 07/11/2024; việc tính', 1, 21, box(95.8, 571.0, 453.2, 12.5)),
      line('toán chỉ tiêu thuốc nổ, lựa chọn các thông số khoan nổ mìn, biện pháp an toàn che', 1, 22, box(95.8, 551.9, 453.2, 12.5)),
      line('chắn bảo vệ đến các công trình, nhà ở của dân.', 1, 23, box(96.1, 532.8, 250, 12.5)),
    ];
    const tables = [2, 3].flatMap((page) =>
      Array.from({ length: 12 }, (_, i) => line(`| ${i + 1} | Hạng mục ${i + 1} | ${10 * i} m |`, page, i + 1, box(60, 700 - 14 * i, 300, 12.5))),
    );
    const n = normalizeSource({ format: 'pdf', lines: [...prose, ...tables], pages: 3, textLayer: 'ocr', notes: [] });
    expect(n.paragraphs[0]!.text).toBe(
      'Phương án nổ mìn lập, tính toán đảm bảo đầy đủ các nội dung theo quy định tại phụ lục VI, Thông tư số 23/2024/TT-BCT ngày 07/11/2024; việc tính toán chỉ tiêu thuốc nổ, lựa chọn các thông số khoan nổ mìn, biện pháp an toàn che chắn bảo vệ đến các công trình, nhà ở của dân.',
    );
  });
});

describe('line joining rules (issue 3)', () => {
  it.each([
    ['a symbol cut after its hyphen', 'Căn cứ Quy định số 218-\nQĐ/TW ngày 12/12/2013', ['Căn cứ Quy định số 218-QĐ/TW ngày 12/12/2013']],
    ['a word cut after a real hyphen keeps it', 'phòng, chống dịch Covid-\n19 trên địa bàn', ['phòng, chống dịch Covid-19 trên địa bàn']],
    ['a symbol cut after a slash', 'Nghị định số 04/2015/\nNĐ-CP của Chính phủ', ['Nghị định số 04/2015/NĐ-CP của Chính phủ']],
    ['a symbol cut before its hyphen', 'Quyết định số 218\n-QĐ/TW của Bộ Chính trị', ['Quyết định số 218-QĐ/TW của Bộ Chính trị']],
    ['a line-final soft hyphen is dropped', 'interna\u00AD\ntional', ['international']],
    ['a spaced dash is a separator: joined with a space', 'phát triển kinh tế -\nxã hội', ['phát triển kinh tế - xã hội']],
    ['no join before a bullet', 'Mục tiêu:\n- Nâng cao chất lượng', ['Mục tiêu:', '- Nâng cao chất lượng']],
    ['no join before a bullet written without its space after a number', 'hoàn thành trong năm 2022\n-Tổ chức tập huấn', ['hoàn thành trong năm 2022', '-Tổ chức tập huấn']],
    ['no join before "Điều N"', 'Điều 1. Phạm vi điều chỉnh\nĐiều 2. Đối tượng áp dụng', ['Điều 1. Phạm vi điều chỉnh', 'Điều 2. Đối tượng áp dụng']],
    [
      'a join before the article a citation points into ("Điều 17 Thông tư số …")',
      'k) Thực hiện nghiêm chế độ báo cáo định kỳ, đột xuất theo quy định tại\nĐiều 17 Thông tư số 23/2024/TT-BCT ngày 07/11/2024 của Bộ Công Thương.',
      ['k) Thực hiện nghiêm chế độ báo cáo định kỳ, đột xuất theo quy định tại Điều 17 Thông tư số 23/2024/TT-BCT ngày 07/11/2024 của Bộ Công Thương.'],
    ],
    ['no join before a numbered item', 'thực hiện tốt công tác dân vận.\n2. Tập trung nâng cao hiệu lực', ['thực hiện tốt công tác dân vận.', '2. Tập trung nâng cao hiệu lực']],
    ['no join of a heading in capitals and a sentence', 'I. MỤC ĐÍCH, YÊU CẦU\nTiếp tục tăng cường sự lãnh đạo', ['I. MỤC ĐÍCH, YÊU CẦU', 'Tiếp tục tăng cường sự lãnh đạo']],
  ])('%s', (_rule, text, paragraphs) => {
    expect(paragraphsOf(text)).toEqual(paragraphs);
  });
});
