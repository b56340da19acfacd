import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit, writeAudit } from '../../db/audit/audit-log';
import { schemaVersion } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { migration001 } from '../../db/migrations/001-initial';
import { migration002 } from '../../db/migrations/002-evaluation';
import { migration003 } from '../../db/migrations/003-stars';
import { migration004 } from '../../db/migrations/004-annual';
import { migration007 } from '../../db/migrations/007-audit-detail';
import { closeDatabase, openDatabase, type Db } from '../../db/open';

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

describe('migration 007-audit-detail', () => {
  it('adds whom, why and the worded changes to audit_log, keeping it STRICT', async () => {
    expect(migrations.indexOf(migration007) + 1).toBe(migration007.version);
    db = await openDatabase(path.join(dir, 'a.sqlite'));
    expect(schemaVersion(db)).toBe(migrations.length);
    const columns = db.prepare(`SELECT name, type, "notnull", dflt_value AS dflt FROM pragma_table_info('audit_log')`).all();
    expect(columns).toEqual(expect.arrayContaining([
      { name: 'subjects', type: 'TEXT', notnull: 1, dflt: "''" },
      { name: 'reason', type: 'TEXT', notnull: 1, dflt: "''" },
      { name: 'changes_json', type: 'TEXT', notnull: 0, dflt: null },
      { name: 'cell_key', type: 'TEXT', notnull: 0, dflt: null },
    ]));
    expect(db.prepare(`SELECT strict FROM pragma_table_list WHERE name = 'audit_log'`).pluck().get()).toBe(1);
  });

  it('migrates a version-4 file: its rows stay, read with no subjects, reason or changes, and new rows carry them', async () => {
    const file = path.join(dir, 'v4.sqlite');
    const v4 = await openDatabase(file, { migrations: [migration001, migration002, migration003, migration004] });
    v4.prepare(`INSERT INTO audit_log (at, actor, action, entity, entity_id, summary, before_json, after_json) VALUES ('2026-11-01T08:00:00.000Z', '张科长', 'annual.setQuarter', 'annual-quarter', '2026:1:2', '旧记录', '{"grade":"fair"}', '{"grade":"good"}')`).run();
    closeDatabase(v4);

    db = await openDatabase(file, { backupDir: path.join(dir, 'backups') });
    expect(schemaVersion(db)).toBe(migrations.length);
    writeAudit(db, {
      actor: '测试员', action: 'stars.removeStar', entity: 'star-review', entityId: 1, summary: '摘星：张三', subjects: '2026年度党员干部评星 第一季度：张三', reason: '列入负面清单',
      changes: [{ subject: '张三', field: '政治坚定星', before: '已授星（2026-04-01）', after: '已摘星（2026-05-10）' }],
    });
    const { rows } = listAudit(db, { limit: 10, offset: 0 });
    expect(rows.map((r) => [r.summary, r.subjects, r.reason, r.changes])).toEqual([
      ['摘星：张三', '2026年度党员干部评星 第一季度：张三', '列入负面清单', [{ subject: '张三', field: '政治坚定星', before: '已授星（2026-04-01）', after: '已摘星（2026-05-10）' }]],
      ['旧记录', '', '', null],
    ]);
    expect(rows[1]).toMatchObject({ before: { grade: 'fair' }, after: { grade: 'good' } });
    // the new columns are searched too
    expect(listAudit(db, { text: '负面清单', limit: 10, offset: 0 }).total).toBe(1);
    expect(listAudit(db, { text: '张三', limit: 10, offset: 0 }).total).toBe(1);
  });
});
