/**
 * A công văn with no numbered sections: its closing is read as a closing (the bullets of "Nơi nhận"
 * open no section), the text between its preamble and its closing is its `body` (one no-sections
 * warning, nothing unplaced), and the assignments and citations in that body are read there. Written like the công văn that travel with plans (no such
 * document is in the corpus; those there all have numbered sections).
 */
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../src/index.js';

const CONG_VAN = [
  'UBND TỈNH LÀO CAI',
  'SỞ CÔNG THƯƠNG',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 1234/SCT-QLCN',
  'Lào Cai, ngày 05 tháng 3 năm 2026',
  'V/v báo cáo tình hình sử dụng vật liệu nổ công nghiệp quý I năm 2026',
  '',
  'Kính gửi: Các tổ chức, doanh nghiệp sử dụng vật liệu nổ công nghiệp trên địa bàn tỉnh.',
  '',
  'Thực hiện Thông tư số 23/2024/TT-BCT ngày 07/11/2024 của Bộ Công Thương quy định về quản lý, sử dụng vật liệu nổ công nghiệp, Sở Công Thương đề nghị các tổ chức, doanh nghiệp báo cáo tình hình sử dụng vật liệu nổ công nghiệp quý I năm 2026.',
  'Giao Phòng Quản lý Công nghiệp theo dõi, tổng hợp, báo cáo Giám đốc Sở trước ngày 31/3/2026.',
  'Sở Công Thương đề nghị các đơn vị quan tâm thực hiện./.',
  '',
  'Nơi nhận:',
  '- Như trên;',
  '- Lưu: VT, QLCN.',
  '',
  'KT. GIÁM ĐỐC',
  'PHÓ GIÁM ĐỐC',
  'Hoàng Văn Thuân',
].join('\n');

describe('a công văn without numbered sections', async () => {
  const plan = await parsePlanText(CONG_VAN, { path: 'cong-van.txt' });

  it('reads its closing: recipients and signature, and no section from the bullets of "Nơi nhận"', () => {
    expect(plan.sections).toEqual([]);
    expect(plan.recipients).toEqual(['Như trên', 'Lưu: VT, QLCN']);
    expect(plan.signature).toMatchObject({ authority: 'KT.', titles: ['GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Hoàng Văn Thuân' });
    expect(plan.warnings.map((w) => w.code)).toContain('structure/no-sections');
  });

  it('reads the assignments of its body, outside any section', () => {
    expect(plan.tasks.map((t) => [t.sectionId, t.location, t.lead, t.deadlines.map((d) => d.date)])).toContainEqual([null, 'body', ['Phòng Quản lý Công nghiệp'], ['2026-03-31']]);
  });

  it('keeps the text between its preamble and its closing as its body, not as unplaced text', () => {
    expect(plan.body?.paragraphs.map((p) => p.text.slice(0, 30))).toEqual([
      'Thực hiện Thông tư số 23/2024/',
      'Giao Phòng Quản lý Công nghiệp',
      'Sở Công Thương đề nghị các đơn',
    ]);
    expect(plan.body?.span).toMatchObject({ start: plan.body!.paragraphs[0]!.span.start, end: plan.body!.paragraphs[2]!.span.end, line: 11 });
    expect(plan.unplaced).toEqual([]);
    expect(plan.warnings.map((w) => w.code)).toEqual(['structure/no-sections']);
  });

  it('cites from its body', () => {
    expect(plan.references.map((r) => [r.canonical, r.mentions.map((m) => [m.location, m.sectionId])])).toEqual([['23/2024/TT-BCT', [['body', null]]]]);
  });
});

describe('a plan with sections', () => {
  it('has no body of its own: its text is in its sections', async () => {
    const withSection = await parsePlanText(CONG_VAN.replace('Giao Phòng Quản lý Công nghiệp', '1. Giao Phòng Quản lý Công nghiệp'), { path: 'cong-van.txt' });
    expect(withSection.body).toBeNull();
  });
});

describe('a công văn to several, one a line after "Kính gửi:"', async () => {
  const lines = CONG_VAN.split('\n');
  const at = lines.findIndex((l) => l.startsWith('Kính gửi:'));
  const toSeveral = [...lines.slice(0, at), 'Kính gửi:', '- Công ty TNHH Hiệp Phú;', '- Tổng công ty Xây dựng Trường Sơn.', ...lines.slice(at + 1)].join('\n');
  const plan = await parsePlanText(toSeveral, { path: 'cong-van.txt' });

  it('keeps its addressees in the preamble: their bullets open no section', () => {
    expect(plan.sections).toEqual([]);
    expect(plan.basisText).toBe('Kính gửi:\n- Công ty TNHH Hiệp Phú;\n- Tổng công ty Xây dựng Trường Sơn.');
  });

  it('a numbered section after them is still one', async () => {
    const numbered = await parsePlanText(toSeveral.replace('Giao Phòng Quản lý Công nghiệp', '1. Giao Phòng Quản lý Công nghiệp'), { path: 'cong-van.txt' });
    expect(numbered.basisText).toContain('- Tổng công ty Xây dựng Trường Sơn.');
    expect(numbered.sections.map((s) => s.id)).toEqual(['1']);
  });
});
