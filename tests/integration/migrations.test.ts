import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackupFiles } from '../../db/backup/backup-files';
import { migrate, schemaVersion } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import type { Migration } from '../../db/migrations/types';
import { closeDatabase, openDatabase } from '../../db/open';

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-mig-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const tables = (db: Database.Database) =>
  (db.prepare(`SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string; strict: number }[]);

describe('migration runner', () => {
  it('numbers shipped migrations 1..n', () => {
    migrations.forEach((m, i) => expect(m.version).toBe(i + 1));
  });

  it('opens a fresh file with WAL, foreign keys and the latest schema', async () => {
    const db = await openDatabase(path.join(dir, 'a.sqlite'));
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    closeDatabase(db);
  });

  it('refuses a database written by a newer program and leaves it untouched', async () => {
    const file = path.join(dir, 'newer.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x INTEGER)');
    raw.pragma('user_version = 99');
    raw.close();
    await expect(openDatabase(file)).rejects.toMatchObject({ code: 'DB_TOO_NEW' });
    const again = new Database(file);
    expect(again.pragma('user_version', { simple: true })).toBe(99);
    again.close();
  });

  it('backs up before migrating an existing database, then migrates', async () => {
    const file = path.join(dir, 'old.sqlite');
    const v1: Migration = { version: 1, name: 'one', sql: 'CREATE TABLE t (x INTEGER) STRICT; INSERT INTO t VALUES (7);' };
    const v2: Migration = { version: 2, name: 'two', sql: 'ALTER TABLE t ADD COLUMN y INTEGER;' };
    closeDatabase(await openDatabase(file, { migrations: [v1], backupDir: path.join(dir, 'b') }));
    expect(listBackupFiles(path.join(dir, 'b'))).toHaveLength(0); // a fresh file needs no backup
    const db = await openDatabase(file, { migrations: [v1, v2], backupDir: path.join(dir, 'b') });
    expect(schemaVersion(db)).toBe(2);
    closeDatabase(db);
    const backups = listBackupFiles(path.join(dir, 'b'));
    expect(backups.map((b) => b.reason)).toEqual(['migration']);
    const copy = new Database(path.join(dir, 'b', backups[0]!.fileName), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT x FROM t').get()).toEqual({ x: 7 });
    copy.close();
  });

  it('applies pending steps in one transaction: a failing step leaves the old version', () => {
    const db = new Database(':memory:');
    const good: Migration = { version: 1, name: 'good', sql: 'CREATE TABLE a (x INTEGER) STRICT;' };
    const bad: Migration = { version: 2, name: 'bad', sql: 'CREATE TABLE b (y INTEGER) STRICT; INSERT INTO nowhere VALUES (1);' };
    migrate(db, [good]);
    expect(() => migrate(db, [good, bad])).toThrow();
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db).map((t) => t.name)).toEqual(['a']);
    db.close();
  });
});

describe('migration 001-initial', () => {
  it('creates STRICT tables with foreign keys and checks', async () => {
    const db = await openDatabase(path.join(dir, 'c.sqlite'));
    const made = tables(db);
    expect(made.map((t) => t.name)).toEqual(expect.arrayContaining(['audit_log', 'people', 'settings', 'units', 'vocabulary']));
    for (const t of made) expect(t.strict, t.name).toBe(1);
    const now = new Date().toISOString();
    // a person must belong to an existing unit
    expect(() => db.prepare(`INSERT INTO people (name, unit_id, created_at, updated_at) VALUES ('张三', 999, ?, ?)`).run(now, now)).toThrow(/FOREIGN KEY/);
    db.prepare(`INSERT INTO units (id, name, created_at) VALUES (1, '办公室', ?)`).run(now);
    expect(() => db.prepare(`INSERT INTO people (name, unit_id, gender, created_at, updated_at) VALUES ('张三', 1, '未知', ?, ?)`).run(now, now)).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO people (name, unit_id, birth, created_at, updated_at) VALUES ('张三', 1, '1985-06', ?, ?)`).run(now, now)).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO units (name, created_at) VALUES ('办公室', ?)`).run(now)).toThrow(/UNIQUE/);
    const vocab = db.prepare(`SELECT value FROM vocabulary WHERE kind = 'category' ORDER BY sort_order`).all() as { value: string }[];
    expect(vocab.map((v) => v.value)).toEqual(['公务员', '参照公务员法管理', '事业', '工勤', '聘用']);
    closeDatabase(db);
  });
});
