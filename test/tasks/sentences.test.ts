import { describe, expect, it } from 'vitest';
import { clauses, sentences, trimCut, type Cut } from '../../src/tasks/sentences.js';

/** Clauses as one pass over every character finds them (what `clauses` must give). */
function clausesByCharacter(text: string, cut: Cut): Cut[] {
  const out: Cut[] = [];
  let depth = 0;
  let from = cut.start;
  const push = (start: number, end: number) => {
    const c = trimCut(text, start, end);
    if (c.end > c.start) out.push(c);
  };
  for (let i = cut.start; i < cut.end; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ';' && depth === 0) {
      push(from, i);
      from = i + 1;
    }
  }
  push(from, cut.end);
  return out;
}

describe('clauses', () => {
  it.each([
    'Văn phòng chủ trì; Phòng Nghiệp vụ 1 phối hợp',
    'Giao Văn phòng (phối hợp; theo dõi) thực hiện; báo cáo',
    'a) một; b) hai; c) ba',
    'trước (ngày 5; (hoặc 6); ngày 7); sau đó; ',
    'không đóng (mở; vẫn mở; ',
    'đóng trước) rồi; mở (sau; ) xong; hết',
    ';;; ; (;) ;',
    'không có dấu chấm phẩy nào (ngoặc) cả',
    '*Giao Văn phòng;* _Thanh tra Sở_; ',
  ])('splits %j at the semicolons outside parentheses', (text) => {
    for (const cut of [{ start: 0, end: text.length }, ...sentences(text)]) {
      expect(clauses(text, cut)).toEqual(clausesByCharacter(text, cut));
    }
  });

  it('keeps to the sentence when semicolons and parentheses follow it', () => {
    const text = 'Một (hai; ba) bốn; năm. Sáu; (bảy; tám) chín; mười.';
    for (const cut of sentences(text)) expect(clauses(text, cut)).toEqual(clausesByCharacter(text, cut));
    for (let start = 0; start < text.length; start++) {
      for (let end = start; end <= text.length; end++) expect(clauses(text, { start, end })).toEqual(clausesByCharacter(text, { start, end }));
    }
  });
});
