import type Database from 'better-sqlite3';
import { AppError } from '../shared/errors';
import { latestVersion, migrations } from './migrations';
import type { Migration } from './migrations/types';

export const schemaVersion = (db: Database.Database): number => db.pragma('user_version', { simple: true }) as number;

export const needsMigration = (db: Database.Database, steps: readonly Migration[] = migrations): boolean =>
  schemaVersion(db) < steps.length;

/** Refuses a database written by a newer program: its tables may mean things this code does not know. */
export function assertNotNewer(db: Database.Database, steps: readonly Migration[] = migrations): void {
  const version = schemaVersion(db);
  if (version > steps.length) {
    throw new AppError(
      'DB_TOO_NEW',
      `数据文件由较新版本的程序创建（数据版本 ${version}，本程序支持到 ${steps.length}），为避免损坏数据已停止打开。请安装新版程序后再使用。`,
    );
  }
}

/**
 * Applies every pending step in one transaction, so a failure leaves the file at its old version.
 * The caller takes a backup first (db/open.ts).
 */
export function migrate(db: Database.Database, steps: readonly Migration[] = migrations): number {
  assertNotNewer(db, steps);
  const from = schemaVersion(db);
  const pending = steps.filter((step) => step.version > from);
  if (pending.length === 0) return from;
  steps.forEach((step, i) => {
    if (step.version !== i + 1) throw new Error(`migration ${step.name} has version ${step.version}, expected ${i + 1}`);
  });
  db.transaction(() => {
    for (const step of pending) {
      db.exec(step.sql);
      // user_version cannot be bound as a parameter; the value is our own integer.
      db.pragma(`user_version = ${step.version}`);
    }
  })();
  return schemaVersion(db);
}

export { latestVersion };
