import { randomUUID } from 'node:crypto';
import type { ChannelOutput, ParsedInput } from '../shared/contract';
import type { JobKind, JobResult, JobState } from '../shared/contract/jobs';
import { AppError } from '../shared/errors';
import type { AppContext } from './context';

export type ReportProgress = (progress: number, stage: string) => void;

/** What each kind of job hands back (shared/contract/jobs.ts); tests give a registry their own kinds. */
export type JobResults = { [K in JobKind]: JobResult<K> };

/** The status of one job, its result typed by its kind. */
export type JobStatusOf<R, K extends keyof R = keyof R> = K extends keyof R
  ? { jobId: string; kind: K; state: JobState; progress: number; stage: string; result?: R[K]; error?: { code: string; message: string } }
  : never;

/** Thrown by a job's work when it sees its signal aborted; the job ends as 'cancelled'. */
export class JobCancelled extends Error {
  override readonly name = 'JobCancelled';
}

/** Long work calls this between steps (e.g. between people) so 「取消」 stops it promptly. */
export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new JobCancelled('cancelled');
}

interface JobEntry {
  jobId: string;
  kind: string;
  state: JobState;
  progress: number;
  stage: string;
  result?: unknown;
  error?: { code: string; message: string };
  finishedAt?: number;
  controller: AbortController;
}

/**
 * Long work (imports, exports) runs in the background and is polled, so the renderer can show a
 * real progress bar. A job can be cancelled: its work gets an AbortSignal, and a cancelled job
 * keeps no result, so a cancelled export leaves no file behind. Finished jobs are forgotten after
 * a while so results do not pile up.
 */
export class JobRegistry<R extends object = JobResults> {
  private readonly jobs = new Map<string, JobEntry>();

  constructor(private readonly keepMs = 10 * 60_000) {}

  start<K extends keyof R & string>(kind: K, run: (report: ReportProgress, signal: AbortSignal) => Promise<R[K]>): string {
    this.sweep();
    const jobId = `${kind}-${randomUUID()}`;
    const job: JobEntry = { jobId, kind, state: 'running', progress: 0, stage: '准备中', controller: new AbortController() };
    this.jobs.set(jobId, job);
    const report: ReportProgress = (progress, stage) => {
      job.progress = Math.max(0, Math.min(1, progress));
      job.stage = stage;
    };
    // Start on the next tick so the caller gets the id before any work (or failure) happens.
    setImmediate(() => {
      const { signal } = job.controller;
      run(report, signal).then(
        (result) => {
          if (signal.aborted) Object.assign(job, { state: 'cancelled', stage: '已取消', finishedAt: Date.now() });
          else Object.assign(job, { state: 'done', progress: 1, stage: '完成', result, finishedAt: Date.now() });
        },
        (error: unknown) =>
          signal.aborted || error instanceof JobCancelled
            ? Object.assign(job, { state: 'cancelled', stage: '已取消', finishedAt: Date.now() })
            : Object.assign(job, {
                state: 'failed',
                stage: '失败',
                finishedAt: Date.now(),
                error: error instanceof AppError ? { code: error.code, message: error.message } : { code: 'INTERNAL', message: `处理失败：${(error as Error)?.message ?? String(error)}` },
              }),
      );
    });
    return jobId;
  }

  status(jobId: string): JobStatusOf<R> {
    const job = this.jobs.get(jobId);
    if (!job) throw new AppError('JOB_NOT_FOUND', '该任务不存在或已过期，请重新操作。');
    const { finishedAt: _finishedAt, controller: _controller, ...status } = job;
    // start() typed the result by the kind it stored beside it
    return status as JobStatusOf<R>;
  }

  /** Asks a running job to stop; a finished job is left as it is. */
  cancel(jobId: string): void {
    const job = this.jobs.get(jobId);
    if (!job) throw new AppError('JOB_NOT_FOUND', '该任务不存在或已过期，请重新操作。');
    if (job.state === 'running') job.controller.abort();
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, job] of this.jobs) if (job.finishedAt && now - job.finishedAt > this.keepMs) this.jobs.delete(id);
  }
}

/** `jobs.status`: any job's progress, and its result once done. */
export const getJobStatus = (ctx: AppContext, input: ParsedInput<'jobs.status'>): ChannelOutput<'jobs.status'> => ctx.jobs.status(input.jobId);

/** `jobs.cancel`: 「取消」 of any job. */
export function cancelJob(ctx: AppContext, input: ParsedInput<'jobs.cancel'>): ChannelOutput<'jobs.cancel'> {
  ctx.jobs.cancel(input.jobId);
  return null;
}
