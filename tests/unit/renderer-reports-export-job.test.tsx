// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { scriptedJob } from '../helpers/scripted-job';

let job = scriptedJob('export');
const saveFile = vi.fn(async () => undefined);
vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  invoke: (channel: string, input?: unknown) => job.invoke(channel, input),
  saveFile: (...args: unknown[]) => saveFile(...(args as [])),
}));
const { useExportJob } = await import('../../renderer/pages/reports/common/use-export-job');
const { exportPdf } = await import('../../renderer/api');

beforeAll(() => {
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, onchange: null, addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {}, dispatchEvent: () => false })) as typeof window.matchMedia;
});
afterEach(() => {
  cleanup();
  saveFile.mockClear();
  job = scriptedJob('export');
  delete window.kaoping;
});

const file = { fileName: '2026年终考核材料（未确定）.xlsx', bytes: new Uint8Array([80, 75]) };

function Harness() {
  const exportJob = useExportJob(5);
  return (
    <>
      <button onClick={() => void exportJob.start(async () => ({ jobId: 'job-1' }))}>开始</button>
      <button onClick={exportJob.cancel}>取消</button>
      <output data-testid="state">{`${exportJob.state.phase}|${exportJob.state.result?.fileName ?? ''}`}</output>
    </>
  );
}

const mount = () =>
  render(
    <App>
      <Harness />
    </App>,
  );
const stateText = () => screen.getByTestId('state').textContent;

describe('useExportJob', () => {
  it('hands the finished file to the save dialog once, then says it is done', async () => {
    mount();
    fireEvent.click(screen.getByText('开始'));
    await waitFor(() => expect(stateText()).toBe('running|'));
    job.set({ state: 'done', progress: 1, stage: '完成', result: file });
    await waitFor(() => expect(stateText()).toBe(`done|${file.fileName}`));
    expect(saveFile).toHaveBeenCalledTimes(1);
    expect(saveFile).toHaveBeenCalledWith(file);
  });

  it('saves no file when 「取消」 came first, even if the work finished before the cancel reached it', async () => {
    mount();
    fireEvent.click(screen.getByText('开始'));
    await waitFor(() => expect(stateText()).toBe('running|'));
    fireEvent.click(screen.getByText('取消'));
    job.set({ state: 'done', progress: 1, stage: '完成', result: file });
    await waitFor(() => expect(stateText()).toBe('cancelled|'));
    expect(job.cancelled).toHaveBeenCalledWith('job-1');
    expect(saveFile).not.toHaveBeenCalled();
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
