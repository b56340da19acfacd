import { z } from 'zod';
import { channel } from './channel';

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  /** e.g. 'person.update', 'roster.import', 'backup.restore' */
  action: z.string(),
  /** Chinese one-liner, e.g. 「修改人员 张三：职务」 */
  summary: z.string(),
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
