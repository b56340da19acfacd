import { z } from 'zod';
import { channel, noInput } from './channel';

export const backupInfo = z.object({
  fileName: z.string(),
  /** ISO timestamp */
  createdAt: z.string(),
  reason: z.enum(['manual', 'daily', 'quit', 'migration', 'restore']),
  sizeBytes: z.number().int(),
  /** why this file cannot be restored (empty, cut short, not a database), or null for a good backup */
  problem: z.string().nullable(),
});
export type BackupInfo = z.infer<typeof backupInfo>;

export const backupChannels = {
  'backup.list': channel(noInput, z.array(backupInfo)),
  /** 「立即备份」 */
  'backup.create': channel(noInput, backupInfo),
  /** restores one backup after taking a safety backup of the current state */
  'backup.restore': channel(z.object({ fileName: z.string() }), z.object({ safetyBackup: backupInfo })),
  /** 「检查数据完整性」: PRAGMA integrity_check + foreign_key_check */
  'backup.integrityCheck': channel(noInput, z.object({ ok: z.boolean(), messages: z.array(z.string()) })),
};
