import { vi } from 'vitest';
import type { JobKind, JobStatus } from '../../shared/contract/jobs';

/**
 * A job the test moves on by hand, for the renderer's useJob: the mocked `invoke` answers
 * `jobs.status` with the current step and records `jobs.cancel`.
 */
export function scriptedJob<K extends JobKind>(kind: K, jobId = 'job-1') {
  let status = { jobId, kind, state: 'running', progress: 0.1, stage: '正在处理（1/60）' } as JobStatus<K>;
  const cancelled = vi.fn<(jobId: string) => void>();
  const invoke = vi.fn(async (channel: string, input?: unknown) => {
    if (channel === 'jobs.status') return status;
    if (channel === 'jobs.cancel') {
      cancelled((input as { jobId: string }).jobId);
      return null;
    }
    throw new Error(`unexpected call of ${channel}`);
  });
  return { invoke, cancelled, set: (next: Partial<JobStatus<K>>) => (status = { ...status, ...next }) };
}
