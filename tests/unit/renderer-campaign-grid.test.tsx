// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CampaignRegister, CampaignView } from '../../shared/campaigns';

const invoke = vi.fn();
vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  invoke: (...args: unknown[]) => invoke(...args),
}));
vi.mock('../../renderer/hooks/api-hooks', () => ({
  errorText: (e: unknown) => (e instanceof Error ? e.message : String(e)),
  useChannelMutation: () => ({ mutate: vi.fn(), isPending: false }),
}));
const register: CampaignRegister = {
  id: 1, year: 2026, name: '2026年解放思想大讨论活动', today: '2026-09-15',
  duties: [
    { id: 1, name: '参加集中学习', due: '2026-08-31', count: 4, unitIds: null },
    { id: 2, name: '提交心得体会', due: '2026-12-31', count: 1, unitIds: [10] },
  ],
  rows: [
    { personId: 100, name: '王建国', unitId: 10, unitName: '办公室', dutyIds: [1, 2] },
    { personId: 200, name: '郭志强', unitId: 20, unitName: '政治工作科', dutyIds: [1] },
  ],
  cells: [{ dutyId: 1, personId: 200, count: 4, doneOn: '2026-08-20', note: '', evidenceFile: null }],
};
vi.mock('../../renderer/pages/campaigns/campaign-hooks', () => ({
  useCampaignRegister: () => ({ data: register, isError: false }),
}));
const { RegisterGrid } = await import('../../renderer/pages/campaigns/register/RegisterGrid');

beforeAll(() => {
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, onchange: null, addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {}, dispatchEvent: () => false })) as typeof window.matchMedia;
  globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} };
});
afterEach(() => {
  cleanup();
  invoke.mockReset();
});

const campaign = { id: 1, year: 2026, plan: { name: '', purpose: '', phases: [], tasks: [], duties: register.duties }, recordedDutyIds: [], updatedAt: '' } as CampaignView;

/** The service, answering slowly and in order. */
function slowService() {
  const sent: { dutyId: number; personId: number; count: number; doneOn: string | null }[] = [];
  const pending: (() => void)[] = [];
  invoke.mockImplementation((_channel: string, input: { dutyId: number; personId: number; count: number; doneOn: string | null; note: string }) => {
    sent.push({ dutyId: input.dutyId, personId: input.personId, count: input.count, doneOn: input.doneOn });
    return new Promise((resolve) => pending.push(() => resolve({ ...input, evidenceFile: null })));
  });
  /** answers `n` requests one by one: each is sent only after the reply before it (one queue) */
  const answer = async (n: number) => {
    for (let i = 0; i < n; i++) {
      await waitFor(() => expect(pending.length).toBeGreaterThan(0));
      expect(pending).toHaveLength(1);
      await act(async () => pending.shift()!());
    }
  };
  return { sent, answer };
}

const renderGrid = (readOnly = false) =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <App><RegisterGrid campaign={campaign} units={[]} readOnly={readOnly} flushRef={{ current: () => Promise.resolve() }} /></App>
    </QueryClientProvider>,
  );
const cell = (name: string) => screen.getByRole('gridcell', { name });

describe('专项活动 register grid (ARCHITECTURE §6: no keystroke lost)', () => {
  it('digits typed fast are shown at once and saved in order; the date is today once done', async () => {
    const service = slowService();
    renderGrid();
    const study = cell('王建国 参加集中学习');
    expect(study.textContent).toBe('0/4');
    expect(study.className).toContain('cg-overdue');
    fireEvent.keyDown(study, { key: '1' });
    fireEvent.keyDown(study, { key: '3' });
    fireEvent.keyDown(study, { key: '9' });
    // 9 is capped at the duty's 4 times, and the cell is no longer overdue but done late
    expect(study.textContent).toBe('4/4 09-15');
    expect(study.className).toContain('cg-doneLate');
    // one request at a time: the second waits for the first reply
    await waitFor(() => expect(service.sent).toHaveLength(1));
    await service.answer(3);
    expect(service.sent.map((s) => s.count)).toEqual([1, 3, 4]);
    expect(service.sent.every((s) => s.doneOn === '2026-09-15' && s.dutyId === 1 && s.personId === 100)).toBe(true);
  });

  it('Space marks a single duty done today and clears it again; Delete clears; arrows move', async () => {
    const service = slowService();
    renderGrid();
    const essay = cell('王建国 提交心得体会');
    fireEvent.keyDown(essay, { key: ' ' });
    expect(essay.textContent).toBe('✓ 09-15');
    fireEvent.keyDown(essay, { key: ' ' });
    expect(essay.textContent).toBe('');
    fireEvent.keyDown(cell('郭志强 参加集中学习'), { key: 'Delete' });
    expect(cell('郭志强 参加集中学习').textContent).toBe('0/4');
    await service.answer(3);
    expect(service.sent).toEqual([
      { dutyId: 2, personId: 100, count: 1, doneOn: '2026-09-15' },
      { dutyId: 2, personId: 100, count: 0, doneOn: null },
      { dutyId: 1, personId: 200, count: 0, doneOn: null },
    ]);
    fireEvent.keyDown(cell('王建国 参加集中学习'), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(cell('郭志强 参加集中学习'));
  });

  it('a duty a person does not owe, and a locked year, take no keys', () => {
    slowService();
    renderGrid(true);
    fireEvent.keyDown(cell('郭志强 提交心得体会'), { key: ' ' });
    fireEvent.keyDown(cell('王建国 提交心得体会'), { key: ' ' });
    expect(cell('郭志强 提交心得体会').textContent).toBe('—');
    expect(invoke).not.toHaveBeenCalled();
  });
});
