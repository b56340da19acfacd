import fs from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../shared/errors';
import { assertNotNewer, schemaVersion } from './migrate';
import { migrations as shippedMigrations } from './migrations';
import type { Migration } from './migrations/types';

/**
 * Is this file a complete, undamaged database of this program? Used on every backup before it gets
 * its final name and on every file before a restore may replace the current data. The cheap checks
 * (size, SQLite header, page count against file size) run before SQLite opens the file: SQLite
 * happily opens a 0-byte file as an empty database, which is how an interrupted backup once
 * restored to nothing.
 */

const sqliteMagic = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Facts from the 100-byte SQLite header; null when the file does not start with one. The schema
 * version (PRAGMA user_version) is there too, so a folder of backups can be sorted by version
 * without opening any of them (db/backup/backup-upgrade.ts).
 */
export function readSqliteHeader(file: string): { pageSize: number; pageCount: number | null; userVersion: number } | null {
  const header = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  let read: number;
  try {
    read = fs.readSync(fd, header, 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (read < 100 || !header.subarray(0, 16).equals(sqliteMagic)) return null;
  const raw = header.readUInt16BE(16);
  const pageSize = raw === 1 ? 65_536 : raw;
  // The in-header page count is valid only when "version-valid-for" equals the change counter
  // (every SQLite since 3.7.0 keeps them equal); otherwise the size is unknown from the header.
  const valid = header.readUInt32BE(92) === header.readUInt32BE(24);
  const pageCount = header.readUInt32BE(28);
  return { pageSize, pageCount: valid && pageCount > 0 ? pageCount : null, userVersion: header.readInt32BE(60) };
}

/** What a file looks like before SQLite touches it: a problem in words, or null when it may be opened. */
export function describeFileProblem(file: string): { code: string; problem: string } | null {
  const size = fs.statSync(file).size;
  if (size === 0) return { code: 'BACKUP_EMPTY', problem: '是空文件（0 字节），不是完整的备份' };
  const header = readSqliteHeader(file);
  if (!header) return { code: 'BACKUP_NOT_SQLITE', problem: '不是 SQLite 数据库文件' };
  if (header.pageCount !== null && header.pageCount * header.pageSize > size) {
    return {
      code: 'BACKUP_TRUNCATED',
      problem: `不完整（应有 ${header.pageCount * header.pageSize} 字节，实际只有 ${size} 字节），可能是备份时被中断`,
    };
  }
  return null;
}

const tablesOf = (db: Database.Database): Set<string> =>
  new Set((db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name));

/** The tables a database of this program has at each schema version, found by running the migrations. */
const expectedTablesCache = new WeakMap<readonly Migration[], Map<number, Set<string>>>();
function expectedTables(steps: readonly Migration[], version: number): Set<string> {
  let byVersion = expectedTablesCache.get(steps);
  if (!byVersion) {
    byVersion = new Map();
    const scratch = new Database(':memory:');
    try {
      for (const step of steps) {
        scratch.exec(step.sql);
        byVersion.set(step.version, tablesOf(scratch));
      }
    } finally {
      scratch.close();
    }
    expectedTablesCache.set(steps, byVersion);
  }
  return byVersion.get(version) ?? new Set();
}

/** Chinese names of the tables a user would recognise, for the "another program's file" message. */
const tableLabels: Readonly<Record<string, string>> = { units: '单位', people: '人员', audit_log: '操作日志', settings: '设置', vocabulary: '词表' };

/**
 * Checks a database file we own (a fresh backup under its temporary name, or the scratch copy of a
 * backup about to be restored) and throws an AppError whose message names `label` and says why.
 * Opens the file read-write to switch it to rollback-journal mode first, so the backup on disk is
 * one self-contained file with no -wal/-shm beside it.
 */
export function assertAppDatabaseFile(file: string, label: string, steps: readonly Migration[] = shippedMigrations): void {
  const early = describeFileProblem(file);
  if (early) throw new AppError(early.code, `${label}${early.problem}。`);
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    db.pragma('journal_mode = DELETE');
    const problems = (db.pragma('integrity_check') as { integrity_check: string }[])
      .flatMap((r) => r.integrity_check.split('\n'))
      .filter((line) => !line.startsWith('***'));
    if (problems.length !== 1 || problems[0] !== 'ok') {
      throw new AppError('BACKUP_CORRUPT', `${label}已损坏（integrity_check：${problems.slice(0, 3).join('；')}）。`);
    }
    const version = schemaVersion(db);
    try {
      assertNotNewer(db, steps);
    } catch {
      throw new AppError('DB_TOO_NEW', `${label}由较新版本的程序创建（数据版本 ${version}，本程序支持到 ${steps.length}），本程序无法使用。`);
    }
    const present = tablesOf(db);
    const missing = version < 1 ? [] : [...expectedTables(steps, version)].filter((t) => !present.has(t));
    if (version < 1 || missing.length > 0) {
      const what = version < 1 ? '没有本系统的数据版本号' : `缺少${missing.slice(0, 5).map((t) => tableLabels[t] ?? t).join('、')}等数据表`;
      throw new AppError('BACKUP_FOREIGN', `${label}不是本系统的数据库（${what}），可能是其他程序的文件。`);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('BACKUP_CORRUPT', `${label}无法作为数据库打开（${(error as Error).message}），可能已损坏。`);
  } finally {
    db?.close();
  }
}

export interface ForeignKeyProblem { table: string; rowid: number | null; parent: string; fkid: number }

/** PRAGMA integrity_check ('ok' alone when whole) and foreign_key_check of an open database. */
export function integrityReport(db: Database.Database): { integrity: string[]; foreignKeys: ForeignKeyProblem[] } {
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  const foreignKeys = db.pragma('foreign_key_check') as ForeignKeyProblem[];
  return { integrity, foreignKeys };
}
