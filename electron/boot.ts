import fs from 'node:fs';
import { listBackupFiles, removeUnfinishedBackups, takeBackup, recoverInterruptedRestore } from '../db/backup';
import { closeDatabase, openDatabase } from '../db/open';
import { hasRosterData } from '../db/roster-counts';
import { createContext, type AppContext } from './context';
import { upgradeOldBackups } from './services/backup';
import { backupDir, databaseFile } from './data-dir';

export interface BootOptions {
  readonly dataDir: string;
  readonly mode: AppContext['mode'];
  readonly version: string;
}

/** Opens the data folder for either shell: database, migrations, the daily backup. */
export async function bootApp(options: BootOptions): Promise<AppContext> {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const dbPath = databaseFile(options.dataDir);
  const backups = backupDir(options.dataDir);
  // What a killed restore or backup left behind is put right before anything opens the data.
  const restore = recoverInterruptedRestore(dbPath);
  if (restore === 'rolled-back') console.warn('[kaoping] 上次恢复备份未完成，已退回恢复前的数据。');
  removeUnfinishedBackups(backups);
  const db = await openDatabase(dbPath, { backupDir: backups });
  const ctx = createContext({ db, dataDir: options.dataDir, dbPath, backupDir: backups, mode: options.mode, version: options.version });
  // Backups from before the ballot-slot layout (the one just taken before migrating among them) are
  // rewritten so none keeps the casting order; a start with none reads only their headers.
  // It never stops the start: a backup that cannot be rewritten stays as it is and is named here.
  const upgrade = upgradeOldBackups(ctx);
  if (upgrade.upgraded.length > 0) console.warn(`[kaoping] 已将 ${upgrade.upgraded.length} 个旧版备份升级为选票随机存放的格式。`);
  for (const f of upgrade.failed) console.warn(`[kaoping] ${f.problem}该备份保持原样。`);
  await takeDailyBackup(ctx);
  return ctx;
}

/** One automatic backup per calendar day, taken at the first start of the day. */
export async function takeDailyBackup(ctx: AppContext, now = new Date()): Promise<boolean> {
  const today = now.toDateString();
  const hasToday = listBackupFiles(ctx.backupDir).some((b) => b.reason === 'daily' && new Date(b.createdAt).toDateString() === today);
  const hasData = hasRosterData(ctx.db);
  if (hasToday || !hasData) return false;
  await takeBackup(ctx.db, ctx.backupDir, 'daily', now);
  return true;
}

/** On quit: a backup (when there is data), PRAGMA optimize, close. */
export async function shutdownApp(ctx: AppContext): Promise<void> {
  if (!ctx.db.open) return;
  const hasData = hasRosterData(ctx.db);
  if (hasData) await takeBackup(ctx.db, ctx.backupDir, 'quit');
  closeDatabase(ctx.db);
}
