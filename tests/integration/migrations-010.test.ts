import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { migration010 } from '../../db/migrations/010-publicity-meeting';
import { closeDatabase, openDatabase, type Db } from '../../db/open';
import { getPublicity } from '../../db/publicity';

let dir: string;
let db: Db | undefined;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-mig10-'));
});
afterEach(() => {
  if (db) closeDatabase(db);
  db = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

const insertYear = (d: Db, year: number) =>
  d.prepare(`INSERT INTO annual_years (year, name, rules_json, created_at) VALUES (?, ?, '{}', '2026-12-01T00:00:00.000Z')`).run(year, `${year}年度考核`);
const insertPublicity = (d: Db, year: number, extra = '') =>
  d.prepare(`INSERT INTO annual_publicity (year, title, body, signer, signed_on, start_date, end_date, working_days, names_json, created_by, created_at, updated_at${extra ? ', status' : ''})
    VALUES (?, '关于{年度}年度考核优秀等次人选的公示', '正文', '某单位', '2027-01-04', '2027-01-04', '2027-01-08', 5, '[]', '测试员', 'x', 'x'${extra ? `, '${extra}'` : ''})`).run(year);

describe('migration 010-publicity-meeting', () => {
  it('upgrades a file of the version before; the new tables are strict, checked, and follow the year lock', async () => {
    const index = migrations.indexOf(migration010);
    expect(index + 1).toBe(migration010.version);
    const file = path.join(dir, 'before.sqlite');
    const before = await openDatabase(file, { migrations: migrations.slice(0, index) });
    insertYear(before, 2026);
    closeDatabase(before);

    db = await openDatabase(file, { backupDir: path.join(dir, 'backups') });
    expect(schemaVersion(db)).toBe(migrations.length);
    for (const table of ['annual_publicity', 'annual_publicity_objections', 'annual_meetings']) {
      expect(db.prepare(`SELECT strict FROM pragma_table_list WHERE name = ?`).pluck().get(table)).toBe(1);
    }
    expect(db.prepare("SELECT value FROM vocabulary WHERE kind = 'publicity-objection-outcome' ORDER BY sort_order").pluck().all()).toEqual(['维持原公示', '调整人选', '不予采纳', '反映不实']);

    insertPublicity(db, 2026);
    expect(getPublicity(db, 2026)).toMatchObject({ status: 'draft', end: '2027-01-08', calendar: { holidays: [], workdays: [] }, names: [] });
    // published needs its date; an outcome needs its 办结日期
    expect(() => db!.prepare("UPDATE annual_publicity SET status = 'published'").run()).toThrow(/CHECK constraint failed/);
    expect(() => db!.prepare(`INSERT INTO annual_publicity_objections (year, received_on, content, outcome, recorded_by, recorded_at) VALUES (2026, '2027-01-05', '内容', '维持原公示', 'x', 'x')`).run()).toThrow(/CHECK constraint failed/);
    // a 公示 of a year that does not exist
    expect(() => insertPublicity(db!, 2030)).toThrow(/FOREIGN KEY/);

    db.prepare(`INSERT INTO annual_publicity_objections (year, received_on, content, recorded_by, recorded_at) VALUES (2026, '2027-01-05', '内容', 'x', 'x')`).run();
    db.prepare(`UPDATE annual_years SET status = 'locked', locked_at = 'x', results_json = '{}' WHERE year = 2026`).run();
    expect(() => db!.prepare("UPDATE annual_publicity_objections SET handling = 'x'").run()).toThrow(/KAOPING_YEAR_LOCKED/);
    expect(() => db!.prepare('DELETE FROM annual_publicity').run()).toThrow(/KAOPING_YEAR_LOCKED/);
  });
});
