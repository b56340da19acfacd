import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { migration014 } from '../../db/migrations/014-inspections';
import { closeDatabase, openDatabase, type Db } from '../../db/open';

let dir: string;
let db: Db | undefined;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-mig-insp-'));
});
afterEach(() => {
  if (db) closeDatabase(db);
  db = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('migration 014-inspections', () => {
  it('upgrades the previous version; STRICT tables with their checks; a locked year refuses 督查 writes', async () => {
    const place = migrations.indexOf(migration014);
    expect(place + 1).toBe(migration014.version);
    const file = path.join(dir, 'before.sqlite');
    const before = await openDatabase(file, { migrations: migrations.slice(0, place) });
    before.prepare(`INSERT INTO units (name, parent_id, created_at) VALUES ('某单位', NULL, '2026-01-01'), ('办公室', 1, '2026-01-01')`).run();
    before.prepare(`INSERT INTO annual_years (year, name, rules_json, created_at) VALUES (2026, '2026年度', '{}', '2026-01-01'), (2025, '2025年度', '{}', '2025-01-01')`).run();
    closeDatabase(before);

    db = await openDatabase(file, { backupDir: path.join(dir, 'backups') });
    expect(schemaVersion(db)).toBe(migrations.length);
    for (const t of ['inspection_years', 'inspection_records', 'inspection_notices', 'inspection_notice_people', 'inspection_notice_adjustments']) {
      expect(db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').pluck().get(t)).toBe(1);
    }
    const insert = db.prepare(`INSERT INTO inspection_records (year, date, team, unit_id, deadline, done_on, entered_by, entered_at, updated_at) VALUES (?, ?, ?, 2, ?, ?, '测试员', 'now', 'now')`);
    insert.run(2026, '2026-03-05', '县委督查组', '2026-03-31', null);
    expect(() => insert.run(2026, '2026-03-05', '  ', null, null)).toThrow(/CHECK constraint failed/);
    expect(() => insert.run(2026, '2026-03-05', '督查组', '2026-03-01', null)).toThrow(/CHECK constraint failed/);
    expect(() => insert.run(2026, '2026-03-05', '督查组', null, '3月1日')).toThrow(/CHECK constraint failed/);
    expect(() => insert.run(2030, '2030-03-05', '没有这个考核年度', null, null)).toThrow(/FOREIGN KEY constraint failed/);
    const notice = db.prepare(`INSERT INTO inspection_notices (year, date, kind, unit_id, reason, entered_by, entered_at) VALUES (?, '2026-04-01', ?, 2, '事由', '测试员', 'now')`);
    notice.run(2026, 'praise');
    expect(() => notice.run(2026, '表扬')).toThrow(/CHECK constraint failed/);
    db.prepare(`UPDATE annual_years SET status = 'locked', locked_at = 'x', results_json = '{}' WHERE year = 2025`).run();
    expect(() => insert.run(2025, '2025-03-05', '锁定年度', null, null)).toThrow(/KAOPING_YEAR_LOCKED/);
    expect(() => notice.run(2025, 'criticism')).toThrow(/KAOPING_YEAR_LOCKED/);
    expect(() => db!.prepare(`INSERT INTO inspection_years (year, settings_json, updated_at) VALUES (2025, '{}', 'now')`).run()).toThrow(/KAOPING_YEAR_LOCKED/);
  });
});
