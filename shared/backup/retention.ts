/**
 * How many automatic backups (daily, on quit, before a migration) are kept, in tiers, so ten
 * launches in one day never push out last month: the newest `recent`, plus the newest of each of
 * the last `daily` days, `weekly` weeks and `monthly` months that have a backup (the way restic's
 * --keep-daily and friends count). Manual backups and the safety copies taken before a restore
 * are the user's own and are never pruned.
 */
export const backupRetention = { recent: 10, daily: 7, weekly: 5, monthly: 12 } as const;
export type BackupRetention = { readonly [K in keyof typeof backupRetention]: number };

export const backupRetentionText = (r: BackupRetention = backupRetention): string =>
  `自动备份保留最近 ${r.recent} 份，另按日、周、月各留一份（近 ${r.daily} 天、${r.weekly} 周、${r.monthly} 个月）`;
