// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportSession } from '../../shared/contract/roster-import';
import { scriptedJob } from '../helpers/scripted-job';

let job = scriptedJob('roster-import');
vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  invoke: (channel: string, input?: unknown) => job.invoke(channel, input),
}));
const { useJob } = await import('../../renderer/hooks/use-job');

afterEach(() => {
  cleanup();
  job = scriptedJob('roster-import');
});

const session: ImportSession = { sessionId: 's1', fileName: '花名册.xlsx', format: 'xlsx', sheets: [{ name: '花名册', rowCount: 3, looksLikeRoster: true }], sheetName: '花名册', headerRow: 1, columns: [] };

function Harness({ begin, onEnd }: { begin: () => Promise<{ jobId: string }>; onEnd: (outcome: unknown) => void }) {
  const view = useJob('roster-import', 5);
  return (
    <>
      <button onClick={() => void view.start(begin, { stage: '正在上传文件' }).then(onEnd)}>开始</button>
      <button onClick={view.cancel}>取消</button>
      <output data-testid="state">{`${view.state.phase}|${Math.round(view.state.progress * 100)}|${view.state.stage}|${view.state.result?.sessionId ?? ''}|${view.state.error ?? ''}`}</output>
    </>
  );
}

function mount(begin: () => Promise<{ jobId: string }> = async () => ({ jobId: 'job-1' })) {
  const onEnd = vi.fn();
  const view = render(<Harness begin={begin} onEnd={onEnd} />);
  fireEvent.click(screen.getByText('开始'));
  return { onEnd, view };
}
const stateText = () => screen.getByTestId('state').textContent;

describe('useJob', () => {
  it('shows the service\'s progress and stage while running, then the result', async () => {
    const { onEnd } = mount();
    job.set({ progress: 0.4, stage: '正在检查各行数据' });
    await waitFor(() => expect(stateText()).toBe('running|40|正在检查各行数据||'));
    job.set({ state: 'done', progress: 1, stage: '完成', result: session });
    await waitFor(() => expect(stateText()).toBe('done|100|完成|s1|'));
    expect(onEnd).toHaveBeenCalledWith({ state: 'done', result: session });
    expect(job.cancelled).not.toHaveBeenCalled();
  });

  it('ends with the service\'s Chinese message when the job failed, and when the start was refused', async () => {
    const { onEnd } = mount();
    job.set({ state: 'failed', progress: 0.02, stage: '失败', error: { code: 'FILE_CORRUPT', message: '文件已损坏，无法读取' } });
    await waitFor(() => expect(stateText()).toBe('failed|2|失败||文件已损坏，无法读取'));
    expect(onEnd).toHaveBeenCalledWith({ state: 'failed', error: '文件已损坏，无法读取' });
    cleanup();

    const { ApiError } = await import('../../renderer/api');
    const refused = mount(async () => {
      throw new ApiError('FILE_TOO_LARGE', '文件超过20 MB');
    });
    await waitFor(() => expect(stateText()).toBe('failed|0|失败||文件超过20 MB'));
    expect(refused.onEnd).toHaveBeenCalledWith({ state: 'failed', error: '文件超过20 MB' });
  });

  it('「取消」 cancels the job and keeps no result, even when the work finished before the cancel reached it', async () => {
    const { onEnd } = mount();
    await waitFor(() => expect(stateText()).toBe('running|10|正在处理（1/60）||'));
    fireEvent.click(screen.getByText('取消'));
    expect(job.cancelled).toHaveBeenCalledWith('job-1');
    await waitFor(() => expect(stateText()).toBe('running|10|正在取消…||'));
    job.set({ state: 'done', progress: 1, stage: '完成', result: session });
    await waitFor(() => expect(stateText()).toBe('cancelled|100|已取消||'));
    expect(onEnd).toHaveBeenCalledWith({ state: 'cancelled' });
  });

  it('cancels a job whose start was still on its way when 「取消」 was pressed', async () => {
    let started!: (ref: { jobId: string }) => void;
    const { onEnd } = mount(() => new Promise((resolve) => (started = resolve)));
    await waitFor(() => expect(stateText()).toBe('running|0|正在上传文件||'));
    fireEvent.click(screen.getByText('取消'));
    expect(job.cancelled).not.toHaveBeenCalled();
    await act(async () => started({ jobId: 'job-1' }));
    expect(job.cancelled).toHaveBeenCalledWith('job-1');
    job.set({ state: 'cancelled', stage: '已取消' });
    await waitFor(() => expect(onEnd).toHaveBeenCalledWith({ state: 'cancelled' }));
    expect(stateText()).toBe('cancelled|10|已取消||');
  });

  it('cancels a running job when the page is left', async () => {
    const { view } = mount();
    await waitFor(() => expect(job.invoke).toHaveBeenCalledWith('jobs.status', { jobId: 'job-1' }));
    act(() => view.unmount());
    expect(job.cancelled).toHaveBeenCalledWith('job-1');
  });
});
