import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { migration018 } from '../../db/migrations/018-item-sources';
import { closeDatabase, openDatabase, type Db } from '../../db/open';

let dir: string;
let db: Db | undefined;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-mig18-'));
});
afterEach(() => {
  if (db) closeDatabase(db);
  db = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('migration 018-item-sources', () => {
  it('gives stored items no source and the preset mapping; checks the source, its method and campaign; a deleted campaign leaves none; a locked year refuses', async () => {
    const place = migrations.indexOf(migration018);
    expect(place + 1).toBe(migration018.version);
    const file = path.join(dir, 'before.sqlite');
    const before = await openDatabase(file, { migrations: migrations.slice(0, place) });
    before.prepare(`INSERT INTO units (name, parent_id, created_at) VALUES ('某单位', NULL, '2026-01-01')`).run();
    before.prepare(`INSERT INTO annual_years (year, name, rules_json, created_at) VALUES (2026, '2026年度', '{}', '2026-01-01')`).run();
    before.prepare(`INSERT INTO annual_categories (id, year, name, sort_order) VALUES (1, 2026, '作风建设', 1)`).run();
    before.prepare(`INSERT INTO annual_items (year, category_id, name, applies_to, method, max_points, sort_order) VALUES (2026, 1, '岗位职责', 'person', 'score', 50, 1)`).run();
    closeDatabase(before);

    db = await openDatabase(file, { backupDir: path.join(dir, 'backups') });
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(db.prepare('SELECT source, source_campaign_id, source_full, source_zero FROM annual_items').get()).toEqual({ source: 'none', source_campaign_id: null, source_full: 100, source_zero: 0 });
    const campaign = Number(db.prepare(`INSERT INTO campaigns (year, name, plan_json, created_by, created_at, updated_at) VALUES (2026, '解放思想大讨论', '{}', '测试员', 'now', 'now')`).run().lastInsertRowid);
    const insert = db.prepare(`INSERT INTO annual_items (year, category_id, name, applies_to, method, max_points, step_points, sort_order, source, source_campaign_id, source_full, source_zero)
      VALUES (2026, 1, ?, ?, ?, 10, ?, 2, ?, ?, ?, ?)`);
    insert.run('任务落实', 'unit', 'score', null, 'tasks', null, 100, 0);
    insert.run('活动', 'person', 'score', null, 'campaign', campaign, 100, 60);
    expect(() => insert.run('未知来源', 'unit', 'score', null, 'mood', null, 100, 0)).toThrow(/CHECK constraint failed/);
    expect(() => insert.run('按次', 'unit', 'bonus', 1, 'tasks', null, 100, 0)).toThrow(/CHECK constraint failed/);
    expect(() => insert.run('周晒', 'unit', 'score', null, 'weekly', campaign, 100, 0)).toThrow(/CHECK constraint failed/);
    expect(() => insert.run('倒挂', 'unit', 'score', null, 'weekly', null, 50, 60)).toThrow(/CHECK constraint failed/);
    db.prepare('DELETE FROM campaigns WHERE id = ?').run(campaign);
    expect(db.prepare(`SELECT source, source_campaign_id FROM annual_items WHERE name = '活动'`).get()).toEqual({ source: 'campaign', source_campaign_id: null });
    db.prepare(`UPDATE annual_years SET status = 'locked', locked_at = 'x', results_json = '{}' WHERE year = 2026`).run();
    expect(() => db!.prepare(`UPDATE annual_items SET source = 'none' WHERE name = '任务落实'`).run()).toThrow(/KAOPING_YEAR_LOCKED/);
  });
});
