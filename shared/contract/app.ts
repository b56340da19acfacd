import { z } from 'zod';
import { channel, noInput } from './channel';

export const appChannels = {
  /** What the shell shows in 设置 and whether to show the first-run empty state. */
  'app.info': channel(
    noInput,
    z.object({
      version: z.string(),
      mode: z.enum(['electron', 'browser']),
      dataDir: z.string(),
      dbPath: z.string(),
      operator: z.string(),
      /** no units and no people yet */
      empty: z.boolean(),
    }),
  ),
  /** 「载入演示数据」: a demo 国防动员办公室 (later features extend it). Refused when data exists. */
  'demo.load': channel(noInput, z.object({ units: z.number().int(), people: z.number().int() })),
};
