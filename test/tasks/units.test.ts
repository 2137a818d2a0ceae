import { describe, expect, it } from 'vitest';
import { headingUnits } from '../../src/tasks/assignments.js';
import { splitPeople, splitUnits, startsWithUnit, unitRunEnd } from '../../src/tasks/units.js';

describe('splitUnits', () => {
  it.each<[string, string[]]>([
    // 002
    ['Văn phòng, các Phòng Nghiệp vụ thuộc Thanh tra tỉnh', ['Văn phòng', 'các Phòng Nghiệp vụ thuộc Thanh tra tỉnh']],
    // numbered units: the head as written in the source, "các" dropped
    ['các Phòng nghiệp vụ 1, 2, 4', ['Phòng nghiệp vụ 1', 'Phòng nghiệp vụ 2', 'Phòng nghiệp vụ 4']],
    ['các Phòng Nghiệp vụ 1, 2, 3', ['Phòng Nghiệp vụ 1', 'Phòng Nghiệp vụ 2', 'Phòng Nghiệp vụ 3']],
    ['Phòng Nghiệp vụ 1, 2 và 4', ['Phòng Nghiệp vụ 1', 'Phòng Nghiệp vụ 2', 'Phòng Nghiệp vụ 4']],
    ['Phòng Nghiệp vụ 4', ['Phòng Nghiệp vụ 4']],
    ['Chánh Văn phòng, các Trưởng Phòng Nghiệp vụ thuộc Thanh tra tỉnh', ['Chánh Văn phòng', 'các Trưởng Phòng Nghiệp vụ thuộc Thanh tra tỉnh']],
    // 001: one Phòng whose name lists several fields
    ['Phòng Tổng hợp, Quy hoạch, Kế hoạch', ['Phòng Tổng hợp, Quy hoạch, Kế hoạch']],
    ['Các phòng, đơn vị trực thuộc Sở', ['Các phòng, đơn vị trực thuộc Sở']],
    ['các phòng đơn vị có liên quan', ['các phòng đơn vị có liên quan']],
    ['Thủ trưởng các phòng, đơn vị trực thuộc', ['Thủ trưởng các phòng, đơn vị trực thuộc']],
    // 000
    ['cho Thanh tra Sở', ['Thanh tra Sở']],
    ['Trưởng các phòng, các đơn vị thuộc Sở', ['Trưởng các phòng, các đơn vị thuộc Sở']],
    // a title of one office does not make a group of what follows (QĐ 1050/QĐ-SCT, shared corpus)
    [
      'Chánh Văn phòng Sở, Trưởng phòng Quản lý công nghiệp, các tổ chức cá nhân có liên quan',
      ['Chánh Văn phòng Sở', 'Trưởng phòng Quản lý công nghiệp', 'các tổ chức cá nhân có liên quan'],
    ],
    ['Đảng ủy Sở và các đoàn thể', ['Đảng ủy Sở', 'các đoàn thể']],
    ['Sở Nội vụ, UBND tỉnh', ['Sở Nội vụ', 'UBND tỉnh']],
    // names with "và" and commas inside
    ['Sở Kế hoạch và Đầu tư', ['Sở Kế hoạch và Đầu tư']],
    ['Sở Văn hóa, Thể thao và Du lịch', ['Sở Văn hóa, Thể thao và Du lịch']],
    ['Văn phòng và Thanh tra Sở', ['Văn phòng', 'Thanh tra Sở']],
    ['UBND tỉnh (thông qua Sở Nội vụ, Sở Tài chính)', ['UBND tỉnh (thông qua Sở Nội vụ, Sở Tài chính)']],
    // from a UBND công văn in the shared corpus
    ['Sở Công Thương, chính quyền địa phương và cơ quan liên quan', ['Sở Công Thương', 'chính quyền địa phương', 'cơ quan liên quan']],
    ['Bộ Chỉ huy Quân sự tỉnh/Ban Chỉ huy Bộ đội Biên phòng tỉnh', ['Bộ Chỉ huy Quân sự tỉnh', 'Ban Chỉ huy Bộ đội Biên phòng tỉnh']],
    ['các đơn vị chức năng thuộc Bộ Quốc phòng, Sở Công Thương, Công an tỉnh', ['các đơn vị chức năng thuộc Bộ Quốc phòng', 'Sở Công Thương', 'Công an tỉnh']],
    ['Ủy ban nhân dân xã, phường', ['Ủy ban nhân dân xã, phường']],
  ])('%s', (phrase, units) => {
    expect(splitUnits(phrase)).toEqual(units);
  });
});

describe('splitPeople', () => {
  it.each<[string, string[]]>([
    ['Lê Văn Lộc – Phó Giám đốc Sở', ['Lê Văn Lộc – Phó Giám đốc Sở']],
    ['đồng chí Lê Văn Lộc – Phó Giám đốc Sở, đồng chí Trương Thị Mỹ Dung – Giám đốc Sở', ['Lê Văn Lộc – Phó Giám đốc Sở', 'Trương Thị Mỹ Dung – Giám đốc Sở']],
  ])('%s', (phrase, people) => {
    expect(splitPeople(phrase)).toEqual(people);
  });
});

/** A text that starts with `unit`, whose phrase ends at the action word `stop` (null: at no action word). */
function expectUnitRun(text: string, unit: string, stop: string | null): void {
  expect(startsWithUnit(text)).toBe(true);
  const run = unitRunEnd(text, 0);
  expect(text.slice(0, run.end).trim()).toBe(unit);
  expect(run.stop).toBe(stop);
}

describe('unit phrases in either tone style', () => {
  it.each([
    ['Uỷ ban nhân dân xã cụ thể hoá kế hoạch', 'Uỷ ban nhân dân xã'],
    ['Ủy ban nhân dân xã cụ thể hóa kế hoạch', 'Ủy ban nhân dân xã'],
  ])('%s: the unit ends at the verb, written either way', (text, unit) => {
    const run = unitRunEnd(text, 0);
    expect(text.slice(0, run.end).trim()).toBe(unit);
    expect(run.stop).toBe('cụ thể hoá');
  });
});

describe('a letter\'s polite "Quý" before a unit', () => {
  it.each([
    ['Quý Công ty rà soát hồ sơ', 'Quý Công ty', 'rà soát'],
    ['Quý cơ quan tổng hợp ý kiến', 'Quý cơ quan', 'tổng hợp'],
  ])('%s → %s', (text, unit, stop) => {
    expectUnitRun(text, unit, stop);
  });

  it('"Quý I" (a quarter) is no unit', () => {
    expect(startsWithUnit('Quý I năm 2026')).toBe(false);
  });
});

describe('nouns that start with an action word', () => {
  it.each([
    // "giao" (assign) ends a unit, "giao thông" (transport) does not (corpus TB-1894)
    ['Công ty cổ phần Xây dựng giao thông Yên Bái thực hiện', 'Công ty cổ phần Xây dựng giao thông Yên Bái', 'thực hiện'],
    ['Phòng Cảnh sát giao thông chủ trì', 'Phòng Cảnh sát giao thông', 'chủ trì'],
    ['Phòng giao dịch chủ trì', 'Phòng giao dịch', 'chủ trì'],
    ['Văn phòng giao Phòng Tổng hợp', 'Văn phòng', 'giao'],
  ])('%s → %s', (text, unit, stop) => {
    expectUnitRun(text, unit, stop);
  });
});

describe('units named by the work they are set up for', () => {
  it.each([
    // a team set up by the decision: its name is a head and what it does (corpus QD-1050)
    ['Đoàn kiểm tra thực hiện nhiệm vụ và quyền hạn theo quy định', 'Đoàn kiểm tra', 'thực hiện'],
    ['Đoàn thanh tra báo cáo kết quả', 'Đoàn thanh tra', 'báo cáo'],
    ['Tổ công tác tham mưu', 'Tổ công tác', 'tham mưu'],
    ['Tổ giúp việc tổng hợp báo cáo', 'Tổ giúp việc', 'tổng hợp'],
    ['Ban chỉ đạo chỉ đạo các địa phương', 'Ban chỉ đạo', 'chỉ đạo'],
    ['Ban tổ chức chuẩn bị hội trường', 'Ban tổ chức', 'chuẩn bị'],
    ['các Đoàn kiểm tra liên ngành báo cáo', 'các Đoàn kiểm tra liên ngành', 'báo cáo'],
    ['Hội đồng thẩm định tổng hợp ý kiến', 'Hội đồng thẩm định', 'tổng hợp'],
    ['Ban chỉ đạo xây dựng kế hoạch', 'Ban chỉ đạo', 'xây dựng'],
    ['Đoàn kiểm tra liên ngành của tỉnh báo cáo', 'Đoàn kiểm tra liên ngành của tỉnh', 'báo cáo'],
    ['Ban chỉ đạo 138 tỉnh chỉ đạo', 'Ban chỉ đạo 138 tỉnh', 'chỉ đạo'],
    // a word that is neither a name nor an action ends the name, with no action: not an assignment
    ['Đoàn kiểm tra tự giải thể sau khi hoàn thành nhiệm vụ.', 'Đoàn kiểm tra', null],
  ])('%s → %s', (text, unit, stop) => {
    expectUnitRun(text, unit, stop);
  });

  it.each(['Đoàn kết các tầng lớp nhân dân', 'Tổ chức thực hiện', 'Ban hành kế hoạch', 'Đoàn viên thanh niên'])('not a unit: %s', (text) => {
    expect(startsWithUnit(text)).toBe(false);
  });
});

describe('startsWithUnit', () => {
  it.each([
    'Văn phòng chủ trì',
    'Văn phòng, các Phòng Nghiệp vụ',
    'Phòng Nghiệp vụ 3 chủ trì',
    'Phòng nghiệp vụ 1',
    'Thanh tra Sở',
    'Thanh tra tỉnh',
    'Tổ Công vụ',
    'các Phòng Nghiệp vụ',
    'các phòng, đơn vị thuộc Sở',
    'các đơn vị thuộc Sở',
    'UBND tỉnh',
    'Sở Công Thương',
    'Thủ trưởng các phòng',
    'Chánh Văn phòng',
    'Trưởng các phòng',
    // heads match whatever the tone style: the list has Ủy ban, Đảng ủy, Tòa án once
    'Ủy ban nhân dân xã',
    'Uỷ ban nhân dân xã',
    'Đảng uỷ phường',
    'Toà án nhân dân tỉnh',
  ])('unit: %s', (text) => {
    expect(startsWithUnit(text)).toBe(true);
  });
  it.each([
    'Tổ chức thực hiện có hiệu quả các nghị quyết',
    'Lãnh đạo, chỉ đạo và tổ chức thực hiện tốt',
    'Phòng, chống tham nhũng',
    'Phòng chống tham nhũng',
    'Thanh tra, kiểm tra công vụ',
    'Ban hành kế hoạch',
    'Báo cáo kết quả',
    'Hội nghị được tổ chức',
    'Sở dĩ',
    'Trên 80% Phòng',
    'KINH PHÍ',
  ])('not a unit: %s', (text) => {
    expect(startsWithUnit(text)).toBe(false);
  });
});

describe('headingUnits', () => {
  it.each<[string, string[] | null]>([
    ['Đối với Văn phòng Sở', ['Văn phòng Sở']],
    ['Đối với các phòng, đơn vị thuộc Sở:', ['các phòng, đơn vị thuộc Sở']],
    ['Sở Tài chính', ['Sở Tài chính']],
    ['Sở Tài chính:', ['Sở Tài chính']],
    ['Văn phòng Sở có trách nhiệm:', ['Văn phòng Sở']],
    // "các tổ chức": organisations, not the verb "tổ chức" (công văn of UBND tỉnh Lào Cai on VLNCN, shared corpus)
    [
      'Trách nhiệm của các tổ chức, doanh nghiệp hoạt động trong lĩnh vực có liên quan đến VLNCN, TCTN',
      ['các tổ chức, doanh nghiệp hoạt động trong lĩnh vực có liên quan đến VLNCN, TCTN'],
    ],
    ['**Văn phòng, Thanh tra Sở**', ['Văn phòng', 'Thanh tra Sở']],
    ['TỔ CHỨC THỰC HIỆN', null],
    ['KINH PHÍ', null],
    ['Đối với công tác tuyên truyền', null],
    ['Văn phòng Sở có trách nhiệm theo dõi, đôn đốc', null],
    ['Thực hiện nề nếp quy chế công tác dân vận tại cơ quan, đơn vị.', null],
    ['Giao Văn phòng Sở theo dõi, đôn đốc triển khai và báo cáo kết quả thực hiện định kỳ theo quy định./.', null],
  ])('%s', (heading, units) => {
    expect(headingUnits(heading)).toEqual(units);
  });
});
