import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { commitFile, parseBackupFileName, partialSuffix, removeWithSidecars } from './backup-files';
import { assertAppDatabaseFile, describeFileProblem, readSqliteHeader } from '../database-file-check';
import { migrate } from '../migrate';
import { migrations as shippedMigrations } from '../migrations';
import { migration005 } from '../migrations/005-ballot-slots';
import { applyPragmas } from '../open';
import type { Migration } from '../migrations/types';

/**
 * Backups written before the ballot-slot layout (migration 005) keep the order of casting: ballot
 * rows and overflow pages in casting order, paper entries timed to the millisecond beside the 票号.
 * Migration 005 re-lays the live file out, but a backup is a copy of the pages as they were, so the
 * automatic backup taken just before that migration (db/open.ts), and any older backup in the folder
 * or copied in from an old install, would still give the order away.
 *
 * Each such backup is rewritten in place of itself: a copy is brought to the current schema with
 * the shipped migrations (005 moves the ballots into slots in a random order and keeps the day
 * only), VACUUMed with secure_delete on so no page of the old layout survives in the file, checked
 * like a new backup (integrity, version, tables), and renamed over the original exactly as
 * takeBackup commits a backup (temporary name, fsync, rename, fsync of the folder). The file name,
 * which is what the list reads reason and time from, stays; so does the file's modification time.
 * A rewrite killed half-way leaves only a `.partial` file, which the next start removes
 * (removeUnfinishedBackups), and the original, which the next start rewrites.
 *
 * Deciding costs one 100-byte header read per backup (the schema version is in it), so a start
 * with nothing to do opens no file. Called at every start and after a restore (the restore's own
 * pre-migration backup of an old file is such a backup): electron/services/backup.ts.
 */

/** The first schema version whose files keep no casting order: the ballot-slot migration. */
export const ballotSlotsVersion = migration005.version;

export interface OldBackupUpgrade {
  /** backups rewritten to the current schema, by file name */
  readonly upgraded: readonly string[];
  /** backups of the old layout that could not be rewritten and were left as they are, with the reason */
  readonly failed: readonly { readonly fileName: string; readonly problem: string }[];
}

/** The backups in `dir` whose header says they predate the ballot-slot layout, by file name. */
export function oldLayoutBackups(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((fileName) => {
    if (!parseBackupFileName(fileName)) return false;
    const full = path.join(dir, fileName);
    try {
      if (!fs.statSync(full).isFile()) return false;
      const header = readSqliteHeader(full);
      // not SQLite or empty: nothing to rewrite (the list shows the problem); a version of 0 is a
      // file that never was ours and goes to upgradeBackupFile, which refuses it with the reason
      return header !== null && header.userVersion < ballotSlotsVersion;
    } catch {
      // gone since the folder was read, or held by another program (a virus scanner on Windows): the next start looks again
      return false;
    }
  }).sort();
}

/** Rewrites one old-layout backup to the current schema, or throws an AppError saying why not (the file is then untouched). */
export function upgradeBackupFile(file: string, steps: readonly Migration[] = shippedMigrations): void {
  const label = `旧版备份 ${path.basename(file)} `;
  const early = describeFileProblem(file);
  if (early) throw new AppError(early.code, `${label}${early.problem}。`);
  const temp = file + partialSuffix;
  removeWithSidecars(temp);
  try {
    fs.copyFileSync(file, temp);
    // Ours and whole before anything runs on it: a foreign or damaged file is not migrated.
    assertAppDatabaseFile(temp, label, steps);
    const db = new Database(temp, { fileMustExist: true });
    try {
      // the app's own pragmas: foreign keys as the migrations expect them, secure_delete for VACUUM
      applyPragmas(db);
      migrate(db, steps);
      // VACUUM writes every page afresh and drops the rest, so no page of the old layout stays in the file.
      db.exec('VACUUM');
    } finally {
      db.close();
    }
    assertAppDatabaseFile(temp, label, steps);
    // in seconds as numbers: Date objects would cut the time to the millisecond
    const { atimeMs, mtimeMs } = fs.statSync(file);
    fs.utimesSync(temp, atimeMs / 1000, mtimeMs / 1000);
    // the rename is the one step that replaces the original: until it, the original is untouched
    commitFile(temp, file);
  } catch (error) {
    removeWithSidecars(temp);
    if (error instanceof AppError) throw error;
    throw new AppError('BACKUP_UPGRADE_FAILED', `${label}无法升级（${(error as Error).message}）。`);
  }
  // A journal or WAL left beside the original belongs to the old layout; replayed onto the new file it would corrupt it.
  for (const sidecar of [`${file}-journal`, `${file}-wal`, `${file}-shm`]) fs.rmSync(sidecar, { force: true });
}

/**
 * Rewrites every old-layout backup in `dir`. One that cannot be rewritten (damaged, another
 * program's) is left as it is and reported; it never stops the caller.
 */
export function upgradeOldLayoutBackups(dir: string, steps: readonly Migration[] = shippedMigrations): OldBackupUpgrade {
  // A program that stops short of the slot layout has nothing to rewrite them to.
  if (steps.length < ballotSlotsVersion) return { upgraded: [], failed: [] };
  const upgraded: string[] = [];
  const failed: { fileName: string; problem: string }[] = [];
  for (const fileName of oldLayoutBackups(dir)) {
    try {
      upgradeBackupFile(path.join(dir, fileName), steps);
      upgraded.push(fileName);
    } catch (error) {
      failed.push({ fileName, problem: error instanceof AppError ? error.message : (error as Error).message });
    }
  }
  return { upgraded, failed };
}
