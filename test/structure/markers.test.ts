import { describe, expect, it } from 'vitest';
import { markerOf, romanValue, toRoman } from '../../src/structure/markers.js';

describe('markerOf', () => {
  it.each([
    ['I. MỤC ĐÍCH, YÊU CẦU', 'muc', 'I.', 1],
    ['IV. TỔ CHỨC THỰC HIỆN', 'muc', 'IV.', 4],
    ['Phần II. NỘI DUNG', 'part', 'Phần II', 2],
    ['Chương III. TỔ CHỨC THỰC HIỆN', 'chuong', 'Chương III', 3],
    ['Điều 1. Nội dung, phạm vi ủy quyền', 'dieu', 'Điều 1', 1],
    ['Điều 4. Quyết định này có hiệu lực thi hành kể từ ký.', 'dieu', 'Điều 4', 4],
    ['Điều 3 Quyết định này có hiệu lực kể từ ngày ký', 'dieu', 'Điều 3', 3],
    ['Điều 2 Hiệu lực thi hành', 'dieu', 'Điều 2', 2],
    ['1. Tiếp tục tăng cường và đổi mới', 'khoan', '1.', 1],
    ['2.1. Tuyên truyền', 'khoan', '2.1.', 1],
    ['3) Báo cáo', 'khoan', '3)', 3],
    ['a) Tăng cường công tác tuyên truyền', 'diem', 'a)', 1],
    ['đ) Tổ chức', 'diem', 'đ)', 5],
    ['e) Tổ chức', 'diem', 'e)', 6],
    ['b. Tổ chức', 'diem', 'b.', 2],
    ['(ii) các nội dung', 'diem', '(ii)', 2],
    ['- Sơ kết 05 năm thực hiện Chỉ thị', 'bullet', '-', null],
    ['– Tổng kết', 'bullet', '–', null],
    ['+ Thời gian', 'subbullet', '+', null],
    ['* Đảng bộ tỉnh', 'bullet', '*', null],
  ])('%j is a %s %j', (text, kind, label, ordinal) => {
    expect(markerOf(text)).toMatchObject({ kind, label, ordinal });
  });

  it.each([
    'Thực hiện Kế hoạch số 73/KH-UBND',
    '2022. Tiếp tục',
    '100% công chức',
    'Căn cứ tình hình thực tế',
    'Nơi nhận:',
    // a line that starts with the article a citation points into (a line break before "Điều")
    'Điều 17 Thông tư số 23/2024/TT-BCT ngày 07/11/2024 của Bộ Công Thương.',
    'Điều 38 Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ',
    'Điều 5 của Nghị định số 181/2024/NĐ-CP',
  ])('%j has no marker', (text) => {
    expect(markerOf(text)).toBeNull();
  });

  it('converts roman numerals both ways', () => {
    expect([1, 4, 9, 14, 40].map(toRoman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL']);
    expect(['I', 'IV', 'IX', 'XIV', 'XL'].map(romanValue)).toEqual([1, 4, 9, 14, 40]);
  });
});
