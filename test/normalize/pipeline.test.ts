/**
 * The normalize stage inside the pipeline: repairs are reported as info messages with their
 * position and counted in `fixes`, never as warnings; units and issuers carry their match keys.
 */
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../src/index.js';
import { createInputFile, extractStage, normalizeStage } from '../../src/pipeline/stages.js';

const PLAN = [
  'KẾ HOẠCH',
  'Thực hiện công tác dân vận năm 2025',
  'Căn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ; Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng (khoá XI), UBND xã xây dựng kế hoạch như sau:',
  'I. NHIỆM VỤ',
  '1. Giao Uỷ ban Mặt trận Tổ quốc xã chủ trì tuyên truyền Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XI).',
  '2. Giao Ủy ban Mặt trận Tổ quốc xã phối hợp với Sở Khoa hoc\u0323 và Công nghê \u0323(KH&CN) kiểm tra, báo cáo trước ngày 15/5.',
  '3. Giao Đảng uỷ xã chủ trì, phối hợp với Đảng ủy phường rà soát.',
].join('\n');

describe('repairs in the pipeline', () => {
  it('are counted in fixes and are not warnings', async () => {
    const plan = await parsePlanText(PLAN);
    expect(plan.fixes).toEqual({ 'normalize/tone-mark-moved': 1, 'normalize/tone-mark-reattached': 1 });
    expect(plan.warnings.filter((w) => w.code.startsWith('normalize/'))).toEqual([]);
  });

  it('are info messages on the file, positioned in the normalized text', async () => {
    const file = createInputFile(new TextEncoder().encode(PLAN), null);
    await extractStage(file);
    await normalizeStage(file);
    const text = String(file.value);
    const infos = file.messages.filter((m) => m.fatal === undefined);
    expect(infos.map((m) => [m.source, m.ruleId])).toEqual([
      ['normalize', 'tone-mark-moved'],
      ['normalize', 'tone-mark-reattached'],
    ]);
    const slices = infos.map((m) => text.slice(m.place && 'start' in m.place ? m.place.start.offset : 0, m.place && 'end' in m.place ? m.place.end.offset : 0));
    expect(slices).toEqual(['học', 'nghệ']);
    expect(infos[0]!.reason).toBe('tone mark moved to the vowel that carries it: "hoc̣" → "học"');
  });
});

describe('match keys in the output', () => {
  it('units written in either tone style get the same key', async () => {
    const plan = await parsePlanText(PLAN);
    const [first, second, third] = plan.tasks;
    expect(first!.lead).toEqual(['Uỷ ban Mặt trận Tổ quốc xã']);
    expect(second!.lead).toEqual(['Ủy ban Mặt trận Tổ quốc xã']);
    expect(first!.leadKeys).toEqual(['uỷ ban mặt trận tổ quốc xã']);
    expect(second!.leadKeys).toEqual(first!.leadKeys);
    expect(third!.leadKeys).toEqual(['đảng uỷ xã']);
    expect(third!.supportKeys).toEqual(['đảng uỷ phường']);
  });

  it('references carry the key of their issuer; the term is read in either style', async () => {
    const plan = await parsePlanText(PLAN);
    const directive = plan.references.find((r) => r.canonical === '33/CT-TTg')!;
    expect(directive.issuerKey).toBe('thủ tướng chính phủ');
    const resolution = plan.references.find((r) => r.canonical === '25-NQ/TW')!;
    expect(resolution.mentions).toHaveLength(2);
    expect(resolution.term).toBe('khóa XI');
    expect(resolution.issuerKey).toBe('ban chấp hành trung ương đảng');
  });
});
