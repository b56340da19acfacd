import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { migration016 } from '../../db/migrations/016-unit-review';
import { closeDatabase, openDatabase, type Db } from '../../db/open';

let dir: string;
let db: Db | undefined;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-mig16-'));
});
afterEach(() => {
  if (db) closeDatabase(db);
  db = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('migration 016-unit-review', () => {
  it('keeps existing events without a 评议周期; a period is a month or quarter of the event year, never on a 民主推荐; locked years refuse it', async () => {
    const place = migrations.indexOf(migration016);
    expect(place + 1).toBe(migration016.version);
    const file = path.join(dir, 'before.sqlite');
    const before = await openDatabase(file, { migrations: migrations.slice(0, place) });
    const insert = `INSERT INTO eval_events (kind, name, year, date, unit_title, preset_key, config_json, created_at) VALUES (?, ?, 2026, '2026-05-20', '某单位', 'satisfaction', '{}', 'now')`;
    before.prepare(insert).run('evaluation', '年度述职测评');
    before.prepare(`INSERT INTO annual_years (year, name, rules_json, created_at) VALUES (2026, '2026年度', '{}', '2026-01-01')`).run();
    closeDatabase(before);

    db = await openDatabase(file, { backupDir: path.join(dir, 'backups') });
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(db.prepare('SELECT review_period FROM eval_events').pluck().get()).toBeNull();
    const review = Number(db.prepare(insert).run('evaluation', '5月科室评议').lastInsertRowid);
    const setPeriod = db.prepare('UPDATE eval_events SET review_period = ? WHERE id = ?');
    for (const good of ['2026-05', '2026-12', '2026-Q2', null]) setPeriod.run(good, review);
    for (const bad of ['2026-13', '2026-00', '2026-5', '2026-Q5', '2025-05', '2026-05-01', 'x']) {
      expect(() => setPeriod.run(bad, review), bad).toThrow(/CHECK constraint failed/);
    }
    const recommendation = Number(db.prepare(insert).run('recommendation', '民主推荐').lastInsertRowid);
    expect(() => setPeriod.run('2026-05', recommendation)).toThrow(/CHECK constraint failed/);
    setPeriod.run('2026-05', review);
    db.prepare(`UPDATE annual_years SET status = 'locked', locked_at = 'x', results_json = '{}' WHERE year = 2026`).run();
    expect(() => setPeriod.run('2026-06', review)).toThrow(/KAOPING_YEAR_LOCKED/);
  });
});
