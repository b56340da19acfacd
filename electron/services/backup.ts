import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { ChannelOutput, ParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { writeAudit } from '../../db/audit';
import { backupPath, listBackupFiles, takeBackup, type BackupFile } from '../../db/backup-files';
import { assertNotNewer } from '../../db/migrate';
import { closeDatabase, openDatabase, type Db } from '../../db/open';
import type { AppContext } from '../context';

const toInfo = (b: BackupFile): ChannelOutput<'backup.create'> => ({ fileName: b.fileName, createdAt: b.createdAt, reason: b.reason, sizeBytes: b.sizeBytes });

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

/** The files SQLite keeps beside a WAL-mode database. */
const sidecars = (file: string) => [`${file}-wal`, `${file}-shm`, `${file}-journal`];

function removeWithSidecars(file: string): void {
  for (const f of [file, ...sidecars(file)]) fs.rmSync(f, { force: true });
}

/**
 * Opens the copy of the chosen backup and checks it before the current data is touched: a corrupt
 * file, a file that is not a database, or one written by a newer program is refused here. (A copy,
 * because even a read-only look at a WAL-mode file leaves -wal/-shm files beside it.)
 */
function assertRestorable(file: string, fileName: string): void {
  let probe: Db | undefined;
  try {
    probe = new Database(file, { fileMustExist: true });
    const check = probe.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new AppError('BACKUP_CORRUPT', `备份文件 ${fileName} 已损坏（${String(check)}），无法恢复，当前数据未改变。`);
    probe.prepare('SELECT count(*) FROM sqlite_master').get();
    assertNotNewer(probe);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('BACKUP_CORRUPT', `备份文件 ${fileName} 无法打开（${(error as Error).message}），可能已损坏，当前数据未改变。`);
  } finally {
    probe?.close();
  }
}

/**
 * Restores one backup: a safety backup of the current state first, then the database file is
 * replaced and reopened (which migrates an older backup). If the backup cannot be opened, the
 * current file is put back and the restore is refused. The audit row goes into the restored data,
 * so the log shows the restore after the restore.
 */
export async function restoreBackup(ctx: AppContext, input: ParsedInput<'backup.restore'>): Promise<ChannelOutput<'backup.restore'>> {
  const source = backupPath(ctx.backupDir, input.fileName);
  if (!source) throw new AppError('BACKUP_NOT_FOUND', `备份文件不存在：${input.fileName}`);

  // Work on a copy of the chosen backup: the backup itself stays untouched, and the safety backup
  // below may rotate old automatic backups out, the chosen one among them.
  const incoming = `${ctx.dbPath}.restoring`;
  removeWithSidecars(incoming);
  fs.copyFileSync(source, incoming);
  try {
    assertRestorable(incoming, input.fileName);
  } catch (error) {
    removeWithSidecars(incoming);
    throw error;
  }

  const safety = await takeBackup(ctx.db, ctx.backupDir, 'restore');

  // Fold the WAL into the main file and close, so the file on disk is the whole current state.
  ctx.db.pragma('wal_checkpoint(TRUNCATE)');
  closeDatabase(ctx.db);
  const previous = `${ctx.dbPath}.before-restore`;
  removeWithSidecars(previous);
  fs.renameSync(ctx.dbPath, previous);
  for (const f of sidecars(ctx.dbPath)) fs.rmSync(f, { force: true });
  fs.renameSync(incoming, ctx.dbPath);

  let restored: Db;
  try {
    restored = await openDatabase(ctx.dbPath, { backupDir: ctx.backupDir });
  } catch (error) {
    // Put the current data back exactly as it was and refuse.
    removeWithSidecars(ctx.dbPath);
    fs.renameSync(previous, ctx.dbPath);
    ctx.db = await openDatabase(ctx.dbPath, { backupDir: ctx.backupDir });
    const why = error instanceof AppError ? error.message : (error as Error).message;
    throw new AppError('BACKUP_RESTORE_FAILED', `无法从备份 ${input.fileName} 恢复：${why}。当前数据未改变。`);
  }
  ctx.db = restored;
  removeWithSidecars(previous);
  restored.transaction(() => {
    writeAudit(restored, {
      actor: ctx.actor(), action: 'backup.restore', entity: 'backup', entityId: input.fileName,
      summary: `从备份恢复：${input.fileName}（恢复前的数据已备份为 ${safety.fileName}）`, subjects: input.fileName,
    });
  })();
  return { safetyBackup: toInfo(safety) };
}

interface ForeignKeyProblem { table: string; rowid: number | null; parent: string; fkid: number }

const tableNames: Readonly<Record<string, string>> = { units: '单位', people: '人员', audit_log: '操作日志', settings: '设置', vocabulary: '词表' };
const tableName = (t: string) => (tableNames[t] ? `${tableNames[t]}表（${t}）` : `表 ${t}`);

/** 「检查数据完整性」: PRAGMA integrity_check + foreign_key_check, reported in Chinese. */
export function checkIntegrity(ctx: AppContext): ChannelOutput<'backup.integrityCheck'> {
  const db = ctx.db;
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  const foreignKeys = db.pragma('foreign_key_check') as ForeignKeyProblem[];
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
