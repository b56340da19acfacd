// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ExportJobChannels, JobStatusLike } from '../../renderer/pages/reports/common/use-export-job';

const saveFile = vi.fn(async () => undefined);
vi.mock('../../renderer/api', async (importOriginal) => ({ ...(await importOriginal<typeof import('../../renderer/api')>()), saveFile: (...args: unknown[]) => saveFile(...(args as [])) }));
vi.mock('../../renderer/hooks/api-hooks', () => ({ callChannel: vi.fn(), errorText: (e: unknown) => (e instanceof Error ? e.message : String(e)) }));
const { useExportJob } = await import('../../renderer/pages/reports/common/use-export-job');
const { exportPdf } = await import('../../renderer/api');

beforeAll(() => {
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, onchange: null, addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {}, dispatchEvent: () => false })) as typeof window.matchMedia;
});
afterEach(() => {
  cleanup();
  saveFile.mockClear();
  delete window.kaoping;
});

const file = { fileName: '2026年终考核材料（未确定）.xlsx', bytes: new Uint8Array([80, 75]) };

/** A job the test moves on by hand: each status poll returns the current script step. */
function scriptedJob() {
  let status: JobStatusLike = { state: 'running', progress: 0.1, stage: '正在生成：张三（1/60）' };
  const channels: ExportJobChannels = {
    status: vi.fn(async () => status),
    cancel: vi.fn(async () => null),
  };
  return { channels, set: (next: JobStatusLike) => (status = next) };
}

function Harness({ channels }: { channels: ExportJobChannels }) {
  const job = useExportJob(channels, 5);
  return (
    <>
      <button onClick={() => void job.start(async () => ({ jobId: 'job-1' }))}>开始</button>
      <button onClick={job.cancel}>取消</button>
      <output data-testid="state">{`${job.state.phase}|${job.state.stage}|${job.state.fileName ?? ''}|${job.state.error ?? ''}`}</output>
    </>
  );
}

const mount = (channels: ExportJobChannels) =>
  render(
    <App>
      <Harness channels={channels} />
    </App>,
  );
const stateText = () => screen.getByTestId('state').textContent;

describe('useExportJob', () => {
  it('shows the progress while running, then hands the file to the save dialog once', async () => {
    const job = scriptedJob();
    mount(job.channels);
    fireEvent.click(screen.getByText('开始'));
    await waitFor(() => expect(stateText()).toBe('running|正在生成：张三（1/60）||'));
    job.set({ state: 'done', progress: 1, stage: '完成', result: file });
    await waitFor(() => expect(stateText()).toBe(`done|完成|${file.fileName}|`));
    expect(saveFile).toHaveBeenCalledTimes(1);
    expect(saveFile).toHaveBeenCalledWith(file);
  });

  it('「取消」 stops the job and leaves no file, even when the work finished before the cancel reached it', async () => {
    const job = scriptedJob();
    mount(job.channels);
    fireEvent.click(screen.getByText('开始'));
    await waitFor(() => expect(stateText()).toContain('running'));
    fireEvent.click(screen.getByText('取消'));
    expect(job.channels.cancel).toHaveBeenCalledWith('job-1');
    await waitFor(() => expect(stateText()).toBe('running|正在取消…||'));
    job.set({ state: 'done', progress: 1, stage: '完成', result: file });
    await waitFor(() => expect(stateText()).toBe('cancelled|已取消，未生成文件||'));
    expect(saveFile).not.toHaveBeenCalled();
  });

  it('says so when the service cancelled or failed the job', async () => {
    const job = scriptedJob();
    mount(job.channels);
    fireEvent.click(screen.getByText('开始'));
    job.set({ state: 'failed', progress: 0.4, stage: '失败', error: { code: 'ANNUAL_YEAR_NOT_FOUND', message: '尚未建立2031年度考核' } });
    await waitFor(() => expect(stateText()).toBe('failed|导出失败||尚未建立2031年度考核'));
    fireEvent.click(screen.getByText('开始'));
    job.set({ state: 'cancelled', progress: 0.4, stage: '已取消' });
    await waitFor(() => expect(stateText()).toBe('cancelled|已取消，未生成文件||'));
    expect(saveFile).not.toHaveBeenCalled();
  });

  it('cancels a running job when the page is left', async () => {
    const job = scriptedJob();
    const view = mount(job.channels);
    fireEvent.click(screen.getByText('开始'));
    await waitFor(() => expect(job.channels.status).toHaveBeenCalled());
    act(() => view.unmount());
    expect(job.channels.cancel).toHaveBeenCalledWith('job-1');
  });
});

describe('exportPdf', () => {
  it('asks the Electron shell to print to PDF when it can, else opens the print dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    expect(await exportPdf('汇总报告.pdf')).toEqual({ saved: false });
    expect(print).toHaveBeenCalledTimes(1);

    const printToPdf = vi.fn(async () => ({ saved: true }));
    window.kaoping = { invoke: vi.fn(), saveFile: vi.fn(), printToPdf };
    expect(await exportPdf('汇总报告.pdf')).toEqual({ saved: true });
    expect(printToPdf).toHaveBeenCalledWith('汇总报告.pdf');
    expect(print).toHaveBeenCalledTimes(1);
  });
});
