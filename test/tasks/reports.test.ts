import { describe, expect, it } from 'vitest';
import { reportRecipients } from '../../src/tasks/report-recipients.js';

describe('reportRecipients: who a report goes to, and through whom', () => {
  it.each<[string, string[], string[]]>([
    // 002 IV.1, IV.2
    [
      'Báo cáo kết quả thực hiện định kỳ (6 tháng trước ngày 05/5, 09 tháng trước ngày 05/9 và năm trước ngày 20/10/2025) về Văn phòng để tổng hợp, tham mưu Ban Lãnh đạo báo cáo theo quy định.',
      ['Văn phòng'],
      [],
    ],
    [
      'Giao Văn phòng tổng hợp, tham mưu Ban lãnh đạo báo cáo định kỳ (6 tháng trước ngày 15/5, 09 tháng trước ngày 15/9 và năm trước ngày 01/11/2025) gửi UBND tỉnh (thông qua Sở Nội vụ) theo quy định.',
      ['UBND tỉnh'],
      ['Sở Nội vụ'],
    ],
    // 000: the units report to Sở Công Thương; what follows "để" is the Sở's own work
    [
      'Định kỳ 06 tháng (trước ngày 01/6/2022) và cuối năm (trước ngày 01/11/2022) tổ chức kiểm điểm đánh giá, báo cáo kết quả thực hiện về Sở Công Thương để theo dõi, tổng hợp, báo cáo Sở Nội vụ, UBND tỉnh theo quy định./.',
      ['Sở Công Thương'],
      [],
    ],
    ['định kỳ 6 tháng và cuối năm tổng hợp báo cáo kết quả thực hiện cho UBND tỉnh theo quy định', ['UBND tỉnh'], []],
    // QĐ 1696 Điều 3.2.đ: the recipient right after the verb; "hoặc đột xuất" is not a unit
    ['Định kỳ hàng năm báo cáo Ủy ban nhân dân tỉnh hoặc đột xuất theo yêu cầu của Ủy ban nhân dân tỉnh.', ['Ủy ban nhân dân tỉnh'], []],
    ['Báo cáo kết quả về Văn phòng Sở trước ngày 15/6/2026.', ['Văn phòng Sở'], []],
    ['báo cáo gửi UBND tỉnh (qua Sở Nội vụ, Sở Tài chính) trước ngày 20 hằng tháng', ['UBND tỉnh'], ['Sở Nội vụ', 'Sở Tài chính']],
    ['báo cáo Sở Nội vụ và UBND tỉnh', ['Sở Nội vụ', 'UBND tỉnh'], []],
    // QĐ 1050 Điều 3.6: "sau khi …" is when, not who
    ['Báo cáo kết quả kiểm tra cho Giám đốc Sở sau khi kết thúc đợt kiểm tra.', ['Giám đốc Sở'], []],
    ['báo cáo về Văn phòng Sở khi có yêu cầu', ['Văn phòng Sở'], []],
    // 001 III: no recipient named
    ['Giao Văn phòng Sở theo dõi, đôn đốc triển khai và báo cáo kết quả thực hiện định kỳ theo quy định./.', [], []],
  ])('%s', (text, to, via) => {
    expect(reportRecipients(text)).toEqual({ to, via });
  });
});
