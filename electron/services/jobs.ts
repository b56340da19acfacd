import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';

export type ReportProgress = (progress: number, stage: string) => void;

export interface JobStatus<T> {
  jobId: string;
  state: 'running' | 'done' | 'failed';
  progress: number;
  stage: string;
  result?: T;
  error?: { code: string; message: string };
}

/**
 * Long work (imports, exports) runs in the background and is polled, so the renderer can show a
 * real progress bar. Finished jobs are forgotten after a while so results do not pile up.
 */
export class JobRegistry {
  private readonly jobs = new Map<string, JobStatus<unknown> & { finishedAt?: number }>();

  constructor(private readonly keepMs = 10 * 60_000) {}

  start<T>(kind: string, run: (report: ReportProgress) => Promise<T>): string {
    this.sweep();
    const jobId = `${kind}-${randomUUID()}`;
    const job: JobStatus<unknown> & { finishedAt?: number } = { jobId, state: 'running', progress: 0, stage: '准备中' };
    this.jobs.set(jobId, job);
    const report: ReportProgress = (progress, stage) => {
      job.progress = Math.max(0, Math.min(1, progress));
      job.stage = stage;
    };
    // Start on the next tick so the caller gets the id before any work (or failure) happens.
    setImmediate(() => {
      run(report).then(
        (result) => Object.assign(job, { state: 'done', progress: 1, stage: '完成', result, finishedAt: Date.now() }),
        (error: unknown) =>
          Object.assign(job, {
            state: 'failed',
            stage: '失败',
            finishedAt: Date.now(),
            error: error instanceof AppError ? { code: error.code, message: error.message } : { code: 'INTERNAL', message: `处理失败：${(error as Error)?.message ?? String(error)}` },
          }),
      );
    });
    return jobId;
  }

  status<T>(jobId: string): JobStatus<T> {
    const job = this.jobs.get(jobId);
    if (!job) throw new AppError('JOB_NOT_FOUND', '该任务不存在或已过期，请重新操作。');
    const { finishedAt: _finishedAt, ...status } = job;
    return status as JobStatus<T>;
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, job] of this.jobs) if (job.finishedAt && now - job.finishedAt > this.keepMs) this.jobs.delete(id);
  }
}
