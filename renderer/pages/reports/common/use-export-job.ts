import { App } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OutgoingFile } from '../../../../shared/contract/channel';
import { saveFile } from '../../../api';
import { callChannel, errorText } from '../../../hooks/api-hooks';

/**
 * A long export run as a background job (年终考核材料, 登记表 batches): start it, poll its progress
 * for a real progress bar, 「取消」 it, and on success hand the file to the save dialog (or the
 * download) as the plain exports do. A job cancelled by the user never hands out a file, even one
 * that happened to finish before the cancel reached it. Leaving the page cancels a running job.
 */
export interface ExportJobState {
  readonly phase: 'idle' | 'running' | 'done' | 'failed' | 'cancelled';
  /** 0..1 */
  readonly progress: number;
  /** Chinese, from the service: 「正在生成：张三（12/60）」 */
  readonly stage: string;
  /** set once done: the file handed to the user */
  readonly fileName?: string;
  readonly error?: string;
}

export interface JobStatusLike {
  readonly state: 'running' | 'done' | 'failed' | 'cancelled';
  readonly progress: number;
  readonly stage: string;
  readonly result?: OutgoingFile;
  readonly error?: { readonly code: string; readonly message: string };
}

export interface ExportJobChannels {
  readonly status: (jobId: string) => Promise<JobStatusLike>;
  readonly cancel: (jobId: string) => Promise<unknown>;
}

const reportJobs: ExportJobChannels = {
  status: (jobId) => callChannel('reports.exportStatus', { jobId }),
  cancel: (jobId) => callChannel('reports.cancelExport', { jobId }),
};

export const cancelledText = '已取消，未生成文件';
const idle: ExportJobState = { phase: 'idle', progress: 0, stage: '' };
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function useExportJob(channels: ExportJobChannels = reportJobs, pollMs = 250) {
  const { message } = App.useApp();
  const [state, setState] = useState<ExportJobState>(idle);
  const current = useRef<{ jobId: string | null; cancelled: boolean; alive: boolean } | null>(null);

  const start = useCallback(
    async (begin: () => Promise<{ jobId: string }>) => {
      if (current.current?.alive) return;
      const run = { jobId: null as string | null, cancelled: false, alive: true };
      current.current = run;
      setState({ phase: 'running', progress: 0, stage: '准备中' });
      const finish = (next: ExportJobState) => {
        run.alive = false;
        if (current.current === run) setState(next);
      };
      try {
        const { jobId } = await begin();
        run.jobId = jobId;
        if (run.cancelled) void channels.cancel(jobId).catch(() => undefined);
        for (;;) {
          const status = await channels.status(jobId);
          if (current.current !== run) return;
          if (status.state === 'running') {
            setState({ phase: 'running', progress: status.progress, stage: run.cancelled ? '正在取消…' : status.stage });
            await wait(pollMs);
            continue;
          }
          if (status.state === 'cancelled' || run.cancelled) {
            finish({ phase: 'cancelled', progress: status.progress, stage: cancelledText });
            void message.info(cancelledText);
            return;
          }
          if (status.state === 'failed' || !status.result) {
            const error = status.error?.message ?? '导出未能完成，请重试。';
            finish({ phase: 'failed', progress: status.progress, stage: '导出失败', error });
            void message.error(error, 6);
            return;
          }
          await saveFile(status.result);
          finish({ phase: 'done', progress: 1, stage: '完成', fileName: status.result.fileName });
          void message.success(`已导出：${status.result.fileName}`);
          return;
        }
      } catch (error) {
        finish({ phase: 'failed', progress: 0, stage: '导出失败', error: errorText(error) });
        void message.error(errorText(error), 6);
      }
    },
    [channels, message, pollMs],
  );

  const cancel = useCallback(() => {
    const run = current.current;
    if (!run?.alive || run.cancelled) return;
    run.cancelled = true;
    setState((s) => ({ ...s, stage: '正在取消…' }));
    if (run.jobId) void channels.cancel(run.jobId).catch(() => undefined);
  }, [channels]);

  // leaving the page: stop polling and stop the work; nobody is there to save its file
  useEffect(
    () => () => {
      const run = current.current;
      current.current = null;
      if (run?.alive && run.jobId) void channels.cancel(run.jobId).catch(() => undefined);
    },
    [channels],
  );

  return { state, start, cancel, running: state.phase === 'running' };
}
