import { describe, expect, test } from 'vitest';
import { chooseRosterSheet, describeSheet, findHeaderRow, looksLikeInstructionsSheet } from '../../shared/roster-import/header-detection';
import type { Cell, SheetGrid } from '../../shared/roster-import/sheet-grid';

const grid = (name: string, rows: Cell[][], hidden = false): SheetGrid => ({ name, rows, hidden });

const roster = grid('花名册', [
  ['某某区国防动员办公室在职人员花名册'],
  ['填报单位：某某区国防动员办公室', null, null, null, null, '填报日期：2026年11月'],
  [],
  ['序号', '姓名', '性别', '出生年月', '身份证号码', '部门', '职务'],
  [1, '张三', '男', '1975.03', '420302197503101014', '办公室', '主任'],
  [2, '李四', '女', '1980.06', '420302198006153424', '办公室', '科员'],
]);

describe('findHeaderRow', () => {
  test('the header below a title, a 填报单位 line and a blank line', () => {
    const h = findHeaderRow(roster);
    expect(h?.headerRow).toBe(4);
    expect(h?.score.fields).toBe(6);
    expect(h?.score.hasName).toBe(true);
  });

  test('a header on the first line (CSV)', () => {
    expect(findHeaderRow(grid('csv', [['姓名', '部门'], ['张三', '办公室']]))?.headerRow).toBe(1);
  });

  test('a two-row header with merged cells filled down: the row with more fields wins', () => {
    const g = grid('s', [
      ['姓名', '性别', '任职情况', null],
      ['姓名', '性别', '职务', '任职时间'],
      ['张三', '男', '主任', '2019.03'],
    ]);
    expect(findHeaderRow(g)?.headerRow).toBe(2);
  });

  test('a sheet without a header row gives null', () => {
    expect(findHeaderRow(grid('s', [['说明'], ['张三', '男']]))).toBeNull();
  });

  test('a data row that happens to contain a field name is not taken for the header', () => {
    const g = grid('s', [['姓名', '部门', '职务'], ['备注', '办公室', '科员']]);
    expect(findHeaderRow(g)?.headerRow).toBe(1);
  });
});

describe('choosing the roster sheet', () => {
  const instructions = grid('填表说明', [['填表说明'], ['1. 姓名：填写身份证上的姓名'], ['表头示例：'], ['姓名', '性别', '出生年月']]);

  test('a 填表说明 sheet before the roster is skipped', () => {
    expect(looksLikeInstructionsSheet('填表说明')).toBe(true);
    expect(looksLikeInstructionsSheet('花名册')).toBe(false);
    const sheets = [instructions, roster];
    const guesses = sheets.map(describeSheet);
    expect(guesses.map((g) => g.looksLikeRoster)).toEqual([false, true]);
    expect(chooseRosterSheet(guesses, sheets)).toBe(1);
  });

  test('a hidden sheet is never picked, an empty template neither', () => {
    const hidden = grid('旧花名册', roster.rows as Cell[][], true);
    const template = grid('模板', [['姓名', '性别', '部门']]);
    const sheets = [hidden, template, roster];
    const guesses = sheets.map(describeSheet);
    expect(guesses.map((g) => g.looksLikeRoster)).toEqual([false, false, true]);
    expect(chooseRosterSheet(guesses, sheets)).toBe(2);
  });

  test('no roster-like sheet: the first visible sheet with content', () => {
    const sheets = [grid('空', []), grid('数据', [['a', 'b']])];
    expect(chooseRosterSheet(sheets.map(describeSheet), sheets)).toBe(1);
  });
});
