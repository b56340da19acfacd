import { z } from 'zod';
import { channel, noInput } from './channel';

const operatorState = z.object({
  /** '' when none is set */
  name: z.string(),
  /** the OS account, recorded while name is '' */
  fallback: z.string(),
});

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
  /** 设置 → 操作员: the stored operator name ('' when none) and the OS account used when it is empty. */
  'settings.operator': channel(noInput, operatorState),
  /** Sets the name recorded as 经办人 from now on; '' clears it back to the OS account. */
  'settings.setOperator': channel(z.object({ name: z.string().trim().max(20, '姓名不超过20字') }), operatorState),
  /** 「载入演示数据」: a demo 国防动员办公室 (later features extend it). Refused when data exists. */
  'demo.load': channel(noInput, z.object({ units: z.number().int(), people: z.number().int() })),
};
