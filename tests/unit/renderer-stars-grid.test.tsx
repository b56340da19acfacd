// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { personStarPreset } from '../../shared/stars/presets';
import type { GridRow, StarCell } from '../../shared/stars/views';
import type { StarCellState } from '../../shared/stars/states';
import type { GridPosition } from '../../renderer/pages/stars/review/grid-keys';
import { StarGrid, type StarGridProps } from '../../renderer/pages/stars/review/StarGrid';

beforeAll(() => {
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, onchange: null, addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {}, dispatchEvent: () => false })) as typeof window.matchMedia;
  globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} };
  // jsdom lays nothing out: give the scroll box a real height so the virtualizer has a window
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ x: 0, y: 0, top: 0, left: 0, bottom: 600, right: 1200, width: 1200, height: 600, toJSON: () => ({}) });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1200 });
});
afterEach(cleanup);

const cell = (code: string, state: StarCellState): StarCell => ({
  code,
  state,
  claimed: state !== 'none',
  claimNote: '',
  evidence: 0,
  agree: null,
  disagree: null,
  score: null,
  decision: state === 'refused' ? 'refuse' : state === 'none' || state === 'claimed' ? null : 'award',
  refuseReason: '',
  awardedOn: state === 'held' || state === 'removed' ? '2026-03-31' : null,
  removedOn: state === 'removed' ? '2026-05-01' : null,
  removedReason: '',
  publishedOn: state === 'approved' || state === 'held' || state === 'removed' ? '2026-03-28' : null,
});

const states: StarCellState[] = ['held', 'claimed', 'refused', 'removed', 'approved', 'none', 'none', 'none', 'none', 'none'];
const rows: GridRow[] = Array.from({ length: 2000 }, (_v, i) => ({
  targetId: i + 1,
  name: `对象${i + 1}`,
  unitId: 1,
  unitName: '办公室',
  post: '科员',
  reviewId: null,
  disqualified: i === 1 ? { reason: '未交党费', note: '', date: '2026-03-01', by: '管理员' } : null,
  steps: [],
  cells: personStarPreset.map((s, j) => cell(s.code, states[j]!)),
  held: 1,
  remark: '',
}));

function Harness(props: { onCommand: StarGridProps['onCommand'] }) {
  const [active, setActive] = useState<GridPosition>({ row: 0, col: 0 });
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  return (
    <StarGrid
      items={personStarPreset}
      rows={rows}
      kind="person"
      selected={selected}
      onSelect={(ids, on) => setSelected(on ? new Set([...selected, ...ids]) : new Set([...selected].filter((x) => !ids.includes(x))))}
      active={active}
      onActive={setActive}
      onCommand={props.onCommand}
    />
  );
}

describe('评星 grid', () => {
  it('renders only the rows on screen for 2,000 targets, with a symbol per state', () => {
    render(<Harness onCommand={() => {}} />);
    const rendered = document.querySelectorAll('.star-grid-row');
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(80);
    const first = rendered[0]!;
    const symbols = [...first.querySelectorAll('.sg-star')].map((c) => c.textContent);
    expect(symbols.slice(0, 5)).toEqual(['★', '☆', '✕', '⊘', '✓']);
    // 不得参评: every star cell says so, and the progress column names the reason
    const second = rendered[1]!;
    expect([...second.querySelectorAll('.sg-star')].every((c) => c.getAttribute('data-state') === 'disqualified')).toBe(true);
    expect(second.textContent).toContain('不得参评·未交党费');
  });

  it('arrows move the active cell; space claims, Y awards, N refuses, Enter opens the target', () => {
    const onCommand = vi.fn();
    render(<Harness onCommand={onCommand} />);
    const grid = screen.getByRole('grid', { name: '评星表' });
    grid.focus();
    fireEvent.keyDown(grid, { key: 'ArrowRight' });
    fireEvent.keyDown(grid, { key: 'ArrowRight' });
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    expect(document.querySelector('.sg-star.is-active')?.getAttribute('data-code')).toBe(personStarPreset[2]!.code);
    fireEvent.keyDown(grid, { key: ' ' });
    fireEvent.keyDown(grid, { key: 'y' });
    fireEvent.keyDown(grid, { key: 'n' });
    fireEvent.keyDown(grid, { key: 'Enter' });
    const calls = onCommand.mock.calls.map(([command, row, code]) => [command.kind, (row as GridRow).name, code]);
    expect(calls).toEqual([
      ['claim', '对象3', personStarPreset[2]!.code],
      ['award', '对象3', personStarPreset[2]!.code],
      ['refuse', '对象3', personStarPreset[2]!.code],
      ['open', '对象3', personStarPreset[2]!.code],
    ]);
  });

  it('X selects the active row and the header box selects all', () => {
    render(<Harness onCommand={() => {}} />);
    const grid = screen.getByRole('grid', { name: '评星表' });
    grid.focus();
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'x' });
    const checked = [...document.querySelectorAll('.star-grid-row.is-checked')].map((r) => r.getAttribute('data-target'));
    expect(checked).toEqual(['对象2']);
    fireEvent.click(screen.getByRole('checkbox', { name: '全选' }));
    expect(document.querySelectorAll('.star-grid-row.is-checked').length).toBe(document.querySelectorAll('.star-grid-row').length);
  });
});
