import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { migration015 } from '../../db/migrations/015-campaigns';
import { closeDatabase, openDatabase, type Db } from '../../db/open';

let dir: string;
let db: Db | undefined;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-mig14-'));
});
afterEach(() => {
  if (db) closeDatabase(db);
  db = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('migration 015-campaigns', () => {
  it('upgrades the previous version; STRICT tables with their checks; a locked year refuses 专项活动 writes', async () => {
    const place = migrations.indexOf(migration015);
    expect(place + 1).toBe(migration015.version);
    const file = path.join(dir, 'before.sqlite');
    const before = await openDatabase(file, { migrations: migrations.slice(0, place) });
    before.prepare(`INSERT INTO units (name, parent_id, created_at) VALUES ('某单位', NULL, '2026-01-01'), ('办公室', 1, '2026-01-01')`).run();
    before.prepare(`INSERT INTO annual_years (year, name, rules_json, created_at) VALUES (2026, '2026年度', '{}', '2026-01-01'), (2025, '2025年度', '{}', '2025-01-01')`).run();
    closeDatabase(before);

    db = await openDatabase(file, { backupDir: path.join(dir, 'backups') });
    expect(schemaVersion(db)).toBe(migrations.length);
    for (const t of ['campaigns', 'campaign_records']) expect(db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').pluck().get(t)).toBe(1);
    db.prepare(`INSERT INTO people (name, unit_id, created_at, updated_at) VALUES ('张三', 2, 'now', 'now')`).run();
    const campaign = db.prepare(`INSERT INTO campaigns (year, name, plan_json, created_by, created_at, updated_at) VALUES (?, ?, ?, '测试员', 'now', 'now')`);
    const id = Number(campaign.run(2026, '解放思想大讨论', '{}').lastInsertRowid);
    expect(() => campaign.run(2026, '  ', '{}')).toThrow(/CHECK constraint failed/);
    expect(() => campaign.run(2026, '坏方案', '{')).toThrow(/CHECK constraint failed/);
    expect(() => campaign.run(2030, '没有这个考核年度', '{}')).toThrow(/FOREIGN KEY constraint failed/);
    const record = db.prepare(`INSERT INTO campaign_records (campaign_id, duty_id, person_id, count, done_on, evidence_name, updated_by, updated_at) VALUES (?, 1, 1, ?, '2026-07-01', ?, '测试员', 'now')`);
    record.run(id, 1, null);
    expect(() => record.run(id, -1, null)).toThrow(/constraint failed/);
    // a file name without its stored name and checksum
    expect(() => db!.prepare(`UPDATE campaign_records SET evidence_name = 'a.png'`).run()).toThrow(/CHECK constraint failed/);
    expect(() => db!.prepare('DELETE FROM people WHERE id = 1').run()).toThrow(/FOREIGN KEY constraint failed/);
    db.prepare(`UPDATE annual_years SET status = 'locked', locked_at = 'x', results_json = '{}' WHERE year = 2026`).run();
    expect(() => campaign.run(2026, '锁定年度', '{}')).toThrow(/KAOPING_YEAR_LOCKED/);
    expect(() => db!.prepare('UPDATE campaign_records SET count = 0').run()).toThrow(/KAOPING_YEAR_LOCKED/);
    expect(() => db!.prepare('DELETE FROM campaigns').run()).toThrow(/KAOPING_YEAR_LOCKED/);
  });
});
