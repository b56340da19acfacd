// @vitest-environment jsdom
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { QuarterGrid as QuarterGridData } from '../../shared/annual/views';
import type { QuarterPosition } from '../../renderer/pages/annual/quarters/quarter-keys';

const invoke = vi.fn();
vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  invoke: (...args: unknown[]) => invoke(...args),
}));
vi.mock('../../renderer/hooks/api-hooks', () => ({
  errorText: (e: unknown) => (e instanceof Error ? e.message : String(e)),
}));
// imported after the mock so that saving goes through it
const { QuarterGrid } = await import('../../renderer/pages/annual/quarters/QuarterGrid');
const { useQuarterSave } = await import('../../renderer/pages/annual/quarters/quarter-save');

beforeAll(() => {
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, onchange: null, addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {}, dispatchEvent: () => false })) as typeof window.matchMedia;
  globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} };
  // jsdom lays nothing out: give the scroll box a real height so the virtualizer has a window
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ x: 0, y: 0, top: 0, left: 0, bottom: 600, right: 1200, width: 1200, height: 600, toJSON: () => ({}) });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1200 });
});
afterEach(() => {
  cleanup();
  invoke.mockReset();
});

const input = { year: 2026 };
const names = Array.from({ length: 2000 }, (_v, i) => `对象${i + 1}`);
const seed = (): QuarterGridData => ({
  rows: names.map((name, i) => ({ personId: i + 1, name, unitName: '办公室', post: '科员', groupId: 1, grades: [i === 0 ? 'good' : i === 2 ? 'fair' : null, null, null, null] })),
  quotas: [{ groupId: 1, groupName: '机关科室', size: 2000, quota: 2, used: [1, 0, 0, 0] }],
});

function Harness({ client, editable = true, onReadOnlyKey }: { client: QueryClient; editable?: boolean; onReadOnlyKey?: () => void }) {
  const grid = useQuery({ queryKey: ['annual.quarterGrid', input], queryFn: () => seed(), staleTime: Infinity });
  const [active, setActive] = useState<QuarterPosition>({ row: 0, col: 0 });
  const { save, marks } = useQuarterSave(2026, input);
  void client;
  if (!grid.data) return null;
  return (
    <>
      <output data-testid="used">{grid.data.quotas[0]!.used.join(',')}</output>
      <QuarterGrid
        rows={grid.data.rows}
        groupNames={new Map([[1, '机关科室']])}
        active={active}
        onActive={setActive}
        onSet={(row, quarter, grade) => void save(row.personId, row.groupId, quarter, grade)}
        marks={marks}
        editable={editable}
        onReadOnlyKey={onReadOnlyKey}
      />
    </>
  );
}

async function mount(props: { editable?: boolean; onReadOnlyKey?: () => void } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(['annual.quarterGrid', input], seed());
  render(
    <QueryClientProvider client={client}>
      <App>
        <Harness client={client} {...props} />
      </App>
    </QueryClientProvider>,
  );
  const grid = await screen.findByRole('grid', { name: '平时考核表' });
  grid.focus();
  return { grid, client };
}

const cell = (name: string, quarter: number) => document.querySelector<HTMLElement>(`.qg-row[data-person="${name}"] .qg-grade[data-quarter="${quarter}"]`)!;

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('平时考核 grid', () => {
  it('renders only the rows on screen for 2,000 people, each grade in words', async () => {
    await mount();
    const rendered = document.querySelectorAll('.qg-row');
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(80);
    expect(cell('对象1', 1).textContent).toBe('好');
    expect(cell('对象3', 1).textContent).toBe('较好');
    expect(cell('对象1', 1).className).toContain('qgrade-good');
  });

  it('a digit shows the grade at once, saves it, moves down, and the quota count follows the reply', async () => {
    const { grid } = await mount();
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    const reply = deferred<{ grade: string; used: number; quota: number }>();
    invoke.mockReturnValueOnce(reply.promise);
    fireEvent.keyDown(grid, { key: '1' });
    // saves run through the page's save queue, one after another: the call starts a microtask later
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('annual.setQuarter', { year: 2026, personId: 2, quarter: 1, grade: 'good' }));
    expect(cell('对象2', 1).textContent).toBe('好');
    expect(cell('对象2', 1).getAttribute('aria-busy')).toBe('true');
    expect(screen.getByTestId('used').textContent).toBe('2,0,0,0');
    // the cursor went on to the next person
    expect(cell('对象3', 1).className).toContain('is-active');
    await act(async () => reply.resolve({ grade: 'good', used: 2, quota: 2 }));
    expect(cell('对象2', 1).getAttribute('aria-busy')).toBeNull();
    expect(cell('对象2', 1).getAttribute('data-grade')).toBe('good');
    expect(screen.getByTestId('used').textContent).toBe('2,0,0,0');
  });

  it('a refused 好 keeps the old grade, flashes the cell red and says why', async () => {
    const { grid } = await mount();
    const refusal = '机关科室：本季度“好”等次已无剩余名额（已用 2/2）';
    // the cache thinks one place is left; the service knows better
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    const reply = deferred<never>();
    invoke.mockReturnValueOnce(reply.promise);
    fireEvent.keyDown(grid, { key: '1' });
    expect(cell('对象3', 1).textContent).toBe('好');
    await act(async () => reply.reject(new Error(refusal)));
    expect(cell('对象3', 1).textContent).toBe('较好');
    expect(cell('对象3', 1).getAttribute('data-state')).toBe('refused');
    expect(screen.getByTestId('used').textContent).toBe('1,0,0,0');
    expect(await screen.findByText(refusal)).toBeTruthy();
  });

  it('a 好 over a quota the grid already knows to be full is never shown', async () => {
    const { grid } = await mount();
    invoke.mockResolvedValueOnce({ grade: 'good', used: 2, quota: 2 });
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: '1' });
    await act(async () => {});
    const reply = deferred<never>();
    invoke.mockReturnValueOnce(reply.promise);
    // now on 对象3 (较好), with 2/2 given
    fireEvent.keyDown(grid, { key: '1' });
    expect(cell('对象3', 1).textContent).toBe('较好');
    await act(async () => reply.reject(new Error('机关科室：本季度“好”等次已无剩余名额（已用 2/2）')));
    expect(cell('对象3', 1).textContent).toBe('较好');
    expect(cell('对象3', 1).getAttribute('data-state')).toBe('refused');
  });

  it('Delete clears the cell and stays on it', async () => {
    const { grid } = await mount();
    invoke.mockResolvedValueOnce({ grade: null, used: 0, quota: 2 });
    fireEvent.keyDown(grid, { key: 'Delete' });
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('annual.setQuarter', { year: 2026, personId: 1, quarter: 1, grade: null }));
    await waitFor(() => expect(cell('对象1', 1).textContent).toBe(''));
    expect(cell('对象1', 1).className).toContain('is-active');
    expect(screen.getByTestId('used').textContent).toBe('0,0,0,0');
  });

  it('a locked year: keys move but never save, and a grade key says the year is locked', async () => {
    const onReadOnlyKey = vi.fn();
    const { grid } = await mount({ editable: false, onReadOnlyKey });
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: '1' });
    fireEvent.keyDown(grid, { key: 'Delete' });
    expect(invoke).not.toHaveBeenCalled();
    expect(onReadOnlyKey).toHaveBeenCalledTimes(2);
    expect(cell('对象2', 1).className).toContain('is-active');
    expect(cell('对象2', 1).textContent).toBe('');
    expect(grid.getAttribute('aria-readonly')).toBe('true');
  });
});
