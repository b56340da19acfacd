import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobKind, JobResult, JobStatus } from '../../shared/contract/jobs';
import { invoke } from '../api';
import { errorText } from './api-hooks';

/**
 * Long work run as a background job (ARCHITECTURE §3): a feature's start channel returns a jobId,
 * `jobs.status` is polled for a real progress bar and the result, `jobs.cancel` is 「取消」. One hook
 * for every job: the roster import's read and the 年终考核 exports.
 */
export interface JobView<K extends JobKind> {
  readonly phase: 'idle' | 'running' | 'done' | 'failed' | 'cancelled';
  /** 0..1 */
  readonly progress: number;
  /** Chinese, from the service: 「正在读取工作簿」, 「正在生成登记表（12/60）」, 「正在取消…」 */
  readonly stage: string;
  /** once done */
  readonly result?: JobResult<K>;
  /** once failed: the service's Chinese message */
  readonly error?: string;
}

export type JobOutcome<K extends JobKind> =
  | { readonly state: 'done'; readonly result: JobResult<K> }
  | { readonly state: 'failed'; readonly error: string }
  | { readonly state: 'cancelled' };

export interface JobStartOptions<K extends JobKind> {
  /** shown until the service reports its first stage */
  readonly stage?: string;
  /** runs on the result before the job counts as done (an export hands its file to the save dialog); a throw fails the job */
  readonly finish?: (result: JobResult<K>) => Promise<void>;
}

export const cancellingStage = '正在取消…';
const idle = { phase: 'idle', progress: 0, stage: '' } as const;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const cancelQuietly = (jobId: string) => void invoke('jobs.cancel', { jobId }).catch(() => undefined);

interface Run {
  jobId: string | null;
  cancelled: boolean;
  alive: boolean;
}

/**
 * Runs one job of kind K at a time. `start` resolves with how the job ended, or null when a newer
 * start, `reset` or leaving the page took over (the older job is cancelled then). A job the user
 * cancelled never hands out its result, even one that finished before the cancel reached it.
 */
export function useJob<K extends JobKind>(kind: K, pollMs = 250) {
  const [state, setState] = useState<JobView<K>>(idle);
  const current = useRef<Run | null>(null);

  /** Ends the current run (if any): no more polling, and its job is cancelled when still running. */
  const drop = useCallback(() => {
    const run = current.current;
    current.current = null;
    if (run?.alive && run.jobId) cancelQuietly(run.jobId);
    if (run) run.alive = false;
  }, []);

  const start = useCallback(
    async (begin: () => Promise<{ jobId: string }>, options: JobStartOptions<K> = {}): Promise<JobOutcome<K> | null> => {
      drop();
      const run: Run = { jobId: null, cancelled: false, alive: true };
      current.current = run;
      setState({ phase: 'running', progress: 0, stage: options.stage ?? '准备中' });
      const end = (view: JobView<K>, outcome: JobOutcome<K>): JobOutcome<K> | null => {
        if (current.current !== run) return null;
        run.alive = false;
        setState(view);
        return outcome;
      };
      const fail = (progress: number, error: string) => end({ phase: 'failed', progress, stage: '失败', error }, { state: 'failed', error });
      try {
        const { jobId } = await begin();
        run.jobId = jobId;
        if (current.current !== run) {
          cancelQuietly(jobId);
          return null;
        }
        if (run.cancelled) cancelQuietly(jobId);
        for (;;) {
          const status: JobStatus = await invoke('jobs.status', { jobId });
          if (current.current !== run) return null;
          if (status.state === 'running') {
            setState({ phase: 'running', progress: status.progress, stage: run.cancelled ? cancellingStage : status.stage });
            await wait(pollMs);
            continue;
          }
          if (status.state === 'cancelled' || run.cancelled) return end({ phase: 'cancelled', progress: status.progress, stage: '已取消' }, { state: 'cancelled' });
          if (status.state === 'failed' || status.kind !== kind || status.result === undefined) {
            return fail(status.progress, status.error?.message ?? '未能完成，请重试。');
          }
          // the kind was checked just above, so the result is this kind's
          const result = status.result as JobResult<K>;
          await options.finish?.(result);
          return end({ phase: 'done', progress: 1, stage: '完成', result }, { state: 'done', result });
        }
      } catch (error) {
        return fail(0, errorText(error));
      }
    },
    [drop, kind, pollMs],
  );

  /** 「取消」: asks the service to stop; the state says 「正在取消…」 until the job has ended. */
  const cancel = useCallback(() => {
    const run = current.current;
    if (!run?.alive || run.cancelled) return;
    run.cancelled = true;
    setState((s) => ({ ...s, stage: cancellingStage }));
    if (run.jobId) cancelQuietly(run.jobId);
  }, []);

  /** Back to idle; a running job is cancelled. */
  const reset = useCallback(() => {
    drop();
    setState(idle);
  }, [drop]);

  // leaving the page: stop polling and stop the work; nobody is there to use its result
  useEffect(() => drop, [drop]);

  return { state, start, cancel, reset, running: state.phase === 'running' };
}
