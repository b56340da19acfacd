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

/** What a start channel of long work returns; `jobs.status` and `jobs.cancel` take it (shared/contract/jobs.ts). */
export const jobRef = z.object({ jobId: z.string() });
