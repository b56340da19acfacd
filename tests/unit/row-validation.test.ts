import { describe, expect, test } from 'vitest';
import type { RosterFieldKey } from '../../shared/domain/roster-fields';
import { createRowValidationContext, validateRosterRow } from '../../shared/roster-import/row-validation';
import { skipReason } from '../../shared/roster-import/row-skipping';
import type { Cell } from '../../shared/roster-import/sheet-grid';
import { normalizeHeader } from '../../shared/roster-import/column-aliases';

const vocabulary = {
  political: ['中共党员', '中共预备党员', '共青团员', '民主党派', '无党派人士', '群众'],
  category: ['公务员', '参照公务员法管理', '事业', '工勤', '聘用'],
};
const columns: RosterFieldKey[] = ['name', 'gender', 'birth', 'idNumber', 'political', 'unitName', 'post', 'postSince', 'category', 'isLeader', 'hireDate', 'note', 'staffNo'];
const ctx = createRowValidationContext(columns, vocabulary);

/** One row, given by field; unlisted fields are blank. */
const row = (values: Partial<Record<RosterFieldKey, Cell>>): Cell[] => columns.map((f) => values[f] ?? null);
const validate = (values: Partial<Record<RosterFieldKey, Cell>>) => validateRosterRow(row(values), 7, ctx);

const zhang = { name: '张三', gender: '男', birth: '1975.03', idNumber: '420302197503101014', unitName: '办公室' } as const;

describe('validateRosterRow', () => {
  test('a clean row gives normalized fields and no messages', () => {
    const r = validate({ ...zhang, political: '党员', post: '主任', postSince: '2019.3', category: '参公', isLeader: '√', hireDate: '2003/7/1', note: ' 兼任\n书记 ', staffNo: '００１' });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.sheetRow).toBe(7);
    expect(r.fields).toEqual({
      name: '张三', gender: '男', birth: '1975.03', idNumber: '420302197503101014', unitName: '办公室', political: '中共党员',
      post: '主任', postSince: '2019.03', category: '参照公务员法管理', isLeader: true, hireDate: '2003-07-01', note: '兼任书记', staffNo: '001',
    });
  });

  test('blank cells are left out (the stored value is kept); gender and birth are derived from the ID number', () => {
    const r = validate({ name: '张三', idNumber: '420302197503101014', unitName: '办公室' });
    expect(r.errors).toEqual([]);
    expect(r.fields).toEqual({ name: '张三', idNumber: '420302197503101014', unitName: '办公室' });
    expect(r.derived).toEqual({ gender: '男', birth: '1975.03' });
  });

  test('姓名 and 单位/科室 are required', () => {
    expect(validate({ gender: '男' }).errors).toEqual(['姓名为空', '单位/科室为空']);
  });

  test('an ID number Excel stored as a number is an error that says what happened', () => {
    const r = validate({ ...zhang, idNumber: Number('420302198003127040') });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toContain('4.20302198003127E+17');
    expect(r.errors[0]).toContain('设为“文本”格式');
    expect(r.display.idNumber).toBe('4.20302198003127E+17');
  });

  test('gender and birth that disagree with the ID number are warnings, and the file’s values are kept', () => {
    const r = validate({ ...zhang, gender: '女', birth: '1976.03' });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual(['性别「女」与身份证号不符（身份证号显示为男）', '出生年月「1976.03」与身份证号中的出生日期（1975.03）不一致']);
    expect(r.fields.gender).toBe('女');
    expect(r.fields.birth).toBe('1976.03');
  });

  test('a value outside the vocabulary names the allowed values', () => {
    const r = validate({ ...zhang, category: '临时工', political: '无' });
    expect(r.errors).toEqual(['人员类别「临时工」不在可选范围内，可选：公务员、参照公务员法管理、事业、工勤、聘用']);
    expect(r.fields.political).toBe('群众');
  });

  test('an alias whose target is not in the vocabulary is not accepted', () => {
    const narrow = createRowValidationContext(columns, { political: ['中共党员'], category: ['公务员'] });
    const r = validateRosterRow(row({ ...zhang, political: '团员' }), 3, narrow);
    expect(r.errors).toEqual(['政治面貌「团员」不在可选范围内，可选：中共党员']);
  });

  test('unreadable dates, genders and 是/否 name the field and the value', () => {
    const r = validate({ ...zhang, birth: '1975.13', gender: '未知', isLeader: '也许', postSince: '去年' });
    expect(r.errors).toEqual([
      '性别「未知」无法识别，应为「男」或「女」',
      '出生年月「1975.13」月份 13 不存在，应写成 1985.06 这样的日期',
      '任现职时间「去年」无法识别为日期，应写成 2020.06 这样的日期',
      '是否班子成员「也许」无法识别，应填「是」或「否」',
    ]);
  });

  test('a legacy 15-digit ID is accepted with a warning', () => {
    const r = validate({ name: '老王', unitName: '办公室', idNumber: '420302800312537' });
    expect(r.errors).toEqual([]);
    expect(r.fields.idNumber).toBe('420302800312537');
    expect(r.warnings).toEqual(['身份证号是旧版15位号码，建议更新为18位']);
  });

  test('values longer than the database takes are errors', () => {
    expect(validate({ ...zhang, post: '职'.repeat(61) }).errors).toEqual(['职务超过60个字（现有61个字）']);
  });

  test('a unit path is kept with one kind of separator', () => {
    expect(validate({ ...zhang, unitName: ' 机关 ／ 办公室 ' }).fields.unitName).toBe('机关/办公室');
  });
});

describe('skipReason', () => {
  const headers = ['序号', '姓名', '部门'].map(normalizeHeader);
  const skip = (cells: Cell[]) => skipReason(cells, { nameColumn: 1, headers });
  test.each([
    [[], '空行'],
    [[null, '  ', '\u3000'], '空行'],
    [['合计', '共12人'], '合计行'],
    [['合 计', null, null], '合计行'],
    [[null, '共 12 人'], '合计行'],
    [['小计', null, '办公室'], '合计行'],
    [['序号', '姓名', '部门'], '重复的表头行'],
    [[1, 2, 3], '列序号行'],
    [['填表人：王小明', null, null, '审核人：李主任'], '表尾签名或说明行'],
  ])('%j -> %s', (cells, reason) => {
    expect(skip(cells as Cell[])).toBe(reason);
  });
  test('a person’s row is not skipped, even with 共 or 合计 elsewhere in it', () => {
    expect(skip([1, '张三', '办公室'])).toBeNull();
    expect(skip([1, '张合计', '合计科'])).toBeNull();
  });
});
