import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { migration013 } from '../../db/migrations/013-tasks';
import { closeDatabase, openDatabase, type Db } from '../../db/open';

let dir: string;
let db: Db | undefined;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-mig12-'));
});
afterEach(() => {
  if (db) closeDatabase(db);
  db = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('migration 013-tasks', () => {
  it('upgrades the previous version with empty, strict task tables whose checks and year lock hold', async () => {
    const at = migrations.indexOf(migration013);
    expect(at + 1).toBe(migration013.version);
    const file = path.join(dir, 'before.sqlite');
    const old = await openDatabase(file, { migrations: migrations.slice(0, at) });
    old.prepare(`INSERT INTO units (name, parent_id, sort_order, created_at) VALUES ('办公室', NULL, 1, '2026-01-01T00:00:00.000Z')`).run();
    closeDatabase(old);

    db = await openDatabase(file, { backupDir: path.join(dir, 'backups') });
    expect(schemaVersion(db)).toBe(migrations.length);
    for (const t of ['task_items', 'task_units', 'task_nodes']) expect(db.prepare(`SELECT strict FROM pragma_table_list WHERE name = ?`).pluck().get(t)).toBe(1);

    const goal = db.prepare(`INSERT INTO task_items (year, kind, title) VALUES (2026, 'goal', '目标')`).run().lastInsertRowid;
    const project = db.prepare(`INSERT INTO task_items (year, kind, parent_id, title) VALUES (2026, 'project', ?, '项目')`).run(goal).lastInsertRowid;
    const task = db.prepare(`INSERT INTO task_items (year, kind, parent_id, title) VALUES (2026, 'task', ?, '任务')`).run(project).lastInsertRowid;
    db.prepare(`INSERT INTO task_units (task_id, unit_id, role) VALUES (?, 1, 'lead')`).run(task);
    // a 目标 has no parent; a done node has its date; one lead per task
    expect(() => db!.prepare(`INSERT INTO task_items (year, kind, parent_id, title) VALUES (2026, 'goal', ?, 'x')`).run(goal)).toThrow(/CHECK constraint failed/);
    expect(() => db!.prepare(`INSERT INTO task_nodes (task_id, name, due_on, status) VALUES (?, '节点', '2026-03-31', 'done')`).run(task)).toThrow(/CHECK constraint failed/);
    expect(() => db!.prepare(`INSERT INTO task_nodes (task_id, name, due_on, status) VALUES (?, '节点', '2026-3-31', 'todo')`).run(task)).toThrow(/CHECK constraint failed/);
    db.prepare(`INSERT INTO task_nodes (task_id, name, due_on, status, done_on) VALUES (?, '节点', '2026-03-31', 'done', '2026-03-30')`).run(task);

    // the year lock
    db.prepare(`INSERT INTO annual_years (year, name, rules_json, status, locked_at, results_json, created_at) VALUES (2026, '2026年度', '{}', 'locked', '2026-12-31T00:00:00.000Z', '{}', '2026-01-01T00:00:00.000Z')`).run();
    expect(() => db!.prepare(`UPDATE task_nodes SET note = 'x'`).run()).toThrow(/KAOPING_YEAR_LOCKED/);
    expect(() => db!.prepare(`DELETE FROM task_items WHERE id = ?`).run(goal)).toThrow(/KAOPING_YEAR_LOCKED/);
    // deleting a goal takes its whole subtree with it in an open year
    db.prepare(`INSERT INTO task_items (year, kind, title) VALUES (2027, 'goal', '明年')`).run();
    db.prepare(`DELETE FROM task_items WHERE year = 2027`).run();
    expect(db.prepare('SELECT count(*) FROM task_items WHERE year = 2027').pluck().get()).toBe(0);
  });
});
