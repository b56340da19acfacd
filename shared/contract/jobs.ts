import { z } from 'zod';
import { channel, jobRef, nothing, outgoingFile } from './channel';
import { importSession } from './roster-import';

/**
 * One protocol for long work (ARCHITECTURE §3): a feature's start channel (`roster.importStart`,
 * `reports.startMaterials`, `reports.startRegister`) returns a `jobId`; `jobs.status` reports its
 * progress and, once done, its result; `jobs.cancel` stops it. A cancelled job keeps no result.
 */

/** What each kind of job hands back when done. The kind is part of the status, so the result is typed by it. */
export const jobResults = {
  /** 导入花名册: the workbook read and its first guess of sheet, header row and columns */
  'roster-import': importSession,
  /** 年终考核材料, 登记表 batches: the file to save */
  export: outgoingFile,
} as const;

export type JobKind = keyof typeof jobResults;
export type JobResult<K extends JobKind> = z.output<(typeof jobResults)[K]>;

export const jobState = z.enum(['running', 'done', 'failed', 'cancelled']);
export type JobState = z.infer<typeof jobState>;

const statusOf = <K extends JobKind>(kind: K) =>
  z.object({
    jobId: z.string(),
    kind: z.literal(kind),
    state: jobState,
    /** 0..1 */
    progress: z.number(),
    /** Chinese, e.g. 「正在读取工作簿」 */
    stage: z.string(),
    /** set when state is 'done' */
    result: z.optional(jobResults[kind]),
    /** set when state is 'failed'; the message is Chinese and fit to show */
    error: z.object({ code: z.string(), message: z.string() }).optional(),
  });

export const jobStatus = z.discriminatedUnion('kind', [statusOf('roster-import'), statusOf('export')]);
/** The status of a job of kind K (all kinds when K is left open). */
export type JobStatus<K extends JobKind = JobKind> = Extract<z.output<typeof jobStatus>, { kind: K }>;

export const jobsChannels = {
  /** progress, stage and (once done) the result of any job; polled by the renderer's useJob */
  'jobs.status': channel(jobRef, jobStatus),
  /** asks a running job to stop; a finished job is left as it is */
  'jobs.cancel': channel(jobRef, nothing),
};
