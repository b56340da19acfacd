import { describe, expect, it } from 'vitest';
import type { Cell, SheetGrid } from '../../shared/roster-import';
import { chooseTaskSheet, createUnitMatcher, readTaskSheet } from '../../shared/tasks';

/** readTaskSheet on grids as the readers hand them over (merged cells already filled in). */

const units = createUnitMatcher([{ id: 1, name: '办公室', parentId: null }, { id: 2, name: '财政局', parentId: null }]);
const grid = (rows: (readonly Cell[])[]): SheetGrid => ({ name: '任务清单', hidden: false, rows });
const read = (rows: (readonly Cell[])[]) => {
  const g = grid(rows);
  const chosen = chooseTaskSheet([g])!;
  return readTaskSheet(g, chosen.layout, { year: 2026, units });
};
const header = ['序号', '目标', '项目', '工作任务', '牵头单位', '完成时限'];

describe('readTaskSheet: a task over several rows', () => {
  it('node rows under a task left blank (not merged) stay with it; so do rows repeating the task without 序号', () => {
    const r = read([
      ['2026年重点工作任务'],
      header,
      [1, '目标一', '项目一', '任务甲', '办公室', '3月底前完成方案'],
      [null, '目标一', '项目一', null, null, '6月底前完成建设'],
      [null, '目标一', '项目一', '任务甲', null, '9月底前验收'],
      [2, '目标一', '项目一', '任务乙', '财政局', '年底前'],
    ]);
    expect(r.problems).toEqual([]);
    expect(r.tasks.map((t) => [t.title, t.rows, t.nodes.map((n) => n.dueOn)])).toEqual([
      ['任务甲', [3, 4, 5], ['2026-03-31', '2026-06-30', '2026-09-30']],
      ['任务乙', [6], ['2026-12-31']],
    ]);
  });

  it('a section line (目标 only) is skipped; a task without 牵头单位 or with an unknown 状态 is a row error, in column order', () => {
    const r = read([
      [...header, '状态'],
      [null, '一、目标一', null, null, null, null],
      [1, '一、目标一', '项目一', '任务甲', null, '3月底', '已完'],
    ]);
    expect(r.skipped).toEqual([{ row: 2, reason: '任务为空，视为目标或项目的标题行' }]);
    expect(r.problems).toEqual([
      { row: 3, message: '牵头单位：为空' },
      { row: 3, message: '状态：“已完”不是有效状态（应为未开始/推进中/已完成）' },
    ]);
    expect(r.tasks[0]!.goal).toBe('目标一');
  });

  it('a list without 目标 and 项目 columns puts its tasks under one of each, to be renamed', () => {
    const r = read([['工作任务', '牵头单位', '完成时限'], ['任务甲', '办公室', '3月底']]);
    expect(r.problems).toEqual([]);
    expect(r.tasks.map((t) => [t.goal, t.project, t.title])).toEqual([['未分目标的任务', '未分项目的任务', '任务甲']]);
  });
});
