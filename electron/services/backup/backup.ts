import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { writeAudit } from '../../../db/audit';
import { backupPath, listBackupFiles, removeWithSidecars, takeBackup, type BackupFile } from '../../../db/backup/backup-files';
import { upgradeOldLayoutBackups, type OldBackupUpgrade } from '../../../db/backup/backup-upgrade';
import { assertAppDatabaseFile, integrityReport } from '../../../db/database-file-check';
import { finishRestore, rollBackRestore, stageRestore, swapInRestored } from '../../../db/backup/restore-files';
import { checkpointWal, closeDatabase, openDatabase, type Db } from '../../../db/open';
import type { AppContext } from '../../context';

const toInfo = (b: BackupFile): ChannelOutput<'backup.create'> => ({ fileName: b.fileName, createdAt: b.createdAt, reason: b.reason, sizeBytes: b.sizeBytes, problem: b.problem });

export const listBackups = (ctx: AppContext): ChannelOutput<'backup.list'> => listBackupFiles(ctx.backupDir).map(toInfo);

/** 「立即备份」 */
export async function createBackup(ctx: AppContext): Promise<ChannelOutput<'backup.create'>> {
  const backup = await takeBackup(ctx.db, ctx.backupDir, 'manual');
  const db = ctx.db;
  db.transaction(() => {
    writeAudit(db, { actor: ctx.actor(), action: 'backup.create', entity: 'backup', entityId: backup.fileName, summary: `手动备份：${backup.fileName}`, subjects: backup.fileName });
  })();
  return toInfo(backup);
}

/**
 * Restores one backup. The chosen file is copied and the copy checked before anything else: it
 * must be a complete, undamaged database of this program (not 0 bytes, not cut short, SQLite,
 * this program's tables, a schema version this program knows); anything else is refused with the
 * reason and the current data is not touched. Then a safety backup of the current state, and the
 * crash-safe swap of db/backup/restore-files.ts. The audit row goes into the restored data, so the log
 * shows the restore after the restore.
 */
export async function restoreBackup(ctx: AppContext, input: ParsedInput<'backup.restore'>): Promise<ChannelOutput<'backup.restore'>> {
  const source = backupPath(ctx.backupDir, input.fileName);
  if (!source) throw new AppError('BACKUP_NOT_FOUND', `备份文件不存在：${input.fileName}`);

  // Work on a copy of the chosen backup: the backup itself stays untouched, and the safety backup
  // below may rotate old automatic backups out, the chosen one among them.
  const incoming = stageRestore(source, ctx.dbPath);
  try {
    assertAppDatabaseFile(incoming, `备份文件 ${input.fileName} `);
  } catch (error) {
    removeWithSidecars(incoming);
    if (error instanceof AppError) throw new AppError(error.code, `${error.message}无法恢复，当前数据未改变。`);
    throw error;
  }

  let safety: BackupFile;
  try {
    safety = await takeBackup(ctx.db, ctx.backupDir, 'restore');
  } catch (error) {
    removeWithSidecars(incoming);
    throw error;
  }

  // Fold the WAL into the main file and close, so the file on disk is the whole current state.
  checkpointWal(ctx.db);
  closeDatabase(ctx.db);
  swapInRestored(ctx.dbPath);

  let restored: Db;
  try {
    restored = await openDatabase(ctx.dbPath, { backupDir: ctx.backupDir });
  } catch (error) {
    // Put the current data back exactly as it was and refuse.
    rollBackRestore(ctx.dbPath);
    ctx.db = await openDatabase(ctx.dbPath, { backupDir: ctx.backupDir });
    // the failed open may have taken a pre-migration backup of the old file first
    upgradeOldBackups(ctx);
    const why = error instanceof AppError ? error.message : (error as Error).message;
    throw new AppError('BACKUP_RESTORE_FAILED', `无法从备份 ${input.fileName} 恢复：${why}。当前数据未改变。`);
  }
  ctx.db = restored;
  restored.transaction(() => {
    writeAudit(restored, {
      actor: ctx.actor(), action: 'backup.restore', entity: 'backup', entityId: input.fileName,
      summary: `从备份恢复：${input.fileName}（恢复前的数据已备份为 ${safety.fileName}）`, subjects: input.fileName,
    });
  })();
  finishRestore(ctx.dbPath);
  // An old backup restored was migrated on opening, and the backup taken just before that holds
  // the old ballot layout: rewrite it now rather than at the next start.
  upgradeOldBackups(ctx);
  return { safetyBackup: toInfo(safety) };
}

/**
 * Rewrites the backups that predate the ballot-slot layout (db/backup/backup-upgrade.ts), at every start
 * (electron/boot.ts) and after a restore. One 操作日志 row when any was rewritten, naming them; a
 * backup that could not be rewritten is named there too and returned for the start-up log. A start
 * with nothing to do reads only the backups' headers and writes nothing.
 */
export function upgradeOldBackups(ctx: AppContext): OldBackupUpgrade {
  let result: OldBackupUpgrade;
  try {
    result = upgradeOldLayoutBackups(ctx.backupDir);
  } catch (error) {
    // the folder itself unreadable: neither the start nor a finished restore may fail for it
    return { upgraded: [], failed: [{ fileName: '', problem: `旧版备份未能升级（${(error as Error).message}）。` }] };
  }
  if (result.upgraded.length === 0) return result;
  const failed = result.failed.length === 0 ? '' : `；另有 ${result.failed.length} 个无法升级，保持原样：${result.failed.map((f) => f.problem).join('')}`;
  const db = ctx.db;
  db.transaction(() => {
    writeAudit(db, {
      actor: ctx.actor(), action: 'backup.upgradeOld', entity: 'backup', entityId: null,
      summary: `升级旧版备份 ${result.upgraded.length} 个：选票改为随机存放，不再保留投票顺序，备份文件名和备份时间不变${failed}`,
      subjects: result.upgraded.join('、'),
    });
  })();
  return result;
}

const tableNames: Readonly<Record<string, string>> = { units: '单位', people: '人员', audit_log: '操作日志', settings: '设置', vocabulary: '词表' };
const tableName = (t: string) => (tableNames[t] ? `${tableNames[t]}表（${t}）` : `表 ${t}`);

/** 「检查数据完整性」: PRAGMA integrity_check + foreign_key_check, reported in Chinese. */
export function checkIntegrity(ctx: AppContext): ChannelOutput<'backup.integrityCheck'> {
  const { integrity, foreignKeys } = integrityReport(ctx.db);
  const structureOk = integrity.length === 1 && integrity[0] === 'ok';
  const messages: string[] = [];
  if (structureOk) messages.push('数据文件结构完整（integrity_check 通过）。');
  else messages.push(`数据文件结构有 ${integrity.length} 处问题，请从最近的备份恢复：`, ...integrity.slice(0, 50).map((m) => `结构问题：${m}`));
  if (foreignKeys.length === 0) messages.push('数据关联完整，没有引用不存在记录的行（foreign_key_check 通过）。');
  else {
    messages.push(`有 ${foreignKeys.length} 行引用了不存在的记录：`);
    for (const p of foreignKeys.slice(0, 50)) messages.push(`${tableName(p.table)}第 ${p.rowid ?? '?'} 行引用的${tableName(p.parent)}记录不存在`);
  }
  return { ok: structureOk && foreignKeys.length === 0, messages };
}
