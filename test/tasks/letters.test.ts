/**
 * Tasks through the whole pipeline in letters to companies, from the shared corpus of a provincial
 * Sở Công Thương: a notice of inspection results (TB 1894/TB-SCT, the PDF as printed through
 * Ghostscript) and a letter returning a licence application (công văn 4378/SCT-CN, its text as
 * `kh-parse text` reads the PDF). Expected values written by reading the documents.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan, parsePlanText } from '../../src/index.js';

describe('TB 1894/TB-SCT: the requirements after "… yêu cầu đơn vị nêu trên thực hiện một số nội dung sau:"', async () => {
  const plan = await parsePlan('fixtures/letters/tb-1894-sct-lao-cai-2026.pdf');

  it('each requirement is a task of the one asked; the one that names "Công ty" keeps it', () => {
    expect(plan.tasks.map((t) => [t.sectionId, t.lead, t.leadFrom, t.text.slice(0, 40)])).toEqual([
      ['2.-1', ['Công ty'], 'text', 'Đề nghị Công ty tiếp tục tăng cường công'],
      ['2.-2', ['đơn vị nêu trên'], 'heading', 'Tiếp tục thực hiện giám sát việc lập hộ '],
      ['2.-3', ['đơn vị nêu trên'], 'heading', 'Về kho VLNCN: Tăng cường rà soát, bổ sun'],
      ['2.-4', ['đơn vị nêu trên'], 'heading', 'Nghiêm chỉnh chấp hành, thực hiện đúng c'],
    ]);
  });

  const INSPECTED = ['Công ty cổ phần Xây dựng giao thông Yên Bái', 'Tổng công ty Xây dựng Trường Sơn', 'Công ty TNHH Hiệp Phú'];

  it('"đơn vị nêu trên" stands for the three companies section 1 lists ("… của các đơn vị: Công ty … (Gói thầu …); …"), each with its key', () => {
    for (const task of plan.tasks.slice(1)) {
      expect(task.units).toEqual(
        INSPECTED.map((company) => ({ role: 'lead', name: 'đơn vị nêu trên', key: company.toLowerCase(), standsFor: company, person: null, title: null })),
      );
      expect(task.leadKeys).toEqual(INSPECTED.map((company) => company.toLowerCase()));
    }
  });

  it('written to the three, its bare "Công ty" stands for each of them, not for one', () => {
    expect(plan.tasks[0]!.units.map((u) => [u.name, u.standsFor])).toEqual(INSPECTED.map((company) => ['Công ty', company]));
  });
});

describe('công văn 4378/SCT-CN: "… và đề nghị Công ty hoàn thiện các nội dung sau:" before its numbered points', async () => {
  const plan = await parsePlan('fixtures/letters/cv-4378-sct-lao-cai-2026.txt');

  it('the points, and the requests inside them, are the company’s tasks', () => {
    expect(plan.tasks.map((t) => [t.sectionId, t.lead, t.leadFrom, t.text.slice(0, 40)])).toEqual([
      ['1', ['Công ty'], 'heading', 'Hiệu chỉnh Phương án nổ mìn số 01/PANM-M'],
      ['1', ['Công ty'], 'text', 'Đề nghị Công ty hiệu chỉnh thống nhất cá'],
      ['1', ['Công ty'], 'text', 'Trường hợp do năng lực thiết bị hiện có '],
      ['2', ['Công ty'], 'heading', 'Rà soát, sửa lỗi số liệu trong Phương án'],
      ['3', ['Công ty'], 'heading', 'Ghi rõ số lượng theo từng chủng loại VLN'],
      ['3', ['Công ty'], 'text', 'đề nghị Công ty tách số lượng theo từng '],
      ['3', ['Công ty'], 'text', 'Sau khi hoàn thiện đầy đủ các nội dung n'],
    ]);
  });

  it('"Công ty" is keyed as the company the letter is written to (and calls so)', () => {
    expect(new Set(plan.tasks.flatMap((t) => t.units.map((u) => [u.key, u.standsFor].join(' | '))))).toEqual(new Set(['công ty cổ phần mông sơn | Công ty cổ phần Mông Sơn']));
  });
});

describe('QĐ 1050/QĐ-SCT: the duties of the Đoàn kiểm tra it sets up (the PDF as printed through Ghostscript)', async () => {
  const plan = await parsePlan('fixtures/pdf-fonts/QD-1050-kiem-tra-VLNCN-2026.pdf');

  it('"Đoàn kiểm tra thực hiện nhiệm vụ …, trong đó tập trung:" gives it the items; a power and a statement are no tasks', () => {
    expect(plan.tasks.map((t) => [t.sectionId, t.lead, t.leadFrom, t.kind, t.reportTo])).toEqual([
      ['Điều 3.1', ['Đoàn kiểm tra'], 'heading', 'assignment', []],
      ['Điều 3.2', ['Đoàn kiểm tra'], 'heading', 'assignment', []],
      ['Điều 3.3', ['Đoàn kiểm tra'], 'heading', 'assignment', []],
      ['Điều 3.4', ['Đoàn kiểm tra'], 'heading', 'assignment', []],
      ['Điều 3.5', ['Đoàn kiểm tra'], 'heading', 'assignment', []],
      // "sau khi kết thúc đợt kiểm tra" is when, not to whom
      ['Điều 3.6', ['Đoàn kiểm tra'], 'heading', 'report', ['Giám đốc Sở']],
      // 3.7 "Đoàn kiểm tra được sử dụng con dấu …" is a power; 5.1 "Đoàn kiểm tra tự giải thể …" a statement
      // 3.8 "Nhiệm vụ cụ thể của các thành viên … do Trưởng đoàn phân công": the one "do" names
      ['Điều 3.8', ['Trưởng đoàn'], 'text', 'assignment', []],
      [
        'Điều 5.2',
        ['Chánh Văn phòng Sở', 'Trưởng phòng Quản lý công nghiệp', 'các tổ chức cá nhân có liên quan', 'các ông/bà có tên tại Điều 1'],
        'text',
        'assignment',
        [],
      ],
    ]);
  });
});

/** A letter of a Sở in the style of công văn 4378/SCT-CN: to `to` (the "Kính gửi" lines), asking `ask`. */
function letter(to: string[], ask: string) {
  return parsePlanText(
    ['SỞ CÔNG THƯƠNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 12/SCT-CN', 'V/v kiểm tra kho VLNCN', '', ...to, '', 'Sở Công Thương nhận được báo cáo.', '', ask, '', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.'].join('\n'),
    { path: 'cv-12.txt' },
  );
}

describe('a letter to several companies (written in the style of công văn 4378/SCT-CN)', () => {
  it('"các Công ty" stands for each company written to', async () => {
    const plan = await letter(['Kính gửi:', '- Công ty TNHH Hiệp Phú;', '- Công ty cổ phần Mông Sơn.'], 'Đề nghị các Công ty rà soát hồ sơ trước ngày 30/6/2026.');
    expect(plan.tasks.map((t) => [t.lead, t.leadKeys, t.deadlines.map((d) => d.date)])).toEqual([
      [['các Công ty'], ['công ty tnhh hiệp phú', 'công ty cổ phần mông sơn'], ['2026-06-30']],
    ]);
  });
});

describe('a letter\'s polite "Quý Công ty", "Quý cơ quan" (written in the style of công văn 4378/SCT-CN)', () => {
  it('"Quý Công ty" in a letter to one company stands for it', async () => {
    const plan = await letter(['Kính gửi: Công ty TNHH Hiệp Phú'], 'Đề nghị Quý Công ty rà soát hồ sơ trước ngày 30/6/2026.');
    expect(plan.tasks.map((t) => [t.lead, t.units.map((u) => [u.standsFor, u.key])])).toEqual([[['Quý Công ty'], [['Công ty TNHH Hiệp Phú', 'công ty tnhh hiệp phú']]]]);
  });

  it('"Quý cơ quan" in a letter to several bodies stands for each of them', async () => {
    const plan = await letter(['Kính gửi:', '- Sở Tài chính;', '- Sở Xây dựng.'], 'Đề nghị Quý cơ quan rà soát, có ý kiến trước ngày 30/6/2026.');
    expect(plan.tasks.map((t) => [t.lead, t.units.map((u) => u.standsFor)])).toEqual([[['Quý cơ quan'], ['Sở Tài chính', 'Sở Xây dựng']]]);
  });
});
