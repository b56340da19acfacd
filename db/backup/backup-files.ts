import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { backupRetention, type BackupRetention } from '../../shared/backup/retention';
import { AppError } from '../../shared/errors';
import { assertAppDatabaseFile, describeFileProblem } from '../database-file-check';
import type { Migration } from '../migrations/types';

export const backupReasons = ['manual', 'daily', 'quit', 'migration', 'restore'] as const;
export type BackupReason = (typeof backupReasons)[number];

export interface BackupFile {
  readonly fileName: string;
  readonly createdAt: string;
  readonly reason: BackupReason;
  readonly sizeBytes: number;
  /** why the file cannot be a good backup (0 bytes, cut short, not SQLite), or null */
  readonly problem: string | null;
}

/** Automatic backups rotate in tiers (shared/backup/retention.ts); manual and pre-restore ones never do. */
const rotating: readonly BackupReason[] = ['daily', 'quit', 'migration'];

const pattern = /^kaoping-(\d{8})-(\d{6})(\d{3})-(manual|daily|quit|migration|restore)\.sqlite$/;
/** A backup is written under this suffix and renamed only once verified; see takeBackup. */
export const partialSuffix = '.partial';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function backupFileName(reason: BackupReason, at: Date): string {
  const day = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}`;
  const time = `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}${pad(at.getMilliseconds(), 3)}`;
  return `kaoping-${day}-${time}-${reason}.sqlite`;
}

export function parseBackupFileName(fileName: string): { createdAt: string; reason: BackupReason } | null {
  const m = pattern.exec(fileName);
  if (!m) return null;
  const [, d, t, ms, reason] = m as unknown as [string, string, string, string, BackupReason];
  const at = new Date(+d.slice(0, 4), +d.slice(4, 6) - 1, +d.slice(6, 8), +t.slice(0, 2), +t.slice(2, 4), +t.slice(4, 6), +ms);
  return { createdAt: at.toISOString(), reason };
}

function describeBackup(dir: string, fileName: string): BackupFile | null {
  const parsed = parseBackupFileName(fileName);
  if (!parsed) return null;
  const full = path.join(dir, fileName);
  const problem = describeFileProblem(full);
  return { fileName, ...parsed, sizeBytes: fs.statSync(full).size, problem: problem?.problem ?? null };
}

/**
 * The backups under their final names, newest first. A backup is renamed to its final name only
 * after it was verified, so temporary files never show here; a file that still looks wrong (one
 * left by an older version of the program, or damaged since) carries its problem.
 */
export function listBackupFiles(dir: string): BackupFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .flatMap((fileName) => describeBackup(dir, fileName) ?? [])
    .sort((a, b) => b.fileName.localeCompare(a.fileName));
}

/** fsync of a file, and of a folder so a rename in it survives a power cut (not possible on Windows). */
function fsyncPath(target: string, isDir = false): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(target, isDir ? 'r' : 'r+');
    fs.fsyncSync(fd);
  } catch (error) {
    if (!isDir) throw error;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Moves a finished file to its final name durably: fsync the file, rename, fsync the folder. */
export function commitFile(temp: string, final: string): void {
  fsyncPath(temp);
  fs.renameSync(temp, final);
  fsyncPath(path.dirname(final), true);
}

const sqliteSidecars = (file: string) => [`${file}-journal`, `${file}-wal`, `${file}-shm`];
export function removeWithSidecars(file: string): void {
  for (const f of [file, ...sqliteSidecars(file)]) fs.rmSync(f, { force: true });
}

/**
 * Writes a consistent copy with SQLite's online backup API (safe while the app keeps the file open
 * in WAL mode, unlike a file copy) under a temporary name, verifies it (integrity_check, schema
 * version, this program's tables), and only then renames it to its final name. A backup killed
 * half-way leaves only a temporary file, which the list never shows and the next start removes.
 */
export async function takeBackup(
  db: Database.Database, dir: string, reason: BackupReason, now = new Date(),
  options: { readonly migrations?: readonly Migration[]; readonly progress?: Database.BackupOptions['progress'] } = {},
): Promise<BackupFile> {
  fs.mkdirSync(dir, { recursive: true });
  let at = now;
  let fileName = backupFileName(reason, at);
  while (fs.existsSync(path.join(dir, fileName)) || fs.existsSync(path.join(dir, fileName + partialSuffix))) {
    at = new Date(at.getTime() + 1);
    fileName = backupFileName(reason, at);
  }
  const target = path.join(dir, fileName);
  const temp = target + partialSuffix;
  try {
    await db.backup(temp, options.progress ? { progress: options.progress } : undefined);
    assertAppDatabaseFile(temp, '刚写入的备份文件', options.migrations);
  } catch (error) {
    removeWithSidecars(temp);
    const why = error instanceof AppError ? error.message : (error as Error).message;
    throw new AppError('BACKUP_FAILED', `备份失败：${why}已有的备份未受影响。`);
  }
  commitFile(temp, target);
  pruneBackups(dir, backupRetention, [fileName]);
  return describeBackup(dir, fileName)!;
}

/** Removes what a killed backup leaves: temporary files that never got their final name. */
export function removeUnfinishedBackups(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const leftovers = fs.readdirSync(dir).filter((f) => f.startsWith('kaoping-') && f.includes(`.sqlite${partialSuffix}`));
  for (const f of leftovers) fs.rmSync(path.join(dir, f), { force: true });
  return leftovers;
}

const dayKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const monthKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
/** The Monday that starts the week (ISO weeks), as a day key. */
const weekKey = (d: Date) => dayKey(new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7)));

/**
 * Which automatic backups the tiers keep (file names). `files` may be in any order; only
 * complete files count, so a damaged one never takes the place of a good one.
 */
export function automaticBackupsToKeep(files: readonly BackupFile[], policy: BackupRetention = backupRetention): Set<string> {
  const good = files
    .filter((b) => rotating.includes(b.reason) && b.problem === null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.fileName.localeCompare(a.fileName));
  const keep = new Set(good.slice(0, policy.recent).map((b) => b.fileName));
  const tiers: [number, (d: Date) => string][] = [[policy.daily, dayKey], [policy.weekly, weekKey], [policy.monthly, monthKey]];
  for (const [count, key] of tiers) {
    const seen = new Set<string>();
    for (const b of good) {
      if (seen.size >= count) break;
      const k = key(new Date(b.createdAt));
      if (seen.has(k)) continue;
      seen.add(k);
      keep.add(b.fileName);
    }
  }
  return keep;
}

/**
 * Deletes the automatic backups the tiers do not keep. `alsoKeep` holds the backup just taken,
 * which must survive even when the clock was set back and it looks older than the rest.
 */
export function pruneBackups(dir: string, policy: BackupRetention = backupRetention, alsoKeep: readonly string[] = []): string[] {
  const all = listBackupFiles(dir);
  const keep = automaticBackupsToKeep(all, policy);
  const removed = all.filter((b) => rotating.includes(b.reason) && !keep.has(b.fileName) && !alsoKeep.includes(b.fileName)).map((b) => b.fileName);
  for (const f of removed) fs.rmSync(path.join(dir, f), { force: true });
  return removed;
}

/** Resolves a backup name from the renderer inside `dir` only (no path traversal). */
export function backupPath(dir: string, fileName: string): string | null {
  if (!pattern.test(fileName) || path.basename(fileName) !== fileName) return null;
  const full = path.join(dir, fileName);
  return fs.existsSync(full) ? full : null;
}
