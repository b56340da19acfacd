import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allHistory, insertAward, listAwards, upsertImportedHistory } from '../../db/annual';
import { schemaVersion } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { migration009 } from '../../db/migrations/009-outcome-history';
import { closeDatabase, openDatabase, type Db } from '../../db/open';

let dir: string;
let db: Db | undefined;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-mig9-'));
});
afterEach(() => {
  if (db) closeDatabase(db);
  db = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('migration 009-outcome-history', () => {
  it('a version-8 file gains the history and award tables; outcomes and dates are checked; a locked year reads as history', async () => {
    expect(migrations.indexOf(migration009) + 1).toBe(migration009.version);
    const file = path.join(dir, 'v8.sqlite');
    const v8 = await openDatabase(file, { migrations: migrations.slice(0, 8) });
    const now = '2026-12-01T00:00:00.000Z';
    v8.prepare(`INSERT INTO units (id, name, sort_order, created_at) VALUES (1, '办公室', 1, ?)`).run(now);
    v8.prepare(`INSERT INTO people (id, name, unit_id, created_at, updated_at) VALUES (1, '张三', 1, ?, ?)`).run(now, now);
    closeDatabase(v8);

    db = await openDatabase(file, { backupDir: path.join(dir, 'backups') });
    expect(schemaVersion(db)).toBe(migrations.length);
    for (const table of ['annual_history', 'person_awards']) {
      expect(db.prepare(`SELECT strict FROM pragma_table_list WHERE name = ?`).pluck().get(table)).toBe(1);
    }
    const conn = db;
    conn.transaction(() => upsertImportedHistory(conn, [{ personId: 1, year: 2024, outcome: 'excellent', outcomeText: '优秀', note: '' }], '历年等次.xlsx', now))();
    expect(allHistory(conn)).toMatchObject([{ personId: 1, year: 2024, outcome: 'excellent', source: 'import' }]);
    expect(() => conn.prepare(`INSERT INTO annual_history (person_id, year, outcome, imported_at) VALUES (1, 2023, '良好', ?)`).run(now)).toThrow(/CHECK constraint failed/);

    insertAward(conn, { personId: 1, year: 2024, kind: '嘉奖', basis: '2024年度考核优秀', docNo: '', awardedOn: '2025-01-20', source: 'rule' }, '测试', now);
    expect(listAwards(conn, { year: 2024 }).map((a) => a.kind)).toEqual(['嘉奖']);
    // one 嘉奖 per person and year
    expect(() => insertAward(conn, { personId: 1, year: 2024, kind: '嘉奖', basis: '', docNo: '', awardedOn: null, source: 'manual' }, '测试', now)).toThrow(/UNIQUE/);
    expect(() => insertAward(conn, { personId: 1, year: 2024, kind: '记三等功', basis: '', docNo: '', awardedOn: '2025/1/20', source: 'manual' }, '测试', now)).toThrow(/CHECK constraint failed/);
    // a person with an award cannot be removed from the roster underneath it
    expect(() => conn.prepare('DELETE FROM people WHERE id = 1').run()).toThrow(/FOREIGN KEY/);
  });
});
