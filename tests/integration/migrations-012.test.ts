import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getParticipantRecord } from '../../db/annual/participants';
import { schemaVersion } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { migration012 } from '../../db/migrations/012-roster-fields';
import { closeDatabase, openDatabase, type Db } from '../../db/open';
import { getPersonRow, listVocabulary } from '../../db/people';
import { annualRulesPreset } from '../../shared/annual/rules';

let dir: string;
let db: Db | undefined;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-mig11-'));
});
afterEach(() => {
  if (db) closeDatabase(db);
  db = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('migration 012-roster-fields', () => {
  it('adds 民族/籍贯/学历/参加工作时间/入党时间 to people and 从事或分管工作/备注 to participants, keeping every row; a locked year stays locked', async () => {
    expect(migrations.indexOf(migration012) + 1).toBe(migration012.version);
    const before = migrations.indexOf(migration012);
    const file = path.join(dir, 'old.sqlite');
    const old = await openDatabase(file, { migrations: migrations.slice(0, before) });
    const at = '2026-12-01T00:00:00.000Z';
    old.prepare(`INSERT INTO units (id, name, sort_order, created_at) VALUES (1, '办公室', 1, ?)`).run(at);
    old.prepare(`INSERT INTO people (id, name, birth, unit_id, post, created_at, updated_at) VALUES (1, '张三', '1985.06', 1, '科员', ?, ?)`).run(at, at);
    old.prepare(`INSERT INTO annual_years (year, name, status, rules_json, created_at) VALUES (2026, '2026年度考核', 'open', ?, ?)`).run(JSON.stringify(annualRulesPreset), at);
    old.prepare(`INSERT INTO annual_groups (id, year, name, excellent_share, good_share, rounding, sort_order) VALUES (1, 2026, '机关', 0.2, 0.3, 'floor', 1)`).run();
    old.prepare(`INSERT INTO annual_participants (year, person_id, group_id, vocabulary) VALUES (2026, 1, 1, 'civil')`).run();
    closeDatabase(old);

    db = await openDatabase(file, { backupDir: path.join(dir, 'backups') });
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(getPersonRow(db, 1)).toMatchObject({ name: '张三', birth: '1985.06', ethnicity: null, nativePlace: null, education: null, workStart: null, partySince: null });
    expect(getParticipantRecord(db, 2026, 1)).toMatchObject({ name: '张三', duties: '', remark: '' });
    // 学历 is a vocabulary like 政治面貌: data in the table, in its order
    expect(listVocabulary(db, 'education')).toEqual(['研究生', '大学本科', '大学专科', '中专', '高中', '初中及以下']);
    // the dates keep the 出生年月 form
    db.prepare(`UPDATE people SET work_start = '2008.07', party_since = '2010.06' WHERE id = 1`).run();
    expect(() => db!.prepare(`UPDATE people SET work_start = '2008-07' WHERE id = 1`).run()).toThrow(/CHECK constraint failed/);
    expect(() => db!.prepare(`UPDATE people SET party_since = '2010年6月' WHERE id = 1`).run()).toThrow(/CHECK constraint failed/);
    expect(db.prepare(`SELECT strict FROM pragma_table_list WHERE name = 'people'`).pluck().get()).toBe(1);

    // migration 004's triggers cover the new columns: a locked year's 从事或分管工作 cannot change
    db.prepare(`UPDATE annual_participants SET duties = '负责文秘工作' WHERE year = 2026 AND person_id = 1`).run();
    db.prepare(`UPDATE annual_years SET status = 'locked', locked_at = ?, results_json = '{}' WHERE year = 2026`).run(at);
    expect(() => db!.prepare(`UPDATE annual_participants SET remark = '借调' WHERE year = 2026 AND person_id = 1`).run()).toThrow(/KAOPING_YEAR_LOCKED/);
    expect(getParticipantRecord(db, 2026, 1)).toMatchObject({ duties: '负责文秘工作', remark: '' });
  });
});
