// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AssessmentItem } from '../../shared/annual/views';
import type { CellPosition, ScoreKeyCommand } from '../../renderer/pages/annual/items/item-grid-keys';
import { cellKey } from '../../renderer/pages/annual/items/item-grid-patch';
import { blocksByCategory } from '../../renderer/pages/annual/items/item-values';
import { ScoreGrid, type CellProblem, type ScoreRow } from '../../renderer/pages/annual/items/ScoreGrid';

beforeAll(() => {
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, onchange: null, addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {}, dispatchEvent: () => false })) as typeof window.matchMedia;
  globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} };
  // jsdom lays nothing out: give the scroll box a real height so the virtualizer has a window
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ x: 0, y: 0, top: 0, left: 0, bottom: 600, right: 1200, width: 1200, height: 600, toJSON: () => ({}) });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1200 });
  HTMLElement.prototype.scrollIntoView ??= () => {};
});
afterEach(cleanup);

const item = (id: number, method: AssessmentItem['method'], name: string): AssessmentItem => ({
  id,
  categoryId: 1,
  name,
  description: '',
  appliesTo: 'person',
  method,
  maxPoints: method === 'bonus' ? 5 : 20,
  stepPoints: method === 'bonus' ? 0.5 : null,
  passToPeople: false,
  source: 'none',
  sourceCampaignId: null,
  sourceFull: 100,
  sourceZero: 0,
  sortOrder: id,
  entries: 0,
});
const items = [item(1, 'score', '党建工作'), item(2, 'done', '重点任务'), item(3, 'bonus', '信息采用')];
const blocks = blocksByCategory(items, [{ id: 1, name: '主责业绩', sortOrder: 1 }]);
const entry = (value: number, points: number): ScoreRow['cells'][string] => ({ value, points, date: null, evidence: '', enteredBy: '考核办', enteredAt: '2026-12-01T08:00:00.000Z' });
const rows: ScoreRow[] = Array.from({ length: 2000 }, (_v, i): ScoreRow => ({
  targetId: i + 1,
  name: `干部${i + 1}`,
  unitName: '办公室',
  cells: i === 0 ? { '1': entry(18, 18), '2': entry(1, 20), '3': entry(3, 1.5) } : {},
  total: i === 0 ? 39.5 : 0,
  fromUnit: i === 0 ? 16 : 0,
}));

function Harness(props: { onCommand: (c: ScoreKeyCommand, at: CellPosition) => void; problems?: ReadonlyMap<string, CellProblem> }) {
  const [active, setActive] = useState<CellPosition>({ row: 0, col: 0 });
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <ScoreGrid
      blocks={blocks}
      items={items}
      rows={rows}
      target="person"
      active={active}
      draft={draft}
      problems={props.problems ?? new Map()}
      pending={new Map()}
      onCommand={(c) => {
        props.onCommand(c, active);
        if (c.kind === 'move') setActive(c.to);
        if (c.kind === 'draft') setDraft(c.draft);
        if (c.kind === 'commit') {
          setDraft(null);
          setActive(c.to);
        }
      }}
      onCellClick={(at) => setActive(at)}
    />
  );
}

describe('考核项目评分表', () => {
  it('renders only the rows on screen for 2,000 people, with each method shown in words', () => {
    render(<Harness onCommand={() => {}} />);
    const rendered = document.querySelectorAll('.score-grid-row');
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(80);
    const cells = [...rendered[0]!.querySelectorAll('.score-cell')].map((c) => c.textContent);
    expect(cells).toEqual(['18', '完成', '3次+1.5']);
    expect(rendered[0]!.textContent).toContain('+16');
    expect(rendered[0]!.querySelector('[data-testid="row-total"]')?.textContent).toBe('39.5');
    expect(screen.getByText('主责业绩')).toBeTruthy();
  });

  it('typing shows the draft in the cell; Enter commits it and the next row becomes active', () => {
    const onCommand = vi.fn();
    render(<Harness onCommand={onCommand} />);
    const grid = screen.getByRole('grid', { name: '考核项目评分表' });
    grid.focus();
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: '1' });
    fireEvent.keyDown(grid, { key: '5' });
    expect(document.querySelector('.score-cell.is-active')?.textContent).toBe('15');
    fireEvent.keyDown(grid, { key: 'Enter' });
    expect(onCommand.mock.calls.at(-1)).toEqual([{ kind: 'commit', draft: '15', to: { row: 2, col: 0 } }, { row: 1, col: 0 }]);
    expect(document.querySelector('.score-grid-row.is-active-row')?.getAttribute('data-target')).toBe('干部3');
  });

  it('Space toggles only on a 完成/未完成 column; Delete clears', () => {
    const onCommand = vi.fn();
    render(<Harness onCommand={onCommand} />);
    const grid = screen.getByRole('grid', { name: '考核项目评分表' });
    grid.focus();
    fireEvent.keyDown(grid, { key: ' ' });
    fireEvent.keyDown(grid, { key: 'ArrowRight' });
    fireEvent.keyDown(grid, { key: ' ' });
    fireEvent.keyDown(grid, { key: 'Delete' });
    expect(onCommand.mock.calls.map(([c]) => (c as ScoreKeyCommand).kind)).toEqual(['move', 'toggle', 'clear']);
  });

  it('a refused value stays in its cell, in red, with the service message', () => {
    const problems = new Map([[cellKey(2, 1), { draft: '25', message: '“党建工作”的得分应在0～20之间，输入的25超出范围' }]]);
    render(<Harness onCommand={() => {}} problems={problems} />);
    const cell = document.querySelectorAll('.score-grid-row')[1]!.querySelector('.score-cell')!;
    expect(cell.textContent).toBe('25');
    expect(cell.getAttribute('data-state')).toBe('refused');
    expect(cell.getAttribute('title')).toContain('0～20');
  });
});

describe('考核项目评分表: 自动取数 columns (DOMAIN §8.7)', () => {
  it('shows computed points read-only with their basis, and 「缺」 with the reason for a missing figure', () => {
    const auto: AssessmentItem = { ...item(4, 'score', '任务落实'), source: 'tasks' };
    const autoRows: ScoreRow[] = [
      { targetId: 1, name: '办公室', unitName: '', cells: {}, total: 8, fromUnit: 0, computed: { '4': { points: 8, basis: '按时完成节点 2 / 到期节点 5 = 40%', missing: null } } },
      { targetId: 2, name: '政治工作科', unitName: '', cells: {}, total: 0, fromUnit: 0, computed: { '4': { points: null, basis: '政治工作科本年度没有到期的牵头任务节点', missing: '政治工作科本年度没有到期的牵头任务节点' } } },
    ];
    render(
      <ScoreGrid blocks={blocksByCategory([auto], [{ id: 1, name: '作风建设', sortOrder: 1 }])} items={[auto]} rows={autoRows} target="unit" active={{ row: 0, col: 0 }} draft={null} problems={new Map()} pending={new Map()} onCommand={() => {}} onCellClick={() => {}} />,
    );
    const cells = [...document.querySelectorAll('.score-cell')];
    expect(cells.map((c) => [c.textContent, c.getAttribute('data-state'), c.getAttribute('title')])).toEqual([
      ['8', 'computed', '自动取数：按时完成节点 2 / 到期节点 5 = 40%'],
      ['缺', 'missing', '自动取数：政治工作科本年度没有到期的牵头任务节点'],
    ]);
    expect(document.querySelector('.sg2-item-rule')?.textContent).toBe('自动·≤20分');
  });
});
