// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { QuarterGrid } from '../../shared/annual/views';
import { cellKey, fullGoodQuota, goodQuarters, withGrade, withQuota } from '../../renderer/pages/annual/quarters/quarter-cache';
import { quarterKeyCommand, quarterKeyLegend } from '../../renderer/pages/annual/quarters/quarter-keys';
import { QuarterMarks } from '../../renderer/pages/annual/quarters/quarter-marks';

const at = (row: number, col: number) => ({ row, col });
const key = (k: string, extra: Partial<KeyboardEventInit> = {}) => new KeyboardEvent('keydown', { key: k, ...extra });

describe('平时考核 grid keyboard', () => {
  it('arrows, Enter and Page keys move within the grid and stop at its edges', () => {
    expect(quarterKeyCommand(key('ArrowDown'), at(0, 0), 3, true)).toEqual({ kind: 'move', to: at(1, 0) });
    expect(quarterKeyCommand(key('ArrowUp'), at(0, 2), 3, true)).toEqual({ kind: 'move', to: at(0, 2) });
    expect(quarterKeyCommand(key('ArrowRight'), at(1, 3), 3, true)).toEqual({ kind: 'move', to: at(1, 3) });
    expect(quarterKeyCommand(key('ArrowLeft'), at(1, 3), 3, true)).toEqual({ kind: 'move', to: at(1, 2) });
    expect(quarterKeyCommand(key('Enter'), at(2, 1), 3, true)).toEqual({ kind: 'move', to: at(2, 1) });
    expect(quarterKeyCommand(key('PageDown'), at(1, 1), 2000, true, 15)).toEqual({ kind: 'move', to: at(16, 1) });
    expect(quarterKeyCommand(key('PageUp'), at(5, 1), 2000, true, 15)).toEqual({ kind: 'move', to: at(0, 1) });
    expect(quarterKeyCommand(key('End'), at(4, 0), 10, true)).toEqual({ kind: 'move', to: at(4, 3) });
    expect(quarterKeyCommand(key('End', { ctrlKey: true }), at(4, 0), 10, true)).toEqual({ kind: 'move', to: at(9, 3) });
    expect(quarterKeyCommand(key('Home', { ctrlKey: true }), at(4, 2), 10, true)).toEqual({ kind: 'move', to: at(0, 0) });
  });

  it('Tab walks the row to 第四季度 then the next person; at the ends it lets focus leave', () => {
    expect(quarterKeyCommand(key('Tab'), at(0, 2), 3, true)).toEqual({ kind: 'move', to: at(0, 3) });
    expect(quarterKeyCommand(key('Tab'), at(0, 3), 3, true)).toEqual({ kind: 'move', to: at(1, 0) });
    expect(quarterKeyCommand(key('Tab', { shiftKey: true }), at(1, 0), 3, true)).toEqual({ kind: 'move', to: at(0, 3) });
    expect(quarterKeyCommand(key('Tab'), at(2, 3), 3, true)).toBeNull();
    expect(quarterKeyCommand(key('Tab', { shiftKey: true }), at(0, 0), 3, true)).toBeNull();
  });

  it('digits 1–5 give 好/较好/一般/较差/不确定等次 and move down; Delete and Backspace clear in place', () => {
    const grades = ['1', '2', '3', '4', '5'].map((k) => quarterKeyCommand(key(k), at(0, 1), 3, true));
    expect(grades).toEqual([
      { kind: 'set', grade: 'good', then: at(1, 1) },
      { kind: 'set', grade: 'fair', then: at(1, 1) },
      { kind: 'set', grade: 'average', then: at(1, 1) },
      { kind: 'set', grade: 'poor', then: at(1, 1) },
      { kind: 'set', grade: 'undetermined', then: at(1, 1) },
    ]);
    // the last row keeps the cursor on it
    expect(quarterKeyCommand(key('1'), at(2, 0), 3, true)).toEqual({ kind: 'set', grade: 'good', then: at(2, 0) });
    expect(quarterKeyCommand(key('Delete'), at(1, 2), 3, true)).toEqual({ kind: 'set', grade: null, then: at(1, 2) });
    expect(quarterKeyCommand(key('Backspace'), at(1, 2), 3, true)).toEqual({ kind: 'set', grade: null, then: at(1, 2) });
    expect(quarterKeyLegend.map((k) => `${k.key} ${k.label}`)).toEqual(['1 好', '2 较好', '3 一般', '4 较差', '5 不确定等次']);
  });

  it('a locked year only moves; other keys, chords and an empty grid pass through', () => {
    expect(quarterKeyCommand(key('1'), at(0, 0), 3, false)).toBeNull();
    expect(quarterKeyCommand(key('Delete'), at(0, 0), 3, false)).toBeNull();
    expect(quarterKeyCommand(key('ArrowDown'), at(0, 0), 3, false)).toEqual({ kind: 'move', to: at(1, 0) });
    expect(quarterKeyCommand(key('6'), at(0, 0), 3, true)).toBeNull();
    expect(quarterKeyCommand(key('a'), at(0, 0), 3, true)).toBeNull();
    expect(quarterKeyCommand(key('1', { ctrlKey: true }), at(0, 0), 3, true)).toBeNull();
    expect(quarterKeyCommand(key('c', { metaKey: true }), at(0, 0), 3, true)).toBeNull();
    expect(quarterKeyCommand(key('1'), at(0, 0), 0, true)).toBeNull();
  });
});

const grid = (): QuarterGrid => ({
  rows: [
    { personId: 1, name: '甲', unitName: '办公室', post: '科员', groupId: 10, grades: ['good', null, null, null] },
    { personId: 2, name: '乙', unitName: '办公室', post: '科员', groupId: 10, grades: ['fair', null, null, null] },
    { personId: 3, name: '丙', unitName: '中心', post: '', groupId: 20, grades: [null, null, null, null] },
  ],
  quotas: [
    { groupId: 10, groupName: '机关科室', size: 2, quota: 1, used: [1, 0, 0, 0] },
    { groupId: 20, groupName: '事业单位', size: 1, quota: 0, used: [0, 0, 0, 0] },
  ],
});

describe('平时考核 cached grid edits', () => {
  it('setting a cell changes only that row and follows the group’s “好” count', () => {
    const before = grid();
    const after = withGrade(before, 1, 1, 'fair');
    expect(after.rows[0]!.grades).toEqual(['fair', null, null, null]);
    expect(after.rows[1]).toBe(before.rows[1]);
    expect(after.quotas[0]!.used).toEqual([0, 0, 0, 0]);
    expect(after.quotas[1]).toBe(before.quotas[1]);
    const good = withGrade(after, 2, 2, 'good');
    expect(good.quotas[0]!.used).toEqual([0, 1, 0, 0]);
    // unchanged value: same object, nothing to render
    expect(withGrade(good, 2, 2, 'good')).toBe(good);
    // the input grid is never changed
    expect(before.rows[0]!.grades[0]).toBe('good');
  });

  it('the service’s count replaces the guess; a full quota is known before asking', () => {
    const g = withQuota(grid(), 10, 3, 5, 6);
    expect(g.quotas[0]).toMatchObject({ quota: 6, used: [1, 0, 5, 0] });
    expect(fullGoodQuota(grid(), 10, 1)?.groupName).toBe('机关科室');
    expect(fullGoodQuota(grid(), 10, 2)).toBeNull();
    // a quota of 0 is full from the start
    expect(fullGoodQuota(grid(), 20, 4)?.quota).toBe(0);
    expect(goodQuarters(['good', 'fair', 'good', null])).toBe(2);
  });

  it('row marks read as four letters per person, and only that person’s row hears of a change', () => {
    const marks = new QuarterMarks();
    const heard: number[] = [];
    marks.subscribe(7, () => heard.push(7));
    marks.subscribe(8, () => heard.push(8));
    marks.set(7, 2, 'saving');
    marks.set(7, 4, 'refused');
    marks.set(8, 1, 'saving');
    marks.set(8, 1, 'saving');
    expect(marks.row(7)).toBe('-s-r');
    expect(marks.row(9)).toBe('----');
    expect(heard).toEqual([7, 7, 8]);
    marks.set(7, 2, null);
    expect(marks.row(7)).toBe('---r');
    expect(cellKey(7, 2)).toBe('7:2');
  });
});
