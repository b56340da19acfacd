import { describe, expect, test } from 'vitest';
import { autoMapColumns, columnAliases, matchHeader, normalizeHeader } from '../../shared/roster-import/column-aliases';
import { applyMappingOverrides } from '../../shared/roster-import/column-mapping';
import { rosterFieldKeys, rosterFieldLabels } from '../../shared/domain/roster-fields';

const fieldOf = (header: string) => {
  const m = matchHeader(header);
  return m?.kind === 'field' ? m.field : m?.kind ?? null;
};

describe('matchHeader', () => {
  test.each([
    ['姓名', 'name'], ['名字', 'name'], ['姓　名', 'name'], ['*姓名', 'name'], ['姓 名：', 'name'],
    ['部门', 'unitName'], ['科室', 'unitName'], ['所在科室', 'unitName'], ['单位', 'unitName'], ['所在单位', 'unitName'],
    ['工作单位', 'unitName'], ['单位名称', 'unitName'], ['单位/科室', 'unitName'],
    ['出生年月', 'birth'], ['出生日期', 'birth'], ['出生时间', 'birth'], ['出生年月(YYYY.MM)', 'birth'], ['出生年月（年.月）', 'birth'],
    ['身份证号', 'idNumber'], ['身份证号码', 'idNumber'], ['公民身份号码', 'idNumber'], ['身份证', 'idNumber'], ['身份证号（18位）', 'idNumber'],
    ['人员类别', 'category'], ['编制类别', 'category'], ['身份类别', 'category'],
    ['职务', 'post'], ['现任职务', 'post'], ['职务名称', 'post'],
    ['职级', 'rank'], ['职务层次', 'rank'], ['级别', 'rank'],
    ['任现职时间', 'postSince'], ['任职时间', 'postSince'], ['任现职务时间', 'postSince'],
    ['政治面貌', 'political'], ['性别', 'gender'],
    ['人员编号', 'staffNo'], ['工号', 'staffNo'], ['编号', 'staffNo'],
    ['是否班子成员', 'isLeader'], ['班子成员', 'isLeader'], ['领导班子成员', 'isLeader'],
    ['入职时间', 'hireDate'], ['入职日期', 'hireDate'], ['到岗时间', 'hireDate'],
    ['试用期满', 'probationEnd'], ['试用期至', 'probationEnd'], ['转正时间', 'probationEnd'],
    ['备注', 'note'],
    ['民族', 'ethnicity'], ['民 族', 'ethnicity'],
    ['籍贯', 'nativePlace'], ['出生地', 'nativePlace'], ['籍贯（出生地）', 'nativePlace'],
    ['学历', 'education'], ['文化程度', 'education'], ['最高学历', 'education'], ['全日制学历', 'education'], ['*学历', 'education'],
    ['参加工作时间', 'workStart'], ['参加工作年月', 'workStart'], ['工作时间', 'workStart'], ['参加工作时间(YYYY.MM)', 'workStart'],
    ['入党时间', 'partySince'], ['入党年月', 'partySince'], ['入党日期', 'partySince'],
  ])('%s -> %s', (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });

  test('参加工作时间 (first job anywhere) is its own field, not 入职时间; 在职学历 stays an ignored column', () => {
    expect(fieldOf('参加工作时间')).toBe('workStart');
    expect(fieldOf('入职时间')).toBe('hireDate');
    expect(fieldOf('在职学历')).toBe('other');
    expect(fieldOf('序号')).toBe('other');
  });

  test('titles and unrelated text match nothing', () => {
    expect(fieldOf('某某办公室人员花名册')).toBeNull();
    expect(fieldOf('填报单位：某某办公室')).toBeNull();
    expect(fieldOf('')).toBeNull();
  });

  test('every label the roster export writes maps back to its field', () => {
    for (const key of rosterFieldKeys) expect(fieldOf(rosterFieldLabels[key])).toBe(key);
  });

  test('the alias table is data with no header listed twice', () => {
    const all = columnAliases.flatMap((a) => a.headers.map(normalizeHeader));
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('autoMapColumns', () => {
  test('maps known headers and leaves the others null', () => {
    expect(autoMapColumns(['序号', '姓名', '性别', '学位', '部门'])).toEqual([null, 'name', 'gender', null, 'unitName']);
  });

  test('民族, 籍贯, 学历, 参加工作时间 and 入党时间 are optional columns: a roster without them maps as before', () => {
    expect(autoMapColumns(['姓名', '民族', '籍贯', '学历', '参加工作时间', '入党时间', '科室'])).toEqual(['name', 'ethnicity', 'nativePlace', 'education', 'workStart', 'partySince', 'unitName']);
    expect(autoMapColumns(['姓名', '部门'])).toEqual(['name', 'unitName']);
  });

  test('学历 or 最高学历 wins over 全日制学历; 籍贯 over 出生地; 在职学历 is never taken', () => {
    expect(autoMapColumns(['姓名', '全日制学历', '在职学历', '最高学历'])).toEqual(['name', null, null, 'education']);
    expect(autoMapColumns(['姓名', '全日制学历', '在职学历'])).toEqual(['name', 'education', null]);
    expect(autoMapColumns(['出生地', '籍贯'])).toEqual([null, 'nativePlace']);
  });

  test('with both 单位 and 科室 the more specific 科室 is the unit', () => {
    expect(autoMapColumns(['姓名', '单位', '科室'])).toEqual(['name', null, 'unitName']);
    expect(autoMapColumns(['姓名', '所在科室', '工作单位'])).toEqual(['name', 'unitName', null]);
  });

  test('two spellings of one field: the first one wins', () => {
    expect(autoMapColumns(['姓名', '出生年月', '出生日期'])).toEqual(['name', 'birth', null]);
  });
});

describe('applyMappingOverrides', () => {
  const headers = ['姓名', '单位', '科室'];
  test('giving a field to another column takes it from the column that had it', () => {
    const r = applyMappingOverrides(['name', null, 'unitName'], { '1': 'unitName' }, headers);
    expect(r).toEqual({ ok: true, mapping: ['name', 'unitName', null] });
  });
  test('ignoring a column', () => {
    expect(applyMappingOverrides(['name', null, 'unitName'], { '2': null }, headers)).toEqual({ ok: true, mapping: ['name', null, null] });
  });
  test('two columns mapped to one field by the user is refused, naming both', () => {
    const r = applyMappingOverrides(['name', null, null], { '1': 'unitName', '2': 'unitName' }, headers);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toBe('第2列「单位」和第3列「科室」都对应了「单位/科室」，一个项目只能对应一列');
  });
  test('a column that does not exist is refused', () => {
    expect(applyMappingOverrides(['name'], { '5': 'note' }, ['姓名']).ok).toBe(false);
  });
});
