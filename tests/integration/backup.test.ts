import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupsToKeep, takeBackup } from '../../db/backup-files';
import { latestVersion } from '../../db/migrations';
import { makeIdNumber, personInput } from '../helpers/people-input';
import { createTestApp, type TestApp } from '../helpers/test-context';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(() => app.close());

/** What a user would compare: every unit and person as stored. */
const data = (db: Database.Database) => ({
  units: db.prepare('SELECT * FROM units ORDER BY id').all(),
  people: db.prepare('SELECT * FROM people ORDER BY id').all(),
});

async function seed(): Promise<{ unitId: number; ids: number[] }> {
  const office = await app.call('units.create', { name: '某某区国防动员办公室', parentId: null });
  const unit = await app.call('units.create', { name: '综合科', parentId: office.id });
  const a = await app.call('people.create', personInput(unit.id, { name: '王建国', idNumber: makeIdNumber('420302', '19800312', '001'), post: '科长' }));
  const b = await app.call('people.create', personInput(unit.id, { name: '李秀英', idNumber: makeIdNumber('420302', '19850617', '002'), post: '科员' }));
  return { unitId: unit.id, ids: [a.id, b.id] };
}

async function expectRefused(run: () => Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await run().then(() => null, (e: { payload?: { code: string; message: string } }) => e);
  expect(error?.payload, 'the call should have been refused').toBeDefined();
  return error!.payload!;
}

describe('backup.create / backup.list', () => {
  it('takes a manual backup, lists it and records it in the audit log', async () => {
    await seed();
    const backup = await app.call('backup.create');
    expect(backup.reason).toBe('manual');
    expect(backup.sizeBytes).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(app.ctx.backupDir, backup.fileName))).toBe(true);
    const list = await app.call('backup.list');
    expect(list.map((b) => b.fileName)).toContain(backup.fileName);
    const audit = app.ctx.db.prepare(`SELECT summary FROM audit_log WHERE action = 'backup.create'`).all() as { summary: string }[];
    expect(audit.map((r) => r.summary)).toEqual([`手动备份：${backup.fileName}`]);
  });

  it('rotates automatic backups to the newest ten and never prunes manual ones', async () => {
    await seed();
    const manual = await app.call('backup.create');
    const daily: string[] = [];
    const start = new Date(2026, 0, 1, 8, 0, 0);
    for (let i = 0; i < backupsToKeep + 3; i++) daily.push((await takeBackup(app.ctx.db, app.ctx.backupDir, 'daily', new Date(start.getTime() + i * 86_400_000))).fileName);
    const list = await app.call('backup.list');
    expect(list.filter((b) => b.reason === 'daily').map((b) => b.fileName)).toEqual(daily.slice(-backupsToKeep).reverse());
    expect(list.map((b) => b.fileName)).toContain(manual.fileName);
    expect(fs.readdirSync(app.ctx.backupDir).filter((f) => f.endsWith('.sqlite'))).toHaveLength(backupsToKeep + 1);
  });
});

describe('backup.restore', () => {
  it('brings back exactly the backed-up data and keeps a safety backup of the state it replaced', async () => {
    const { unitId, ids } = await seed();
    const backup = await app.call('backup.create');
    const atBackup = data(app.ctx.db);

    // change everything a user might change after the backup
    await app.call('people.update', { ...personInput(unitId, { name: '王建国', idNumber: makeIdNumber('420302', '19800312', '001'), post: '主任' }), id: ids[0]! });
    await app.call('people.create', personInput(unitId, { name: '赵新来' }));
    await app.call('units.create', { name: '新设科室', parentId: null });
    const beforeRestore = data(app.ctx.db);
    expect(beforeRestore).not.toEqual(atBackup);
    const oldDb = app.ctx.db;

    const { safetyBackup } = await app.call('backup.restore', { fileName: backup.fileName });

    expect(app.ctx.db).not.toBe(oldDb);
    expect(oldDb.open).toBe(false);
    // no leftovers beside the database file or the backups
    expect(fs.readdirSync(app.dir).filter((f) => /restoring|before-restore/.test(f))).toEqual([]);
    expect(fs.readdirSync(app.ctx.backupDir).filter((f) => !f.endsWith('.sqlite'))).toEqual([]);
    expect(data(app.ctx.db)).toEqual(atBackup);
    // the app keeps working on the restored data
    const found = await app.call('people.search', { text: '王建国' });
    expect(found.rows.map((p) => p.post)).toEqual(['科长']);

    // the safety backup holds the state that was replaced
    expect(safetyBackup.reason).toBe('restore');
    const list = await app.call('backup.list');
    expect(list.map((b) => b.fileName)).toContain(safetyBackup.fileName);
    const safety = new Database(path.join(app.ctx.backupDir, safetyBackup.fileName), { readonly: true });
    expect(data(safety)).toEqual(beforeRestore);
    safety.close();

    // the restore is in the (restored) audit log
    const audit = app.ctx.db.prepare(`SELECT summary, actor FROM audit_log WHERE action = 'backup.restore'`).all() as { summary: string; actor: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]!.summary).toContain(`从备份恢复：${backup.fileName}`);
    expect(audit[0]!.actor).toBe('测试员');
  });

  it('restores the oldest of ten automatic backups', async () => {
    await seed();
    const start = new Date(2026, 0, 1, 8, 0, 0);
    const oldest = await takeBackup(app.ctx.db, app.ctx.backupDir, 'daily', start);
    const atOldest = data(app.ctx.db);
    for (let i = 1; i < backupsToKeep; i++) {
      await app.call('units.create', { name: `科室${i}`, parentId: null });
      await takeBackup(app.ctx.db, app.ctx.backupDir, 'quit', new Date(start.getTime() + i * 60_000));
    }
    await app.call('backup.restore', { fileName: oldest.fileName });
    expect(data(app.ctx.db)).toEqual(atOldest);
  });

  it('migrates a backup made by an older version of the program', async () => {
    await seed();
    // an empty database at schema version 0: what a backup from before the first migration looks like
    const fileName = 'kaoping-20240101-080000000-manual.sqlite';
    fs.mkdirSync(app.ctx.backupDir, { recursive: true });
    new Database(path.join(app.ctx.backupDir, fileName)).close();
    await app.call('backup.restore', { fileName });
    expect(app.ctx.db.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(data(app.ctx.db)).toEqual({ units: [], people: [] });
    const info = await app.call('app.info');
    expect(info.empty).toBe(true);
  });

  it('refuses a corrupt backup and leaves the current data as it was', async () => {
    await seed();
    const before = data(app.ctx.db);
    fs.mkdirSync(app.ctx.backupDir, { recursive: true });
    const garbage = 'kaoping-20240101-080000000-manual.sqlite';
    fs.writeFileSync(path.join(app.ctx.backupDir, garbage), 'this is not a database file '.repeat(200));
    const refused = await expectRefused(() => app.call('backup.restore', { fileName: garbage }));
    expect(refused.code).toBe('BACKUP_CORRUPT');
    expect(refused.message).toContain(garbage);
    expect(refused.message).toContain('当前数据未改变');

    // a real backup cut in half (a copy interrupted mid-way)
    const real = await app.call('backup.create');
    const full = fs.readFileSync(path.join(app.ctx.backupDir, real.fileName));
    const truncated = 'kaoping-20240102-080000000-manual.sqlite';
    fs.writeFileSync(path.join(app.ctx.backupDir, truncated), full.subarray(0, Math.floor(full.length / 2)));
    const refused2 = await expectRefused(() => app.call('backup.restore', { fileName: truncated }));
    expect(refused2.code).toBe('BACKUP_CORRUPT');

    expect(data(app.ctx.db)).toEqual(before);
    expect((await app.call('people.search', {})).total).toBe(2);
    // nothing left behind: no half-restored copy, no -wal/-shm beside the backups
    expect(fs.readdirSync(app.dir).filter((f) => /restoring|before-restore/.test(f))).toEqual([]);
    expect(fs.readdirSync(app.ctx.backupDir).filter((f) => !f.endsWith('.sqlite'))).toEqual([]);
  });

  it('refuses a backup written by a newer program', async () => {
    await seed();
    const before = data(app.ctx.db);
    const real = await app.call('backup.create');
    const newer = 'kaoping-20240103-080000000-manual.sqlite';
    fs.copyFileSync(path.join(app.ctx.backupDir, real.fileName), path.join(app.ctx.backupDir, newer));
    const db = new Database(path.join(app.ctx.backupDir, newer));
    db.pragma('user_version = 99');
    db.close();
    const refused = await expectRefused(() => app.call('backup.restore', { fileName: newer }));
    expect(refused.code).toBe('DB_TOO_NEW');
    expect(data(app.ctx.db)).toEqual(before);
  });

  it('refuses any name that is not a backup in the backup folder', async () => {
    await seed();
    const before = data(app.ctx.db);
    fs.writeFileSync(path.join(app.dir, 'kaoping-20240101-080000000-manual.sqlite'), fs.readFileSync(app.ctx.dbPath));
    for (const fileName of [
      '../kaoping.sqlite',
      '../kaoping-20240101-080000000-manual.sqlite',
      '..\\kaoping-20240101-080000000-manual.sqlite',
      app.ctx.dbPath,
      'kaoping-20991231-235959999-manual.sqlite',
      '',
    ]) {
      const refused = await expectRefused(() => app.call('backup.restore', { fileName }));
      expect(refused.code, fileName).toBe('BACKUP_NOT_FOUND');
      expect(refused.message).toContain('备份文件不存在');
    }
    expect(data(app.ctx.db)).toEqual(before);
    expect(await app.call('backup.list')).toEqual([]);
  });
});

describe('backup.integrityCheck', () => {
  it('reports a good database as complete', async () => {
    await seed();
    const result = await app.call('backup.integrityCheck');
    expect(result.ok).toBe(true);
    expect(result.messages.join('\n')).toContain('结构完整');
  });

  it('names the table and row of a broken reference', async () => {
    await seed();
    // what an interrupted tool or a hand edit could leave: a person in a unit that does not exist
    app.ctx.db.pragma('foreign_keys = OFF');
    const { id } = app.ctx.db.prepare('SELECT id FROM people ORDER BY id LIMIT 1').get() as { id: number };
    app.ctx.db.prepare('UPDATE people SET unit_id = 999 WHERE id = ?').run(id);
    app.ctx.db.pragma('foreign_keys = ON');
    const result = await app.call('backup.integrityCheck');
    expect(result.ok).toBe(false);
    expect(result.messages.join('\n')).toContain(`人员表（people）第 ${id} 行引用的单位表（units）记录不存在`);
  });
});
