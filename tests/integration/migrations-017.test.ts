import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { migration017 } from '../../db/migrations/017-bulletins';
import { closeDatabase, openDatabase, type Db } from '../../db/open';

let dir: string;
let db: Db | undefined;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-mig17-'));
});
afterEach(() => {
  if (db) closeDatabase(db);
  db = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('migration 017-bulletins', () => {
  it('adds the 月度通报 tables over an existing year: one 通报 per month and 期数, frozen figures exactly when 印发, locked years refused', async () => {
    const place = migrations.indexOf(migration017);
    expect(place + 1).toBe(migration017.version);
    const file = path.join(dir, 'before.sqlite');
    const before = await openDatabase(file, { migrations: migrations.slice(0, place) });
    before.prepare(`INSERT INTO annual_years (year, name, rules_json, created_at) VALUES (2026, '2026年度', '{}', '2026-01-01')`).run();
    closeDatabase(before);

    db = await openDatabase(file, { backupDir: path.join(dir, 'backups') });
    expect(schemaVersion(db)).toBe(migrations.length);
    db.prepare(`INSERT INTO bulletin_years (year, settings_json, updated_at) VALUES (2026, '{"unitIds":[]}', 'now')`).run();
    expect(() => db!.prepare(`INSERT INTO bulletin_years (year, settings_json, updated_at) VALUES (2025, '{}', 'now')`).run()).toThrow(/FOREIGN KEY/);

    const insert = db.prepare(`INSERT INTO bulletins (year, month, issue_no, issued_on, title, signature, status, figures_json, issued_at, created_by, created_at, updated_at)
      VALUES (2026, ?, ?, '2026-04-02', '关于2026年3月份工作完成情况的通报', '办公室', ?, ?, ?, '张三', 'now', 'now')`);
    const id = Number(insert.run(3, 1, 'draft', null, null).lastInsertRowid);
    expect(db.prepare('SELECT praise_json, criticism_json FROM bulletins WHERE id = ?').get(id)).toEqual({ praise_json: '[]', criticism_json: '[]' });
    // one per month, one per 期数
    expect(() => insert.run(3, 2, 'draft', null, null)).toThrow(/UNIQUE/);
    expect(() => insert.run(4, 1, 'draft', null, null)).toThrow(/UNIQUE/);
    // issued exactly when the figures are frozen
    expect(() => insert.run(4, 2, 'issued', null, 'now')).toThrow(/CHECK constraint failed/);
    expect(() => insert.run(4, 2, 'draft', '{"rows":[]}', null)).toThrow(/CHECK constraint failed/);
    expect(() => insert.run(13, 2, 'draft', null, null)).toThrow(/CHECK constraint failed/);
    expect(() => db!.prepare(`UPDATE bulletins SET praise_json = '"x"' WHERE id = ?`).run(id)).toThrow(/CHECK constraint failed/);
    insert.run(4, 2, 'issued', '{"rows":[]}', 'now');
    // a year with 通报 cannot be deleted
    expect(() => db!.prepare('DELETE FROM annual_years WHERE year = 2026').run()).toThrow(/FOREIGN KEY/);

    db.prepare(`UPDATE annual_years SET status = 'locked', locked_at = 'x', results_json = '{}' WHERE year = 2026`).run();
    expect(() => insert.run(5, 3, 'draft', null, null)).toThrow(/KAOPING_YEAR_LOCKED/);
    expect(() => db!.prepare(`UPDATE bulletins SET title = 'x' WHERE id = ?`).run(id)).toThrow(/KAOPING_YEAR_LOCKED/);
    expect(() => db!.prepare('DELETE FROM bulletins WHERE id = ?').run(id)).toThrow(/KAOPING_YEAR_LOCKED/);
    expect(() => db!.prepare(`UPDATE bulletin_years SET settings_json = '{}' WHERE year = 2026`).run()).toThrow(/KAOPING_YEAR_LOCKED/);
  });
});
