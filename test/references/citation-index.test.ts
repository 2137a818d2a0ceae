/**
 * The citation index over many plans (a pure function), on hand-made plans: one row per cited
 * document, the plans citing it and where, fields agreed across plans; and its JSON and CSV.
 */
import { describe, expect, it } from 'vitest';
import type { KhPlan, Reference } from '../../src/output/schema.js';
import { citationIndexCsv, citationIndexJson } from '../../src/references/citation-index-format.js';
import { buildCitationIndex } from '../../src/references/citation-index.js';
import { plan as planWith } from '../support/plan-builder.js';

type Where = [sectionId: string | null, location: 'basis' | 'body' | 'footnote' | 'unplaced', page: number | null, appendix?: string];

function ref(fields: Partial<Reference> & { canonical: string }, where: Where[]): Reference {
  return {
    id: 'ref-0',
    type: null,
    number: null,
    year: null,
    symbol: null,
    system: 'state',
    name: null,
    date: null,
    dateRaw: null,
    issuer: null,
    issuerKey: null,
    issuerFrom: null,
    term: null,
    subject: null,
    relation: where.some(([, location]) => location === 'basis') ? 'basis' : 'cited',
    ...fields,
    mentions: where.map(([sectionId, location, page, appendix]) => ({
      sectionId,
      location,
      text: fields.canonical,
      form: 'full',
      pinpoint: null,
      appendix: appendix ?? null,
      span: { start: 0, end: 1, page, line: 1 },
    })),
  };
}

/** A plan that cites `references`, and nothing else. */
function plan(path: string, number: string | null, symbol: string, references: Reference[]): KhPlan {
  return planWith(path, { number, symbol, title: `Kế hoạch ${path}` }, [], '0', references);
}

const CT33 = { canonical: '33/CT-TTg', type: 'Chỉ thị', number: '33', symbol: 'CT-TTg', date: '2021-11-26', issuer: 'Thủ tướng Chính phủ' };

const plans = [
  plan('a.pdf', '45', 'KH-SCT', [
    ref({ ...CT33, subject: 'Tiếp tục tăng cường' }, [[null, 'basis', 1], ['II.1', 'body', 2], ['II.1', 'footnote', 2]]),
    ref({ canonical: '31-KH/TU', type: 'Kế hoạch', number: '31', symbol: 'KH/TU', system: 'party', issuer: 'Tỉnh ủy', issuerFrom: 'code' }, [['III.2', 'body', 3]]),
  ]),
  plan('b.txt', null, 'KH-TT', [
    // the same document, its issuer only from the code here, its symbol typed in capitals
    ref({ ...CT33, canonical: '33/CT-TTG', issuer: 'Thủ tướng Chính phủ' }, [['I.1', 'body', null]]),
    ref({ canonical: '31-KH/TU', type: 'Kế hoạch', number: '31', symbol: 'KH/TU', system: 'party', date: '2021-03-19', issuer: 'Ban Thường vụ Tỉnh ủy' }, [['II', 'body', null]]),
    ref({ canonical: 'Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ', type: 'Luật', system: 'law', name: 'Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ' }, [['2', 'body', null]]),
  ]),
  plan('c.pdf', '1050', 'QĐ-SCT', [
    ref({ ...CT33 }, [[null, 'unplaced', 4, 'Phụ lục I']]),
    ref(
      { canonical: '42/2024/QH15', type: 'Luật', number: '42', year: 2024, symbol: 'QH15', system: 'law', name: 'Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ', date: '2024-06-29', issuer: 'Quốc hội' },
      [[null, 'basis', 1]],
    ),
    ref({ canonical: '31-KH/TU', type: 'Kế hoạch', number: '31', symbol: 'KH/TU', system: 'party', issuer: 'Tỉnh ủy' }, [['Điều 1', 'body', 1]]),
  ]),
  plan('d.txt', '12', 'KH-UBND', []),
];

describe('buildCitationIndex', () => {
  const rows = buildCitationIndex(plans);

  it('one row per cited document, the most cited first', () => {
    expect(rows.map((r) => [r.canonical, r.planCount, r.totalPlans])).toEqual([
      ['33/CT-TTg', 3, 4],
      ['31-KH/TU', 3, 4],
      ['42/2024/QH15', 2, 4],
    ]);
  });

  it('who cites it and where: sections, locations, appendices, pages', () => {
    expect(rows[0]!.citedBy).toEqual([
      { path: 'a.pdf', number: '45/KH-SCT', title: 'Kế hoạch a.pdf', relation: 'basis', sections: ['II.1'], locations: ['basis', 'body', 'footnote'], appendices: [], pages: [1, 2], mentions: 3 },
      { path: 'b.txt', number: null, title: 'Kế hoạch b.txt', relation: 'cited', sections: ['I.1'], locations: ['body'], appendices: [], pages: [], mentions: 1 },
      { path: 'c.pdf', number: '1050/QĐ-SCT', title: 'Kế hoạch c.pdf', relation: 'cited', sections: [], locations: ['unplaced'], appendices: ['Phụ lục I'], pages: [4], mentions: 1 },
    ]);
  });

  it('fields: the value most plans give, a date written by one plan', () => {
    expect(rows[0]).toMatchObject({ type: 'Chỉ thị', number: '33', symbol: 'CT-TTg', date: '2021-11-26', issuer: 'Thủ tướng Chính phủ', subject: 'Tiếp tục tăng cường' });
    expect(rows[1]).toMatchObject({ date: '2021-03-19', issuer: 'Tỉnh ủy', system: 'party' });
  });

  it('a law cited by name joins the law cited by number with that name', () => {
    expect(rows[2]).toMatchObject({ canonical: '42/2024/QH15', name: 'Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ', date: '2024-06-29' });
    expect(rows[2]!.citedBy.map((p) => p.path)).toEqual(['b.txt', 'c.pdf']);
  });

  it('no plans, no rows', () => {
    expect(buildCitationIndex([])).toEqual([]);
  });
});

describe('output formats', () => {
  const rows = buildCitationIndex(plans);

  it('JSON: an array, one row per line', () => {
    const json = citationIndexJson(rows);
    expect(JSON.parse(json)).toEqual(rows);
    expect(json.split('\n')).toHaveLength(rows.length + 3);
    expect(citationIndexJson([])).toBe('[]\n');
  });

  it('CSV: BOM, CRLF, quoted fields, the citing plans in one column', () => {
    const csv = citationIndexCsv(rows);
    expect(csv.startsWith('\uFEFFcanonical,type,number,year,symbol,system,name,date,issuer,subject,plans,of,cited_by\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(rows.length + 2);
    expect(lines[1]).toBe(
      '33/CT-TTg,Chỉ thị,33,,CT-TTg,state,,2021-11-26,Thủ tướng Chính phủ,Tiếp tục tăng cường,3,4,"a.pdf [basis] sections II.1 footnote pages 1, 2 | b.txt sections I.1 | c.pdf Phụ lục I pages 4"',
    );
    expect(lines[3]).toContain('"Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ"');
  });
});
