// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CompositeRow, CompositeView } from '../../shared/annual/views';
import { ItemBreakdownDrawer } from '../../renderer/pages/annual/composite/ItemBreakdownDrawer';
import { QueryWrapper, stubBrowserForAntd } from '../helpers/jsdom-antd';

beforeAll(stubBrowserForAntd);
afterEach(cleanup);

/** 综合评定's 考核项目得分明细 (DOMAIN §8.7), read from the view alone (so a locked year shows what it froze). */
const row = {
  personId: 7, name: '周立新', unitName: '办公室',
  components: { items: { raw: 53, score: 88.33, part: 88.33, missing: null } },
  items: [
    { itemId: 1, points: 8, typed: null, figureKey: '1:unit:3' },
    { itemId: 2, points: 45, typed: '录入45分', figureKey: null },
    { itemId: 3, points: null, typed: '未录入', figureKey: null },
  ],
} as unknown as CompositeRow;
const view = {
  fullMarks: { items: 60 },
  itemInfos: [
    { itemId: 1, name: '任务落实', source: 'tasks', maxPoints: 20, fromUnit: true, rule: '任务按时完成率（自动取数），得分 = 任务按时完成率 × 满分20分' },
    { itemId: 2, name: '岗位职责', source: 'none', maxPoints: 40, fromUnit: false, rule: '直接评分' },
    { itemId: 3, name: '信息采用', source: 'none', maxPoints: 5, fromUnit: false, rule: '加分项（按次）' },
  ],
  itemFigures: [{
    key: '1:unit:3', itemId: 1, source: 'tasks', target: 'unit', targetName: '办公室', points: 8, missing: null, numerator: 2, denominator: 5,
    figureText: '按时完成节点 2 / 到期节点 5 = 40%', asOf: '截至2026年12月31日',
    lines: [
      { label: '推行一网通办 · 完成方案', state: '按时完成', detail: '时限3月31日，完成3月31日', counted: true },
      { label: '推行一网通办 · 完成建设', state: '滞后', detail: '时限6月30日，未完成', counted: false },
    ],
  }],
} as unknown as CompositeView;

describe('考核项目得分明细', () => {
  it('lists each item with its source and points, and the tasks behind the 自动取数 figure', () => {
    render(<QueryWrapper><ItemBreakdownDrawer view={view} target={{ row, kind: 'items' }} onClose={() => {}} /></QueryWrapper>);
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain('周立新（办公室）考核项目得分明细');
    expect(dialog.textContent).toContain('考核项目合计 53 分（满分 60 分），计入综合得分 88.33 分');
    expect(within(dialog).getByRole('row', { name: /任务落实 单位（办公室）自动取数 8 20/ })).toBeTruthy();
    expect(within(dialog).getByRole('row', { name: /信息采用 个人录入 未录入 5 未录入/ })).toBeTruthy();
    const basis = within(dialog).getByTestId('item-basis');
    expect(basis.textContent).toContain('按时完成节点 2 / 到期节点 5 = 40%，得8分（满分20分）');
    expect(within(basis).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual([
      '1推行一网通办 · 完成方案按时完成时限3月31日，完成3月31日',
      '2推行一网通办 · 完成建设滞后时限6月30日，未完成',
    ]);
  });
});

describe('能力作风得分明细', () => {
  it('lists the figures with their weights and what each contributes', () => {
    const conductRow = { ...row, components: { conduct: { raw: 72, score: 72, part: 72, missing: null } }, conduct: [{ source: 'tasks', weight: 40, figureKey: 'conduct:tasks:unit:3' }, { source: 'review', weight: 60, figureKey: 'conduct:review:unit:3' }] } as unknown as CompositeRow;
    const conductView = {
      fullMarks: {},
      itemFigures: [
        { ...view.itemFigures![0]!, key: 'conduct:tasks:unit:3', itemId: 0, points: null, value: 40 },
        { key: 'conduct:review:unit:3', itemId: 0, source: 'review', target: 'unit', targetName: '办公室', points: null, value: 93.33, missing: null, numerator: 93.33, denominator: 1, figureText: '各次评议得分合计 93.33 ÷ 参加评议次数 1 = 93.33分', asOf: '截至2026年12月31日', lines: [] },
      ],
    } as unknown as CompositeView;
    render(<QueryWrapper><ItemBreakdownDrawer view={conductView} target={{ row: conductRow, kind: 'conduct' }} onClose={() => {}} /></QueryWrapper>);
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain('周立新（办公室）能力作风得分明细');
    expect(dialog.textContent).toContain('能力作风 72.00 分（百分制，各项取数按权重平均），计入综合得分 72.00 分');
    // 40% × 40 = 16.00; 60% × 93.33 = 56.00
    expect(within(dialog).getByRole('row', { name: '任务按时完成率 办公室 40% 40% 16.00' })).toBeTruthy();
    expect(within(dialog).getByRole('row', { name: '科室评议平均得分 办公室 60% 93.33分 56.00' })).toBeTruthy();
    expect(within(dialog).getAllByTestId('item-basis')).toHaveLength(2);
  });
});
