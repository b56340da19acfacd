import Database from 'better-sqlite3';
import { AppError } from '../shared/errors';
import { takeBackup } from './backup';
import { assertNotNewer, migrate, needsMigration, schemaVersion } from './migrate';
import { migrations as shippedMigrations } from './migrations';
import type { Migration } from './migrations/types';

export type Db = Database.Database;

export interface OpenOptions {
  /** where the pre-migration backup goes; omitted = no backup (tests, fresh files) */
  readonly backupDir?: string;
  /** the steps to apply; tests pass their own, the app uses all shipped migrations */
  readonly migrations?: readonly Migration[];
}

/**
 * Pragmas every connection needs. Foreign keys are off by default in SQLite, so they are set here.
 * secure_delete zeroes what a delete or update frees (cells, pages), so no deleted ballot, old
 * ballot layout or wiped test round survives in the file, its WAL or a backup
 * (db/evaluation/ballot-slots.ts).
 */
export function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  db.pragma('busy_timeout = 5000');
}

/**
 * Opens (or creates) the database file: pragmas, a quick integrity check, refusal of a newer
 * schema, a backup before migrating an existing file, then the pending migrations.
 */
export async function openDatabase(file: string, options: OpenOptions = {}): Promise<Db> {
  let db: Db;
  try {
    db = new Database(file);
    applyPragmas(db);
  } catch (error) {
    throw new AppError('DB_OPEN_FAILED', `无法打开数据文件 ${file}：${(error as Error).message}`);
  }
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new AppError('DB_CORRUPT', `数据文件已损坏（${String(check)}），请在「设置 → 数据与备份」中从备份恢复。`);
    const steps = options.migrations ?? shippedMigrations;
    assertNotNewer(db, steps);
    if (needsMigration(db, steps) && schemaVersion(db) > 0 && options.backupDir) await takeBackup(db, options.backupDir, 'migration', new Date(), { migrations: steps });
    migrate(db, steps);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function closeDatabase(db: Db): void {
  if (!db.open) return;
  try {
    db.pragma('optimize');
  } finally {
    db.close();
  }
}

/** Folds the WAL into the main file, so the file on disk is the whole current state (before a restore swaps it). */
export function checkpointWal(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/** Rows changed through this connection since it opened (SQLite's total_changes()). */
export function totalChanges(db: Db): number {
  return (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}
