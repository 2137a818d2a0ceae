/**
 * A real quyết định from a provincial e-office system (corpus QD-1696, Lào Cai 2026): a two-column
 * header whose columns come interleaved, a blank number, Điều-structured body, a TM. signature and an
 * appendix table. Expected values written by reading the PDF.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

describe('quyết định from the e-office system', () => {
  const parsed = parsePlan('fixtures/documents/qd-1696-ubnd-lao-cai-2026.pdf');

  it('reads the header', async () => {
    const { document } = await parsed;
    expect(document).toMatchObject({
      type: 'Quyết định',
      number: null,
      symbol: 'QĐ-UBND',
      issuer: { name: 'ỦY BAN NHÂN DÂN TỈNH LÀO CAI', parent: null, inferred: false },
      place: 'Lào Cai',
      date: { iso: null, year: 2026, month: 4, day: null },
    });
    expect(document.title).toBe(
      'Về việc ủy quyền cho Giám đốc Sở Công Thương thực hiện một số nhiệm vụ, quyền hạn của UBND tỉnh trong lĩnh vực an toàn vệ sinh lao động và vận chuyển hàng hóa nguy hiểm trên địa bàn tỉnh Lào Cai',
    );
  });

  it('reads the articles as sections', async () => {
    const { sections } = await parsed;
    expect(sections.map((s) => [s.id, s.kind])).toEqual([
      ['Điều 1', 'dieu'],
      ['Điều 2', 'dieu'],
      ['Điều 3', 'dieu'],
      ['Điều 4', 'dieu'],
    ]);
    expect(sections[0]!.heading).toBe('Nội dung, phạm vi ủy quyền');
    const article3 = sections[2]!;
    expect(article3.children.map((c) => c.id)).toEqual(['Điều 3.1', 'Điều 3.2']);
    expect(article3.children[1]!.children.map((c) => c.label)).toEqual(['a)', 'b)', 'c)', 'd)', 'đ)']);
  });

  it('reads the legal basis', async () => {
    const plan = await parsed;
    const basis = plan.references.filter((r) => r.relation === 'basis').map((r) => [r.type, r.canonical, r.date, r.issuer]);
    for (const expected of [
      ['Luật', 'Luật Tổ chức chính quyền địa phương', '2025-06-16', null],
      ['Nghị định', '146/2025/NĐ-CP', '2025-06-12', 'Chính phủ'],
      ['Nghị định', '34/2024/NĐ-CP', '2024-03-31', 'Chính phủ'],
      ['Nghị định', '161/2024/NĐ-CP', '2024-12-18', 'Chính phủ'],
      ['Nghị định', '105/2025/NĐ-CP', '2025-05-15', 'Chính phủ'],
      ['Nghị định', '16/2026/NĐ-CP', '2026-01-14', 'Chính phủ'],
      ['Thông tư', '38/2025/TT-BCT', '2025-06-19', 'Bộ trưởng Bộ Công Thương'],
      ['Thông tư', '15/2026/TT-BCT', '2026-03-25', 'Bộ trưởng Bộ Công Thương'],
      ['Quyết định', '555/QĐ-BCT', '2026-03-26', 'Bộ Công Thương'],
      ['Quyết định', '1522/QĐ-UBND', '2026-05-04', 'Ủy ban nhân dân tỉnh Lào Cai'],
      ['Quyết định', '05/2025/QĐ-UBND', '2025-07-01', 'UBND tỉnh Lào Cai'],
      ['Tờ trình', '1856/TTr-SCT', '2026-04-08', 'Sở Công Thương'],
    ]) {
      expect(basis).toContainEqual(expected);
    }
  });

  it('reads the tasks of Điều 3 under the unit named in its heading', async () => {
    const { tasks } = await parsed;
    const director = tasks.filter((t) => t.sectionId?.startsWith('Điều 3.2.'));
    expect(director.map((t) => [t.sectionId, t.lead, t.leadFrom])).toEqual(
      ['a', 'b', 'c', 'd', 'đ'].map((l) => [`Điều 3.2.${l}`, ['Giám đốc Sở Công Thương'], 'heading']),
    );
    expect(director[4]!.deadlines.map((d) => [d.kind, d.recurrence])).toEqual([['recurring', 'P1Y']]);
  });

  it('reads recipients and the signature', async () => {
    const plan = await parsed;
    expect(plan.signature).toMatchObject({ authority: 'TM.', titles: ['ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Nguyễn Tuấn Anh' });
    expect(plan.recipients[0]).toBe('Như Điều 4');
    expect(plan.recipients).toContain('Lưu: VT, KT (Long)');
  });

  it('reads the appendix after the closing: its label, its title in capitals over three lines, its table; nothing unplaced', async () => {
    const plan = await parsed;
    expect(plan.appendices).toHaveLength(1);
    const [appendix] = plan.appendices;
    expect(appendix!.label).toBe('PHỤ LỤC');
    expect(appendix!.title).toBe(
      'DANH MỤC NHIỆM VỤ QUYỀN HẠN TRONG LĨNH VỰC AN TOÀN VỆ SINH LAO ĐỘNG; VẬN CHUYỂN HÀNG HÓA NGUY HIỂM THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA UBND TỈNH, ỦY QUYỀN CHO GIÁM ĐỐC SỞ CÔNG THƯƠNG THỰC HIỆN',
    );
    expect(appendix!.paragraphs[0]!.text).toBe('PHỤ LỤC:');
    expect(appendix!.paragraphs.some((p) => p.text.startsWith('| STT | NỘI DUNG NHIỆM VỤ ỦY QUYỀN |'))).toBe(true);
    expect(appendix!.span).toMatchObject({ start: appendix!.paragraphs[0]!.span.start, page: 3 });
    expect(plan.unplaced).toEqual([]);
    expect(plan.warnings.filter((w) => w.code === 'structure/unplaced-text')).toEqual([]);
  });
});
