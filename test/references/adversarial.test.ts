/**
 * No catastrophic backtracking: long adversarial strings made of the pieces the grammars react to
 * (numbers and slashes, type words, "số", commas in law names, pinpoint keywords, alias
 * parentheses, issuer words), with the invariants that must hold on any input. The test time
 * limit is the guard; nothing here measures time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../src/references/index.js';
import { CONTEXT, document } from './helpers.js';

const PIECES = [
  '1', '12', '/', '-', ' ', '\n', ',', ';', '.', '(', ')', '“', '”', ':', '2025', '/2025/', 'QĐ', 'KH', '-UBND', '/TW', 'NĐ-CP', 'QH15',
  'số ', 'Số: ', 'Luật ', 'Bộ luật ', 'Luật sửa đổi, bổ sung một số điều của ', 'Phòng', ', chống ', 'cháy, chữa cháy và ', 'Quản lý, sử dụng ',
  'Nghị định ', 'Kế hoạch ', 'Chỉ thị số 13', 'QCVN 01:2019/BCT', 'điểm a, ', 'khoản 2 ', 'Điều 3 ', 'của ', 'ngày ', '12/12/2013',
  'ngày 31/2/2022', ' của Ban Thường vụ Tỉnh ủy', 'Bộ Công', 'Thương', ' về ', '(sau đây gọi tắt là Nghị định 35)', 'Nghị định 35',
  'PHỤ LỤC', 'năm 2020', ' và ', 'Kế hoạch kiểm tra số ', 'tác hại của ', 'thuốc lá, bia',
];

/** Runs of one piece, thousands long: the shapes that make a backtracking regex explode. */
const RUNS = [
  '1/'.repeat(4000),
  '1-'.repeat(4000),
  'số '.repeat(4000),
  'Luật A, chống '.repeat(800),
  'Luật Phòng, '.repeat(1500),
  'điểm a, '.repeat(2000) + 'Nghị định số 1/2020/NĐ-CP',
  'khoản 1 Điều 2 '.repeat(1500) + 'Luật Đầu tư',
  '(sau đây gọi tắt là Nghị định 35) '.repeat(400) + 'Nghị định 35 '.repeat(400),
  'Nghị định số 35/2022/NĐ-CP (sau đây gọi tắt là Nghị định 35) '.repeat(300),
  'của Ban Thường vụ Tỉnh ủy '.repeat(800),
  `Quyết định số 1/QĐ-UBND về ${'“'.repeat(3000)}`,
  'Chỉ thị số 13 '.repeat(2000) + 'Chỉ thị số 13/CT-TTg',
  'QCVN 1:2019/BCT '.repeat(1500),
  'Kế hoạch kiểm tra kiểm tra kiểm tra '.repeat(800) + 'số 1/KH-UBND',
  `${'ngày '.repeat(3000)}12/12/2013`,
  'PHỤ LỤC\n'.repeat(2000),
];

function check(paragraphs: string[]): void {
  const doc = document(paragraphs.map((p, i) => [p, i % 2 === 0 ? 'unplaced' : 'body', i % 2 === 0 ? null : 'I.1']));
  const { references, warnings } = extractReferences(doc.blocks, CONTEXT);
  references.forEach((r, i) => {
    expect(r.id).toBe(`ref-${i + 1}`);
    for (const m of r.mentions) expect(doc.text.slice(m.range.start, m.range.end)).toBe(m.text);
  });
  for (const w of warnings) {
    expect(w.range!.start).toBeGreaterThanOrEqual(0);
    expect(w.range!.end).toBeLessThanOrEqual(doc.text.length);
  }
}

describe('adversarial input', () => {
  it.each(RUNS.map((run, i) => [i, run] as const))('run %i finishes with consistent output', (_, run) => {
    check([run]);
    check([run, run.slice(0, 2000)]);
  });

  it('long random strings of the grammar pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...PIECES), { minLength: 200, maxLength: 2000 }), { minLength: 1, maxLength: 4 }), (paragraphs) => {
        check(paragraphs.map((p) => p.join('')));
      }),
      { seed: 20261122, numRuns: 60 },
    );
  });
});
