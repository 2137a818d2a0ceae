/**
 * A phiếu trình (the internal form a department submits to the Sở's leaders), laid out as the
 * corpus's Phiếu trình giải quyết công việc of Phòng QLCN, Sở Công Thương Lào Cai reads (OCR text,
 * shortened): its type and title share one line, and the list of papers the preamble introduces
 * ("… gồm:" ⏎ "1. …" ⏎ "2. …") comes before its sections I., II.
 */
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../src/index.js';

const PHIEU_TRINH = [
  'SỞ CÔNG THƯƠNG',
  'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'PHÒNG QLCN',
  'Độc lập - Tự do - Hạnh phúc',
  'PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC',
  'Kính gửi: Lãnh đạo Sở Công Thương',
  'Nội dung trình: Kết quả thẩm định Phương án nổ mìn phục vụ thi công đào đá các hạng mục công trình Thủy điện Ngòi Nhù 1A, xã Chiềng Ken, tỉnh Lào Cai.',
  'Họ và tên chuyên viên trình: Vũ Việt Linh',
  'Hồ sơ, văn bản kèm theo: Phiếu chuyển số 466/PC-VPUBND ngày 12/5/2026 của Văn phòng UBND tỉnh Lào Cai gồm:',
  '1. Tờ trình số 01/TTr-CT05 ngày 07/5/2026 về việc đề nghị phê duyệt Phương án nổ mìn phục vụ thi công công trình Ngòi Nhù 1A, xã Chiềng Ken, tỉnh Lào Cai.',
  '2. Phương án nổ mìn.',
  'I. TÓM TẮT NỘI DUNG',
  'Phòng Quản lý Công nghiệp thẩm định Phương án nổ mìn phục vụ thi công công trình Thủy điện Ngòi Nhù 1A theo quy định tại điểm d khoản 2 Điều 38 Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ.',
  'II. ĐÁNH GIÁ CỦA CHUYÊN VIÊN XỬ LÝ CHÍNH',
  '1. Nội dung thẩm định',
  'Phương án nổ mìn lập, tính toán đảm bảo đầy đủ các nội dung theo quy định tại Thông tư số 23/2024/TT-BCT ngày 07/11/2024.',
  '2. Ý kiến của phòng Quản lý Công nghiệp',
  'Thành phần, đầu mục hồ sơ đầy đủ theo quy định pháp luật.',
  '3. Đề xuất, kiến nghị',
  'Kính trình Lãnh đạo Sở chấp thuận, báo cáo UBND tỉnh Lào Cai xem xét, phê duyệt Phương án nổ mìn.',
].join('\n');

describe('a phiếu trình', async () => {
  const plan = await parsePlanText(PHIEU_TRINH, { path: 'phieu-trinh.txt' });

  it('reads its type and title from one line, under the department and its Sở', () => {
    expect(plan.document).toMatchObject({ type: 'Phiếu trình', title: 'GIẢI QUYẾT CÔNG VIỆC', issuer: { name: 'PHÒNG QLCN', parent: 'SỞ CÔNG THƯƠNG' } });
  });

  it('keeps the papers its preamble lists in the preamble, before sections I. and II.', () => {
    expect(plan.sections.map((s) => [s.id, s.children.map((c) => c.id)])).toEqual([
      ['I', []],
      ['II', ['II.1', 'II.2', 'II.3']],
    ]);
    expect(plan.basisText).toContain('2. Phương án nổ mìn.');
    expect(plan.warnings.map((w) => w.code)).not.toContain('structure/unexpected-number');
  });

  it('a list that a section introduces with a colon, restarting at 1, is that section\'s list, also past an OCR\'d checkbox', async () => {
    const withPapers = await parsePlanText(
      [
        PHIEU_TRINH,
        'Hồ sơ kèm theo:',
        'X',
        '1. Tờ trình đề nghị UBND tỉnh Lào Cai xem xét phê duyệt Phương án nổ mìn.',
        '2. Dự thảo Quyết định phê duyệt phương án nổ mìn.',
      ].join('\n'),
      { path: 'phieu-trinh.txt' },
    );
    expect(withPapers.sections.map((s) => [s.id, s.children.map((c) => [c.id, c.children.map((d) => d.id)])])).toEqual([
      ['I', []],
      ['II', [['II.1', []], ['II.2', []], ['II.3', ['II.3.1', 'II.3.2']]]],
    ]);
    expect(withPapers.warnings.map((w) => w.code)).toEqual([]);
  });

  it('a number that could go on with both lists goes on with the outer one', async () => {
    const both = await parsePlanText(
      [PHIEU_TRINH, 'Hồ sơ kèm theo:', '1. Tờ trình.', '2. Dự thảo Quyết định.', '3. Phương án.', '4. Tổ chức thực hiện', 'Phòng Quản lý Công nghiệp theo dõi.'].join('\n'),
      { path: 'phieu-trinh.txt' },
    );
    expect(both.sections[1]!.children.map((c) => [c.id, c.children.map((d) => d.id)])).toEqual([
      ['II.1', []],
      ['II.2', []],
      ['II.3', ['II.3.1', 'II.3.2', 'II.3.3']],
      ['II.4', []],
    ]);
  });

  it('without the colon, a repeated 1. is a numbering mistake, kept as written and reported', async () => {
    const repeated = await parsePlanText([PHIEU_TRINH, '1. Tờ trình đề nghị UBND tỉnh Lào Cai.'].join('\n'), { path: 'phieu-trinh.txt' });
    expect(repeated.sections[1]!.children.map((c) => c.id)).toEqual(['II.1', 'II.2', 'II.3', 'II.1#2']);
    expect(repeated.warnings.map((w) => w.code)).toEqual(['structure/unexpected-number']);
  });
});

