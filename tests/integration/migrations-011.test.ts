import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { migration011 } from '../../db/migrations/011-weekly';
import { closeDatabase, openDatabase, type Db } from '../../db/open';

let dir: string;
let db: Db | undefined;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-mig13-'));
});
afterEach(() => {
  if (db) closeDatabase(db);
  db = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('migration 011-weekly', () => {
  it('upgrades the previous version; STRICT tables with their checks; a locked year refuses 周晒 writes', async () => {
    const place = migrations.indexOf(migration011);
    expect(place + 1).toBe(migration011.version);
    const file = path.join(dir, 'before.sqlite');
    const before = await openDatabase(file, { migrations: migrations.slice(0, place) });
    before.prepare(`INSERT INTO units (name, parent_id, created_at) VALUES ('某单位', NULL, '2026-01-01'), ('办公室', 1, '2026-01-01')`).run();
    before.prepare(`INSERT INTO annual_years (year, name, rules_json, created_at) VALUES (2026, '2026年度', '{}', '2026-01-01'), (2025, '2025年度', '{}', '2025-01-01')`).run();
    closeDatabase(before);

    db = await openDatabase(file, { backupDir: path.join(dir, 'backups') });
    expect(schemaVersion(db)).toBe(migrations.length);
    for (const t of ['weekly_years', 'weekly_items']) expect(db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').pluck().get(t)).toBe(1);
    const insert = db.prepare(`INSERT INTO weekly_items (year, week, unit_id, person_id, sort_order, text, figure_value, figure_unit, entered_by, entered_at, updated_at) VALUES (?, ?, ?, NULL, 1, ?, ?, ?, '测试员', 'now', 'now')`);
    insert.run(2026, 12, 2, '人防工程检查', 95, '%');
    expect(() => insert.run(2026, 54, 2, '周次超出', null, '')).toThrow(/CHECK constraint failed/);
    expect(() => insert.run(2026, 12, 2, '  ', null, '')).toThrow(/CHECK constraint failed/);
    // a unit word without a number
    expect(() => insert.run(2026, 12, 2, '检查', null, '处')).toThrow(/CHECK constraint failed/);
    expect(() => insert.run(2030, 12, 2, '没有这个考核年度', null, '')).toThrow(/FOREIGN KEY constraint failed/);
    db.prepare(`UPDATE annual_years SET status = 'locked', locked_at = 'x', results_json = '{}' WHERE year = 2025`).run();
    expect(() => insert.run(2025, 12, 2, '锁定年度', null, '')).toThrow(/KAOPING_YEAR_LOCKED/);
    expect(() => db!.prepare(`INSERT INTO weekly_years (year, settings_json, updated_at) VALUES (2025, '{}', 'now')`).run()).toThrow(/KAOPING_YEAR_LOCKED/);
  });
});
