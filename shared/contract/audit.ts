import { z } from 'zod';
import { channel } from './channel';

/** One line of what changed, in words: 「李四 等次：称职 → 优秀（建议：称职；理由：…）」. */
export const auditChange = z.object({
  /** whom the line is about (a person, unit or star); '' when the row names one subject */
  subject: z.string(),
  /** what changed: 等次, 第二季度, 完成情况, 文明星 … */
  field: z.string(),
  before: z.string(),
  after: z.string(),
  /** per-line detail: the suggestion, the reason given for this person … */
  note: z.string().optional(),
});
export type AuditChange = z.infer<typeof auditChange>;

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  /** e.g. 'person.update', 'roster.import', 'backup.restore' */
  action: z.string(),
  /** Chinese one-liner, e.g. 「修改人员 张三：职务」 */
  summary: z.string(),
  /** whom it concerns: 「张三、李四（2026年度考核）」; '' on rows written before the field existed */
  subjects: z.string(),
  /** the reason the user gave; '' when none */
  reason: z.string(),
  /** before → after in words; null on rows that keep only before/after records */
  changes: z.array(auditChange).nullable(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditChannels = {
  'audit.list': channel(
    z.object({
      text: z.string().optional(),
      action: z.string().optional(),
      from: z.string().optional(),
      to: z.string().optional(),
      limit: z.number().int().min(1).max(1000).default(200),
      offset: z.number().int().min(0).default(0),
    }),
    z.object({ rows: z.array(auditEntry), total: z.number().int(), actions: z.array(z.string()) }),
  ),
};
