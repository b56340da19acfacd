// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { AssessmentItem, ItemCategory, ScoreGrid } from '../../shared/annual/views';
import { appendToDraft, draftValue, scoreGridKey, toggledDone, type ScoreKeyState } from '../../renderer/pages/annual/items/item-grid-keys';
import { patchScoreGrid, withEntry } from '../../renderer/pages/annual/items/item-grid-patch';
import { blocksByCategory, cellText, itemRuleText, signedPointsText } from '../../renderer/pages/annual/items/item-values';

const idle = (over: Partial<ScoreKeyState> = {}): ScoreKeyState => ({ at: { row: 2, col: 1 }, draft: null, rows: 5, cols: 3, toggles: false, pageRows: 10, ...over });

describe('考核项目评分表 keyboard', () => {
  it('arrows move the active cell and stop at the edges', () => {
    expect(scoreGridKey('ArrowDown', idle())).toEqual({ kind: 'move', to: { row: 3, col: 1 } });
    expect(scoreGridKey('ArrowRight', idle({ at: { row: 0, col: 2 } }))).toEqual({ kind: 'move', to: { row: 0, col: 2 } });
    expect(scoreGridKey('ArrowUp', idle({ at: { row: 0, col: 0 } }))).toEqual({ kind: 'move', to: { row: 0, col: 0 } });
    expect(scoreGridKey('PageDown', idle())).toEqual({ kind: 'move', to: { row: 4, col: 1 } });
    expect(scoreGridKey('Home', idle())).toEqual({ kind: 'move', to: { row: 2, col: 0 } });
    expect(scoreGridKey('End', idle())).toEqual({ kind: 'move', to: { row: 2, col: 2 } });
  });

  it('typing a number starts a draft; Enter saves it and moves down, Shift+Enter up, Tab right', () => {
    expect(scoreGridKey('1', idle())).toEqual({ kind: 'draft', draft: '1' });
    expect(scoreGridKey('.', idle())).toEqual({ kind: 'draft', draft: '.' });
    expect(scoreGridKey('5', idle({ draft: '1' }))).toEqual({ kind: 'draft', draft: '15' });
    expect(scoreGridKey('Enter', idle({ draft: '15' }))).toEqual({ kind: 'commit', draft: '15', to: { row: 3, col: 1 } });
    expect(scoreGridKey('Enter', idle({ draft: '15' }), true)).toEqual({ kind: 'commit', draft: '15', to: { row: 1, col: 1 } });
    expect(scoreGridKey('Tab', idle({ draft: '15' }))).toEqual({ kind: 'commit', draft: '15', to: { row: 2, col: 2 } });
    // an arrow while typing saves too, as in a spreadsheet
    expect(scoreGridKey('ArrowLeft', idle({ draft: '2' }))).toEqual({ kind: 'commit', draft: '2', to: { row: 2, col: 0 } });
    // Enter on the last row saves and stays
    expect(scoreGridKey('Enter', idle({ at: { row: 4, col: 0 }, draft: '3' }))).toEqual({ kind: 'commit', draft: '3', to: { row: 4, col: 0 } });
  });

  it('while typing: Backspace edits, Escape drops, letters are swallowed, a second point is ignored', () => {
    expect(scoreGridKey('Backspace', idle({ draft: '12' }))).toEqual({ kind: 'draft', draft: '1' });
    expect(scoreGridKey('Escape', idle({ draft: '12' }))).toEqual({ kind: 'cancel' });
    expect(scoreGridKey('a', idle({ draft: '12' }))).toEqual({ kind: 'draft', draft: '12' });
    expect(scoreGridKey('.', idle({ draft: '1.5' }))).toEqual({ kind: 'draft', draft: '1.5' });
    expect(appendToDraft('1.5', '.')).toBe('1.5');
    expect(appendToDraft('', 'x')).toBe('');
  });

  it('Delete clears, Enter/F2 edits, Space toggles only 完成/未完成 items, Tab leaves the grid', () => {
    expect(scoreGridKey('Delete', idle())).toEqual({ kind: 'clear' });
    expect(scoreGridKey('Backspace', idle())).toEqual({ kind: 'clear' });
    expect(scoreGridKey('Enter', idle())).toEqual({ kind: 'edit' });
    expect(scoreGridKey('F2', idle())).toEqual({ kind: 'edit' });
    expect(scoreGridKey(' ', idle({ toggles: true }))).toEqual({ kind: 'toggle' });
    expect(scoreGridKey(' ', idle())).toBeNull();
    expect(scoreGridKey('Tab', idle())).toBeNull();
    expect(scoreGridKey('a', idle())).toBeNull();
    expect(scoreGridKey('ArrowDown', idle({ rows: 0 }))).toBeNull();
  });

  it('reads drafts and toggles values', () => {
    expect(draftValue('')).toBeUndefined();
    expect(draftValue('25')).toBe(25);
    expect(draftValue('0.5')).toBe(0.5);
    expect(draftValue('.')).toBeNaN();
    expect(toggledDone(undefined)).toBe(1);
    expect(toggledDone(null)).toBe(1);
    expect(toggledDone(1)).toBe(0);
    expect(toggledDone(0)).toBe(1);
  });
});

const item = (id: number, categoryId: number, sortOrder: number, over: Partial<AssessmentItem> = {}): AssessmentItem => ({
  id,
  categoryId,
  name: `项目${id}`,
  description: '',
  appliesTo: 'person',
  method: 'score',
  maxPoints: 20,
  stepPoints: null,
  passToPeople: false,
  source: 'none',
  sourceCampaignId: null,
  sourceFull: 100,
  sourceZero: 0,
  sortOrder,
  entries: 0,
  ...over,
});

describe('考核项目 values on screen', () => {
  it('says each method and its range in words', () => {
    expect(itemRuleText(item(1, 1, 1))).toBe('0～20分');
    expect(itemRuleText(item(1, 1, 1, { method: 'bonus', stepPoints: 0.5, maxPoints: 5 }))).toBe('每次+0.5分，最多+5分');
    expect(itemRuleText(item(1, 1, 1, { method: 'deduct', stepPoints: 1, maxPoints: 5 }))).toBe('每次−1分，最多−5分');
    expect(itemRuleText(item(1, 1, 1, { method: 'done', maxPoints: 10 }))).toBe('完成得10分');
    expect(cellText({ method: 'done' }, { value: 0 })).toBe('未完成');
    expect(cellText({ method: 'bonus' }, { value: 3 })).toBe('3次');
    expect(cellText({ method: 'score' }, { value: 18.5 })).toBe('18.5');
    expect(signedPointsText(-2)).toBe('−2');
    expect(signedPointsText(0.1 + 0.2)).toBe('+0.3');
  });

  it('orders columns by category order, then item order', () => {
    const categories: ItemCategory[] = [
      { id: 10, name: '党建绩效', sortOrder: 2 },
      { id: 11, name: '主责业绩', sortOrder: 1 },
      { id: 12, name: '作风建设', sortOrder: 3 },
    ];
    const blocks = blocksByCategory([item(1, 10, 2), item(2, 11, 1), item(3, 10, 1), item(4, 99, 1)], categories);
    expect(blocks.map((b) => b.category?.name ?? null)).toEqual(['主责业绩', '党建绩效', null]);
    expect(blocks.flatMap((b) => b.items.map((i) => i.id))).toEqual([2, 3, 1, 4]);
  });

  it('patches one saved cell and the row total, leaving other rows alone', () => {
    const cell = { value: 18, points: 18, date: null, evidence: '', enteredBy: '管理员', enteredAt: '2026-03-01 10:00' };
    const grid: ScoreGrid = {
      items: [item(1, 10, 1)],
      rows: [
        { targetId: 1, name: '甲', unitName: '办公室', cells: {}, total: 0, fromUnit: 0 },
        { targetId: 2, name: '乙', unitName: '办公室', cells: { '1': cell }, total: 18, fromUnit: 0 },
      ],
    };
    const saved = patchScoreGrid(grid, 1, 1, { ...cell, value: 15, points: 15 }, 15);
    expect(saved.rows[0]!.cells['1']!.value).toBe(15);
    expect(saved.rows[0]!.total).toBe(15);
    expect(saved.rows[1]).toBe(grid.rows[1]);
    const cleared = patchScoreGrid(grid, 2, 1, null, 0);
    expect(cleared.rows[1]!.cells).toEqual({});
    expect(cleared.rows[1]!.total).toBe(0);
    expect(grid.rows[1]!.cells['1']).toBe(cell);
  });

  it('keeps the cells in flight and refused in new maps: set, replace, drop', () => {
    const empty: ReadonlyMap<string, string> = new Map();
    const one = withEntry(empty, '1:2', '15');
    expect([...one]).toEqual([['1:2', '15']]);
    expect(empty.size).toBe(0);
    expect(withEntry(one, '1:2', '16').get('1:2')).toBe('16');
    const dropped = withEntry(one, '1:2', undefined);
    expect(dropped.has('1:2')).toBe(false);
    expect(one.get('1:2')).toBe('15');
  });
});
