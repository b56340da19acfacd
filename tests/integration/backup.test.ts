import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { takeBackup } from '../../db/backup/backup-files';
import { migrate } from '../../db/migrate';
import { latestVersion, migrations } from '../../db/migrations';
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

  it('ten launches in one day keep the older daily history (tiers, not just the newest ten)', async () => {
    await seed();
    const manual = await app.call('backup.create');
    // three weeks of one launch a day …
    const days: string[] = [];
    for (let d = 1; d <= 21; d++) days.push((await takeBackup(app.ctx.db, app.ctx.backupDir, 'daily', new Date(2026, 2, d, 8))).fileName);
    // … then a busy day: ten launches, each with its quit backup
    for (let i = 0; i < 10; i++) await takeBackup(app.ctx.db, app.ctx.backupDir, 'quit', new Date(2026, 2, 22, 9 + i));
    const kept = new Set((await app.call('backup.list')).map((b) => b.fileName));
    // the newest of each of the 7 days before, and of each week, survive the busy day
    for (const d of [15, 16, 17, 18, 19, 20, 21]) expect(kept, `3月${d}日`).toContain(days[d - 1]);
    for (const sunday of [15, 8, 1]) expect(kept, `the week ending 3月${sunday}日`).toContain(days[sunday - 1]);
    expect(kept).toContain(manual.fileName);
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
    for (let i = 1; i < 10; i++) {
      await app.call('units.create', { name: `科室${i}`, parentId: null });
      await takeBackup(app.ctx.db, app.ctx.backupDir, 'quit', new Date(start.getTime() + i * 60_000));
    }
    await app.call('backup.restore', { fileName: oldest.fileName });
    expect(data(app.ctx.db)).toEqual(atOldest);
  });

  it('migrates a backup made by an older version of the program', async () => {
    await seed();
    // a database at schema version 1: what a backup from the first release looks like
    const fileName = 'kaoping-20240101-080000000-manual.sqlite';
    fs.mkdirSync(app.ctx.backupDir, { recursive: true });
    const old = new Database(path.join(app.ctx.backupDir, fileName));
    migrate(old, migrations.slice(0, 1));
    old.pragma('journal_mode = DELETE');
    old.close();
    await app.call('backup.restore', { fileName });
    expect(app.ctx.db.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(data(app.ctx.db)).toEqual({ units: [], people: [] });
    const info = await app.call('app.info');
    expect(info.empty).toBe(true);
  });

  /** The database exactly as on disk (main file and WAL), to prove a refused restore changed nothing. */
  function dbDigest(): string {
    const hash = createHash('sha256');
    for (const f of [app.ctx.dbPath, `${app.ctx.dbPath}-wal`]) hash.update(fs.existsSync(f) ? fs.readFileSync(f) : Buffer.alloc(0)).update('|');
    return hash.digest('hex');
  }

  function putBackup(name: string, bytes: Uint8Array): string {
    fs.mkdirSync(app.ctx.backupDir, { recursive: true });
    fs.writeFileSync(path.join(app.ctx.backupDir, name), bytes);
    return name;
  }

  /** A database made by some other program: its own tables, and by chance a schema version we know. */
  function foreignDatabase(version: number): Buffer {
    const file = path.join(app.dir, `foreign-${version}.sqlite`);
    const other = new Database(file);
    other.exec(`CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hello');`);
    other.pragma(`user_version = ${version}`);
    other.close();
    const bytes = fs.readFileSync(file);
    fs.rmSync(file);
    return bytes;
  }

  it('refuses every file that is not a complete, valid database of this program, and changes nothing', async () => {
    await seed();
    const real = await app.call('backup.create');
    const full = fs.readFileSync(path.join(app.ctx.backupDir, real.fileName));
    // one b-tree page overwritten in the middle: the header still looks right, integrity_check does not
    const damaged = Buffer.from(full);
    const pageSize = damaged.readUInt16BE(16);
    damaged.fill(0x5a, pageSize * 2 + 8, pageSize * 3 - 8);
    const newerFile = path.join(app.dir, 'newer.sqlite');
    fs.writeFileSync(newerFile, full);
    const newerDb = new Database(newerFile);
    newerDb.pragma(`user_version = ${latestVersion + 5}`);
    newerDb.close();
    const cases: [string, Uint8Array, string, RegExp][] = [
      ['kaoping-20240101-080000000-daily.sqlite', Buffer.alloc(0), 'BACKUP_EMPTY', /是空文件（0 字节）/],
      ['kaoping-20240102-080000000-quit.sqlite', full.subarray(0, Math.floor(full.length / 2)), 'BACKUP_TRUNCATED', /不完整（应有 \d+ 字节，实际只有 \d+ 字节）/],
      ['kaoping-20240103-080000000-manual.sqlite', Buffer.from('this is not a database file '.repeat(200)), 'BACKUP_NOT_SQLITE', /不是 SQLite 数据库文件/],
      ['kaoping-20240104-080000000-manual.sqlite', foreignDatabase(0), 'BACKUP_FOREIGN', /不是本系统的数据库（没有本系统的数据版本号）/],
      ['kaoping-20240105-080000000-manual.sqlite', foreignDatabase(2), 'BACKUP_FOREIGN', /不是本系统的数据库（缺少单位、人员/],
      ['kaoping-20240106-080000000-manual.sqlite', fs.readFileSync(newerFile), 'DB_TOO_NEW', /由较新版本的程序创建/],
      ['kaoping-20240107-080000000-manual.sqlite', damaged, 'BACKUP_CORRUPT', /已损坏（integrity_check/],
    ];
    for (const [name, bytes] of cases) putBackup(name, bytes);

    app.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = data(app.ctx.db);
    const bytesBefore = dbDigest();
    const backupsBefore = fs.readdirSync(app.ctx.backupDir).sort();
    for (const [name, , code, message] of cases) {
      const refused = await expectRefused(() => app.call('backup.restore', { fileName: name }));
      expect(refused.code, name).toBe(code);
      expect(refused.message, name).toMatch(message);
      expect(refused.message, name).toContain(`备份文件 ${name}`);
      expect(refused.message, name).toContain('无法恢复，当前数据未改变');
      expect(dbDigest(), name).toBe(bytesBefore);
    }
    expect(data(app.ctx.db)).toEqual(before);
    expect((await app.call('people.search', {})).total).toBe(2);
    // nothing left behind: no half-restored copy, no safety backup, no -wal/-shm beside the backups
    expect(fs.readdirSync(app.dir).filter((f) => /restoring|before-restore/.test(f))).toEqual([]);
    expect(fs.readdirSync(app.ctx.backupDir).sort()).toEqual(backupsBefore);
    // the list says which files cannot be restored, before anyone tries
    const listed = new Map((await app.call('backup.list')).map((b) => [b.fileName, b.problem]));
    expect(listed.get(real.fileName)).toBeNull();
    expect(listed.get(cases[0]![0])).toMatch(/空文件/);
    expect(listed.get(cases[1]![0])).toMatch(/不完整/);
    expect(listed.get(cases[2]![0])).toMatch(/不是 SQLite/);
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
