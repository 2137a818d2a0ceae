/**
 * The company a letter's bare "Công ty" stands for. Lines from công văn 4378/SCT-CN and 1629/SCT-CN
 * (shared corpus), the others written in their style.
 */
import { describe, expect, it } from 'vitest';
import { addressedCompany } from '../../src/tasks/addressed-company.js';

describe('addressedCompany', () => {
  it.each<[string, string[], string | null]>([
    ['the one company written to', ['Kính gửi: Công ty cổ phần Đầu tư xây dựng hạ tầng cơ sở', 'Sở Công Thương nhận được Văn bản số 01/GM-HTCS ngày 17/3/2026.'], 'Công ty cổ phần Đầu tư xây dựng hạ tầng cơ sở'],
    [
      'the one the text calls "Công ty"',
      ['Sở Công Thương nhận được hồ sơ của Công ty cổ phần Mông Sơn (sau đây gọi tắt là Công ty) nộp ngày 16/7/2026 đề nghị cấp Giấy phép sử dụng vật liệu nổ công nghiệp.'],
      'Công ty cổ phần Mông Sơn',
    ],
    [
      'the one the text calls "Công ty", over the one written to',
      ['Kính gửi: Tổng công ty Xây dựng Trường Sơn', 'Hồ sơ của Công ty TNHH Hiệp Phú (sau đây gọi là “Công ty”) đã được tiếp nhận.'],
      'Công ty TNHH Hiệp Phú',
    ],
    ['written to, as a list of one', ['Kính gửi:', '- Công ty TNHH Hiệp Phú.', 'Sở Công Thương nhận được …'], 'Công ty TNHH Hiệp Phú'],
    ['written to several: none', ['Kính gửi:', '- Công ty TNHH Hiệp Phú;', '- Tổng công ty Xây dựng Trường Sơn.'], null],
    ['written to several on one line: none', ['Kính gửi: Công ty TNHH Hiệp Phú; Công ty cổ phần Mông Sơn'], null],
    ['written to a body, not a company: none', ['Kính gửi: Sở Tài chính tỉnh Lào Cai'], null],
    ['no addressee: none', ['Căn cứ Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 29/6/2024;'], null],
  ])('%s', (_, texts, company) => {
    expect(addressedCompany(texts)).toBe(company);
  });
});
