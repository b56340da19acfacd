import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getEventRecord } from '../../db/evaluation';
import { schemaVersion } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { migration008 } from '../../db/migrations/008-recommendation';
import { getRecommendationRecord } from '../../db/recommendation';
import { closeDatabase, openDatabase, type Db } from '../../db/open';
import { presetConfig } from '../../shared/evaluation';

let dir: string;
let db: Db | undefined;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-mig8-'));
});
afterEach(() => {
  if (db) closeDatabase(db);
  db = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('migration 008-recommendation', () => {
  it('a version-7 file keeps its 述职测评 as kind evaluation; the kind is checked', async () => {
    expect(migrations.indexOf(migration008) + 1).toBe(migration008.version);
    const file = path.join(dir, 'v7.sqlite');
    const v7 = await openDatabase(file, { migrations: migrations.slice(0, 7) });
    v7.prepare(`INSERT INTO eval_events (name, year, date, unit_title, preset_key, config_json, created_at) VALUES ('2026年度述职测评', 2026, '2026-12-20', '某单位', 'civil-servant-level', ?, '2026-12-01T00:00:00.000Z')`)
      .run(JSON.stringify(presetConfig('civil-servant-level')));
    closeDatabase(v7);

    db = await openDatabase(file, { backupDir: path.join(dir, 'backups') });
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(db.prepare('SELECT kind FROM eval_events').pluck().all()).toEqual(['evaluation']);
    expect(getEventRecord(db, 1)?.name).toBe('2026年度述职测评');
    // a 述职测评 is not a 民主推荐, whatever id is asked for
    expect(getRecommendationRecord(db, 1)).toBeUndefined();
    expect(() => db!.prepare(`UPDATE eval_events SET kind = 'other' WHERE id = 1`).run()).toThrow(/CHECK constraint failed/);
    expect(db.prepare(`SELECT strict FROM pragma_table_list WHERE name = 'eval_events'`).pluck().get()).toBe(1);
  });
});
