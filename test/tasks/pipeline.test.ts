/**
 * Tasks through the whole pipeline: the bundled plans and the quyết định, and an appendix task
 * table in a markdown plan.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan, parsePlanText } from '../../src/index.js';

describe('unit keys across the bundled plans', async () => {
  const [sct, skhdt, thanhTra, decision] = await Promise.all(
    ['fixtures/plans/000-sct-dan-van-2022.txt', 'fixtures/plans/001-skhdt-dan-van-2022.txt', 'fixtures/plans/002-thanh-tra-dan-van-2025.pdf', 'fixtures/documents/qd-1696-ubnd-lao-cai-2026.pdf'].map((f) => parsePlan(f)),
  );
  const keysOf = (plan: typeof sct, name: string) => [...new Set(plan!.tasks.flatMap((t) => t.units.filter((u) => u.name === name).map((u) => u.key)))];

  it('"Văn phòng Sở" of two Sở are two units, in units and in leadKeys', () => {
    expect(keysOf(sct, 'Văn phòng Sở')).toEqual(['văn phòng sở công thương']);
    expect(keysOf(skhdt, 'Văn phòng Sở')).toEqual(['văn phòng sở kế hoạch và đầu tư']);
    expect(sct!.tasks.find((t) => t.lead.includes('Văn phòng Sở'))!.leadKeys).toEqual(['văn phòng sở công thương']);
    expect(skhdt!.tasks.find((t) => t.lead.includes('Văn phòng Sở'))!.leadKeys).toEqual(['văn phòng sở kế hoạch và đầu tư']);
  });

  it('002: the office of Thanh tra tỉnh Đồng Nai, the reports to UBND tỉnh through Sở Nội vụ', () => {
    const report = thanhTra!.tasks.find((t) => t.sectionId === 'IV.2')!;
    expect(report.units.map((u) => [u.role, u.name, u.key])).toEqual([
      ['lead', 'Văn phòng', 'văn phòng thanh tra tỉnh đồng nai'],
      ['reportTo', 'UBND tỉnh', 'uỷ ban nhân dân tỉnh đồng nai'],
      ['reportVia', 'Sở Nội vụ', 'sở nội vụ tỉnh đồng nai'],
    ]);
    expect(report.deadlines.map((d) => d.reportingPeriod?.raw)).toEqual(['6 tháng', '09 tháng', 'năm']);
  });

  it('000: a named person is kept with the title', () => {
    expect(sct!.tasks[0]!.units).toEqual([
      { role: 'lead', name: 'Lê Văn Lộc – Phó Giám đốc Sở', key: 'lê văn lộc - phó giám đốc sở công thương', standsFor: null, person: 'Lê Văn Lộc', title: 'Phó Giám đốc Sở' },
    ]);
  });

  it('QĐ 1696: the delegation of Điều 1, the yearly report of Điều 3.2.đ, the six units of Điều 4', () => {
    const by = (id: string) => decision!.tasks.filter((t) => t.sectionId === id);
    expect(by('Điều 1').map((t) => t.lead)).toEqual([['Giám đốc Sở Công Thương']]);
    expect(by('Điều 3.2.đ').map((t) => [t.kind, t.reportTo, t.deadlines.map((d) => d.rrule)])).toEqual([['report', ['Ủy ban nhân dân tỉnh'], ['FREQ=YEARLY']]]);
    expect(by('Điều 4')[0]!.lead).toHaveLength(6);
    expect(by('Điều 4')[0]!.units.map((u) => u.key)).toContain('chánh văn phòng uỷ ban nhân dân tỉnh lào cai');
    // the appendix table has a task column but no lead or time column: its title names who carries the tasks out
    expect(decision!.tasks.filter((t) => t.location === 'appendix').map((t) => [t.lead, t.leadFrom])).toEqual([
      [['GIÁM ĐỐC SỞ CÔNG THƯƠNG'], 'heading'],
      [['GIÁM ĐỐC SỞ CÔNG THƯƠNG'], 'heading'],
    ]);
  });
});

describe('an appendix task table in a markdown plan', () => {
  it('gives one task per row, located in the appendix, with no warning of its own', async () => {
    const plan = await parsePlanText(
      [
        'UBND TỈNH ĐỒNG NAI',
        'SỞ NỘI VỤ',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 12/KH-SNV',
        'Đồng Nai, ngày 10 tháng 01 năm 2026',
        '',
        'KẾ HOẠCH',
        'Thực hiện công tác cải cách hành chính năm 2026',
        '',
        'I. TỔ CHỨC THỰC HIỆN',
        '1. Các phòng, đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo.',
        '',
        'GIÁM ĐỐC',
        'Nguyễn Văn A',
        '',
        'PHỤ LỤC',
        'DANH MỤC NHIỆM VỤ',
        '',
        '| STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Sản phẩm |',
        '|---|---|---|---|---|---|',
        '| 1 | Rà soát thủ tục hành chính | Văn phòng Sở | Thanh tra Sở | Quý II/2026 | Báo cáo |',
        '| 2 | Báo cáo tình hình thực hiện | Văn phòng Sở | | Trước ngày 20 hằng tháng | Báo cáo |',
        '',
      ].join('\n'),
      { path: 'plan.md' },
    );
    const rows = plan.tasks.filter((t) => t.location === 'appendix');
    expect(rows.map((t) => [t.sectionId, t.text, t.lead, t.support, t.leadFrom, t.deadlines.map((d) => d.date ?? d.rrule)])).toEqual([
      [null, 'Rà soát thủ tục hành chính', ['Văn phòng Sở'], ['Thanh tra Sở'], 'label', ['2026-06-30']],
      [null, 'Báo cáo tình hình thực hiện', ['Văn phòng Sở'], [], 'label', ['FREQ=MONTHLY;BYMONTHDAY=20']],
    ]);
    expect(plan.appendices.map((a) => [a.label, a.title])).toEqual([['PHỤ LỤC', 'DANH MỤC NHIỆM VỤ']]);
    for (const t of rows) expect(plan.appendices[0]!.span.start <= t.span.start && t.span.end <= plan.appendices[0]!.span.end).toBe(true);
    expect(plan.unplaced).toEqual([]);
    expect(plan.warnings.filter((w) => w.code.startsWith('tasks/'))).toEqual([]);
  });
});

describe('a task table with no lead column in a markdown plan', () => {
  const planWith = (appendix: string[]) =>
    parsePlanText(
      [
        'UBND TỈNH LÀO CAI',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 20/QĐ-UBND',
        'Lào Cai, ngày 10 tháng 01 năm 2026',
        '',
        'QUYẾT ĐỊNH',
        'Về việc giao nhiệm vụ năm 2026',
        '',
        'Điều 1. Giao nhiệm vụ tại Phụ lục kèm theo Quyết định này.',
        '',
        'TM. ỦY BAN NHÂN DÂN',
        'CHỦ TỊCH',
        'Nguyễn Văn A',
        '',
        ...appendix,
      ].join('\n'),
      { path: 'qd.md' },
    );
  const table = ['| STT | Nội dung nhiệm vụ | Ghi chú |', '|---|---|---|', '| I | Lĩnh vực công thương | |', '| 1 | Cấp giấy phép vận chuyển hàng hóa nguy hiểm | |', '| 2 | Cấp chứng chỉ kiểm định viên | |'];
  const appendixTasks = async (appendix: string[]) =>
    (await planWith(appendix)).tasks.filter((t) => t.location === 'appendix').map((t) => [t.text, t.lead, t.leadFrom]);

  it('takes the unit its appendix title names as the lead of each row, also when the title wraps', async () => {
    expect(await appendixTasks(['PHỤ LỤC', 'DANH MỤC NHIỆM VỤ GIAO CHO SỞ CÔNG', 'THƯƠNG THỰC HIỆN NĂM 2026', '', ...table])).toEqual([
      ['Cấp giấy phép vận chuyển hàng hóa nguy hiểm', ['SỞ CÔNG THƯƠNG'], 'heading'],
      ['Cấp chứng chỉ kiểm định viên', ['SỞ CÔNG THƯƠNG'], 'heading'],
    ]);
  });

  it('gives no task when the title names nobody', async () => {
    expect(await appendixTasks(['PHỤ LỤC', 'DANH MỤC NHIỆM VỤ NĂM 2026', '', ...table])).toEqual([]);
  });

  it('a lead column wins over the title', async () => {
    const withLead = ['| STT | Nội dung nhiệm vụ | Đơn vị chủ trì |', '|---|---|---|', '| 1 | Cấp chứng chỉ kiểm định viên | Phòng Kỹ thuật |'];
    expect(await appendixTasks(['PHỤ LỤC', 'NHIỆM VỤ GIAO CHO SỞ CÔNG THƯƠNG THỰC HIỆN', '', ...withLead])).toEqual([['Cấp chứng chỉ kiểm định viên', ['Phòng Kỹ thuật'], 'label']]);
  });
});
