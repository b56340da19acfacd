import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

export const backupReasons = ['manual', 'daily', 'quit', 'migration', 'restore'] as const;
export type BackupReason = (typeof backupReasons)[number];

export interface BackupFile {
  readonly fileName: string;
  readonly createdAt: string;
  readonly reason: BackupReason;
  readonly sizeBytes: number;
}

/**
 * Automatic backups (daily, on quit, before a migration) rotate: the newest 10 are kept. Manual
 * backups and the safety copies taken before a restore are the user's own and are never pruned.
 */
export const backupsToKeep = 10;
const rotating: readonly BackupReason[] = ['daily', 'quit', 'migration'];

const pattern = /^kaoping-(\d{8})-(\d{6})(\d{3})-(manual|daily|quit|migration|restore)\.sqlite$/;

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

export function listBackupFiles(dir: string): BackupFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .flatMap((fileName) => {
      const parsed = parseBackupFileName(fileName);
      if (!parsed) return [];
      return [{ fileName, ...parsed, sizeBytes: fs.statSync(path.join(dir, fileName)).size }];
    })
    .sort((a, b) => b.fileName.localeCompare(a.fileName));
}

/**
 * Writes a consistent copy with SQLite's online backup API (safe while the app keeps the file open
 * in WAL mode, unlike a file copy), then keeps the newest `backupsToKeep`.
 */
export async function takeBackup(db: Database.Database, dir: string, reason: BackupReason, now = new Date()): Promise<BackupFile> {
  fs.mkdirSync(dir, { recursive: true });
  let at = now;
  let fileName = backupFileName(reason, at);
  while (fs.existsSync(path.join(dir, fileName))) {
    at = new Date(at.getTime() + 1);
    fileName = backupFileName(reason, at);
  }
  const target = path.join(dir, fileName);
  await db.backup(target);
  pruneBackups(dir);
  return { fileName, ...parseBackupFileName(fileName)!, sizeBytes: fs.statSync(target).size };
}

export function pruneBackups(dir: string, keep = backupsToKeep): void {
  const automatic = listBackupFiles(dir).filter((b) => rotating.includes(b.reason));
  for (const old of automatic.slice(keep)) fs.rmSync(path.join(dir, old.fileName), { force: true });
}

/** Resolves a backup name from the renderer inside `dir` only (no path traversal). */
export function backupPath(dir: string, fileName: string): string | null {
  if (!pattern.test(fileName) || path.basename(fileName) !== fileName) return null;
  const full = path.join(dir, fileName);
  return fs.existsSync(full) ? full : null;
}
