/**
 * Unit keys group the same unit across plans: the match key of a name is not enough ("Văn phòng
 * Sở" of two Sở are two offices; "UBND tỉnh" and "Ủy ban nhân dân tỉnh" are one body).
 */
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../src/output/schema.js';
import { personOf, taskUnit, unitContext, unitKey, type UnitContext } from '../../src/tasks/unit-keys.js';

function doc(issuer: string | null, place: string | null = null, parent: string | null = null): DocumentInfo {
  return {
    type: 'Kế hoạch',
    typeInferred: false,
    number: null,
    symbol: null,
    issuer: issuer === null ? null : { name: issuer, key: issuer.toLowerCase(), parent, inferred: false },
    place,
    date: null,
    title: null,
    period: null,
  };
}

// the contexts of the bundled documents
const SCT = unitContext(doc('Sở Công Thương')); // 000: no place, no header
const SKHDT = unitContext(doc('Sở Kế hoạch và Đầu tư')); // 001
const THANH_TRA = unitContext(doc('Thanh tra tỉnh', 'Đồng Nai')); // 002
const UBND_LAO_CAI = unitContext(doc('ỦY BAN NHÂN DÂN TỈNH LÀO CAI', 'Lào Cai')); // QĐ 1696

describe('unitContext', () => {
  it.each<[DocumentInfo, UnitContext]>([
    [doc('Thanh tra tỉnh', 'Đồng Nai'), { issuer: 'Thanh tra tỉnh', province: 'Đồng Nai' }],
    [doc('ỦY BAN NHÂN DÂN TỈNH LÀO CAI', 'Lào Cai'), { issuer: 'ỦY BAN NHÂN DÂN TỈNH LÀO CAI', province: 'LÀO CAI' }],
    [doc('SỞ NỘI VỤ', 'Biên Hòa', 'UBND TỈNH ĐỒNG NAI'), { issuer: 'SỞ NỘI VỤ', province: 'ĐỒNG NAI' }],
    [doc('Sở Công Thương'), { issuer: 'Sở Công Thương', province: null }],
    // a district body: its place is not a province
    [doc('UBND huyện Long Thành', 'Long Thành'), { issuer: 'UBND huyện Long Thành', province: null }],
  ])('%#', (document, context) => {
    expect(unitContext(document)).toEqual(context);
  });
});

describe('unitKey', () => {
  it.each<[string, UnitContext, string]>([
    // the issuer's own units
    ['Văn phòng Sở', SCT, 'văn phòng sở công thương'],
    ['Văn phòng Sở', SKHDT, 'văn phòng sở kế hoạch và đầu tư'],
    ['Văn phòng', SCT, 'văn phòng sở công thương'],
    ['Văn phòng', THANH_TRA, 'văn phòng thanh tra tỉnh đồng nai'],
    ['Phòng Nghiệp vụ 4', THANH_TRA, 'phòng nghiệp vụ 4 thanh tra tỉnh đồng nai'],
    ['các Phòng Nghiệp vụ thuộc Thanh tra tỉnh', THANH_TRA, 'các phòng nghiệp vụ thuộc thanh tra tỉnh đồng nai'],
    ['Các phòng, đơn vị trực thuộc Sở', SKHDT, 'các phòng, đơn vị trực thuộc sở kế hoạch và đầu tư'],
    ['Các phòng, đơn vị trực thuộc', SKHDT, 'các phòng, đơn vị trực thuộc sở kế hoạch và đầu tư'],
    ['Thanh tra Sở', SCT, 'thanh tra sở công thương'],
    // a team the issuer sets up, and its head (QĐ 1050): the issuer's, as its offices are
    ['Đoàn kiểm tra', SCT, 'đoàn kiểm tra sở công thương'],
    ['Trưởng đoàn', SCT, 'trưởng đoàn sở công thương'],
    ['Đoàn kiểm tra liên ngành của tỉnh', THANH_TRA, 'đoàn kiểm tra liên ngành của tỉnh đồng nai'],
    // "các tổ chức" (organisations) are not "các tổ" (teams) of the issuer
    ['các tổ chức cá nhân có liên quan', SCT, 'các tổ chức cá nhân có liên quan'],
    // bodies outside the issuer: acronyms spelled out, the province added when known
    ['UBND tỉnh', THANH_TRA, 'uỷ ban nhân dân tỉnh đồng nai'],
    ['Ủy ban nhân dân tỉnh', THANH_TRA, 'uỷ ban nhân dân tỉnh đồng nai'],
    ['UBND tỉnh', SCT, 'uỷ ban nhân dân tỉnh'],
    ['Sở Nội vụ', THANH_TRA, 'sở nội vụ tỉnh đồng nai'],
    ['Giám đốc Sở Công Thương', UBND_LAO_CAI, 'giám đốc sở công thương tỉnh lào cai'],
    ['Ủy ban nhân dân tỉnh', UBND_LAO_CAI, 'uỷ ban nhân dân tỉnh lào cai'],
    // written in capitals (an appendix title's lead, QĐ 1696): the same key as in sentence case
    ['GIÁM ĐỐC SỞ CÔNG THƯƠNG', UBND_LAO_CAI, 'giám đốc sở công thương tỉnh lào cai'],
    ['VĂN PHÒNG SỞ', SCT, 'văn phòng sở công thương'],
    // a bare "Công ty": the company the letter is written to, when it is known
    ['Công ty', { ...SCT, company: 'Công ty cổ phần Mông Sơn' }, 'công ty cổ phần mông sơn'],
    ['Công ty', SCT, 'công ty'],
    ['Công ty TNHH Hiệp Phú', { ...SCT, company: 'Công ty cổ phần Mông Sơn' }, 'công ty tnhh hiệp phú'],
    // "cấp tỉnh" is a level, not the province
    ['Thủ trưởng các sở, ban, ngành, đơn vị cấp tỉnh', UBND_LAO_CAI, 'thủ trưởng các sở, ban, ngành, đơn vị cấp tỉnh'],
  ])('%s', (name, context, key) => {
    expect(unitKey(name, context)).toBe(key);
  });

  it('groups the same unit across plans and tells different ones apart', () => {
    expect(unitKey('Văn phòng Sở', SCT)).not.toBe(unitKey('Văn phòng Sở', SKHDT));
    expect(unitKey('UBND tỉnh', THANH_TRA)).toBe(unitKey('Ủy ban nhân dân tỉnh', unitContext(doc('Sở Nội vụ', 'Đồng Nai'))));
    expect(unitKey('Văn phòng', SCT)).toBe(unitKey('Văn phòng Sở', SCT));
    expect(unitKey('Sở Nội vụ', THANH_TRA)).toBe(unitKey('Sở Nội vụ', unitContext(doc('ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI', 'Đồng Nai'))));
  });
});

describe('persons', () => {
  it('keeps a named person with the title, and keys them by name and resolved title', () => {
    expect(personOf('Lê Văn Lộc – Phó Giám đốc Sở')).toEqual({ person: 'Lê Văn Lộc', title: 'Phó Giám đốc Sở' });
    expect(taskUnit('lead', 'Lê Văn Lộc – Phó Giám đốc Sở', SCT)).toEqual({
      role: 'lead',
      name: 'Lê Văn Lộc – Phó Giám đốc Sở',
      key: 'lê văn lộc - phó giám đốc sở công thương',
      standsFor: null,
      person: 'Lê Văn Lộc',
      title: 'Phó Giám đốc Sở',
    });
  });
  it.each(['Văn phòng Sở', 'Phòng Kinh tế - Hạ tầng', 'Sở Lao động – Thương binh và Xã hội'])('not a person: %s', (name) => {
    expect(personOf(name)).toBeNull();
  });
});
