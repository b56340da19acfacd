import { describe, expect, test } from 'vitest';
import type { Person } from '../../shared/domain/person';
import type { RosterFieldKey } from '../../shared/domain/roster-fields';
import { classifyRows } from '../../shared/roster-import/classify-rows';
import { createRowValidationContext, validateRosterRow } from '../../shared/roster-import/row-validation';
import type { Cell } from '../../shared/roster-import/sheet-grid';
import { createUnitLookup, type UnitRef } from '../../shared/roster-import/unit-lookup';

const columns: RosterFieldKey[] = ['name', 'idNumber', 'staffNo', 'unitName', 'post'];
const ctx = createRowValidationContext(columns, { political: ['中共党员'], category: ['公务员'] });
const rows = (...data: Cell[][]) => data.map((cells, i) => validateRosterRow(cells, i + 2, ctx));

const units: UnitRef[] = [
  { id: 1, name: '机关', parentId: null },
  { id: 2, name: '办公室', parentId: 1 },
  { id: 3, name: '所属事业单位', parentId: null },
  { id: 4, name: '办公室', parentId: 3 },
  { id: 5, name: '工程科', parentId: 1 },
];

const person = (p: Partial<Person> & Pick<Person, 'id' | 'name' | 'unitId'>): Person => ({
  gender: null, birth: null, idNumber: null, staffNo: null, political: null, post: null, rank: null, postSince: null, category: null,
  isLeader: false, hireDate: null, probationEnd: null, note: null, status: '在职', statusDate: null, unitName: '',
  ethnicity: null, nativePlace: null, education: null, workStart: null, partySince: null, ...p,
});

const stored = [
  person({ id: 10, name: '张三', idNumber: '420302197503101014', unitId: 5, post: '科长' }),
  person({ id: 11, name: '李四', staffNo: 'A001', unitId: 5 }),
  person({ id: 12, name: '王五', unitId: 5, post: '科员' }),
  person({ id: 13, name: '赵六', unitId: 5 }),
  person({ id: 14, name: '赵六', unitId: 5 }),
];

describe('classifyRows', () => {
  test('matches by ID number, then 人员编号, then 姓名+单位 (with a warning)', () => {
    const result = classifyRows(
      rows(
        ['张三', '420302197503101014', null, '工程科', '副局长'],
        ['李四', null, 'A001', '工程科', null],
        ['王五', null, null, '工程科', '科员'],
        ['新人', null, null, '工程科', null],
      ),
      stored,
      createUnitLookup(units),
    );
    expect(result.rows.map((r) => r.status)).toEqual(['update', 'same', 'same', 'new']);
    // 性别 and 出生年月 were blank in the system: the ID number fills them.
    expect(result.rows[0]!.changes).toEqual([
      { field: 'gender', label: '性别', before: '', after: '男' },
      { field: 'birth', label: '出生年月', before: '', after: '1975.03' },
      { field: 'post', label: '职务', before: '科长', after: '副局长' },
    ]);
    expect(result.rows[2]!.warnings).toEqual(['没有身份证号，按姓名和单位匹配到系统中已有的「王五」，请核对是否同一人']);
    expect(result.newUnits).toEqual([]);
  });

  test('the same person twice in the file is an error on both rows, naming the other', () => {
    const result = classifyRows(
      rows(['甲', '420302197503101014', null, '工程科', null], ['乙', null, null, '工程科', null], ['甲', '420302197503101014', null, '工程科', null], ['乙', null, null, '工程科', null]),
      [],
      createUnitLookup(units),
    );
    expect(result.rows.map((r) => r.errors)).toEqual([
      ['与第4行是同一人（身份证号相同），请删除重复的行'],
      ['与第5行姓名和单位相同且都没有身份证号，无法区分是否同一人，请补填身份证号或删除重复的行'],
      ['与第2行是同一人（身份证号相同），请删除重复的行'],
      ['与第3行姓名和单位相同且都没有身份证号，无法区分是否同一人，请补填身份证号或删除重复的行'],
    ]);
  });

  test('what the ID number implies never overwrites a stored 性别 or 出生年月', () => {
    const withGender = [person({ id: 20, name: '钱七', idNumber: '420302197503101014', gender: '女', birth: '1975.04', unitId: 5 })];
    const result = classifyRows(rows(['钱七', '420302197503101014', null, '工程科', null]), withGender, createUnitLookup(units));
    expect(result.rows[0]!.status).toBe('same');
  });

  test('two namesakes in the unit and no ID: the row cannot be matched', () => {
    const result = classifyRows(rows(['赵六', null, null, '工程科', null]), stored, createUnitLookup(units));
    expect(result.rows[0]!.status).toBe('error');
    expect(result.rows[0]!.errors).toEqual(['系统中「工程科」有2名「赵六」，无法确定是哪一位，请填写身份证号或人员编号']);
  });

  test('an ambiguous unit name must be written as a path; new units are listed', () => {
    const result = classifyRows(
      rows(['甲', null, null, '办公室', null], ['乙', null, null, '机关/办公室', null], ['丙', null, null, '机关/新科', null], ['丁', null, null, '新单位', null]),
      [],
      createUnitLookup(units),
    );
    expect(result.rows.map((r) => r.status)).toEqual(['error', 'new', 'new', 'new']);
    expect(result.rows[0]!.errors[0]).toBe('单位「办公室」在系统中有2个（机关/办公室、所属事业单位/办公室），请写出上级单位，例如「机关/办公室」');
    expect(result.rows[1]!.draft?.unit).toEqual({ kind: 'existing', unitId: 2, label: '机关/办公室' });
    expect(result.rows[2]!.draft?.unit).toEqual({ kind: 'new', parentId: 1, create: ['新科'], label: '机关/新科' });
    expect(result.newUnits).toEqual(['机关/新科', '新单位']);
  });

  test('a shared unit name is settled by the person’s own unit (a re-imported export writes plain names)', () => {
    const inOffice = [person({ id: 30, name: '孙八', idNumber: '420302197503101014', gender: '男', birth: '1975.03', unitId: 4 })];
    const result = classifyRows(
      rows(['孙八', '420302197503101014', null, '办公室', null], ['新人', null, null, '办公室', null]),
      inOffice,
      createUnitLookup(units),
    );
    expect(result.rows[0]).toMatchObject({ status: 'same', errors: [] });
    expect(result.rows[1]!.errors).toEqual(['单位「办公室」在系统中有2个（机关/办公室、所属事业单位/办公室），请写出上级单位，例如「机关/办公室」']);
  });

  test('a 人员编号 that belongs to someone else is an error', () => {
    const result = classifyRows(rows(['新人', null, 'A001', '工程科', null]), stored, createUnitLookup(units));
    // Matched to 李四 by 人员编号: the name changes, with a warning to check it.
    expect(result.rows[0]!.status).toBe('update');
    expect(result.rows[0]!.changes).toEqual([{ field: 'name', label: '姓名', before: '李四', after: '新人' }]);
    expect(result.rows[0]!.warnings).toEqual(['姓名与系统中不同（系统中为「李四」），请核对']);
    const other = classifyRows(rows(['张三', '420302197503101014', 'A001', '工程科', null]), stored, createUnitLookup(units));
    expect(other.rows[0]!.errors).toEqual(['人员编号「A001」已被系统中的「李四」使用']);
  });
});
