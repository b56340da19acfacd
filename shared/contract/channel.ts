import { z } from 'zod';

/** A channel is a pair of schemas: what the renderer sends and what it gets back. */
export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
}

export const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): ChannelSpec<I, O> => ({ input, output });

export const noInput = z.object({}).strict().default({});
export const nothing = z.null();

/** Files cross the boundary as bytes (ARCHITECTURE §3); services never see a path from the renderer. */
// z.custom rather than z.instanceof: the latter narrows to Uint8Array<ArrayBuffer>, which Node's Buffers are not.
export const fileBytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, '应为文件内容');
export const incomingFile = z.object({ fileName: z.string().min(1).max(255), bytes: fileBytes });
export const outgoingFile = z.object({ fileName: z.string(), bytes: fileBytes });
export type OutgoingFile = z.infer<typeof outgoingFile>;

/** Progress of long work, polled by the renderer for a real progress bar. */
export const jobState = z.enum(['running', 'done', 'failed', 'cancelled']);
export const jobStatus = <R extends z.ZodType>(result: R) =>
  z.object({
    jobId: z.string(),
    state: jobState,
    /** 0..1 */
    progress: z.number(),
    /** Chinese, e.g. 「正在读取工作簿」 */
    stage: z.string(),
    result: result.optional(),
    error: z.object({ code: z.string(), message: z.string() }).optional(),
  });
