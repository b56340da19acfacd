import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackupFiles, takeBackup } from '../../db/backup/backup-files';
import { closeDatabase, openDatabase } from '../../db/open';
import { bootApp, shutdownApp } from '../../electron/boot';

/** Backups and restores killed half-way: what the list shows and what the next start puts right. */

const repoRoot = path.resolve(__dirname, '../..');
let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-crash-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const dbFile = () => path.join(dir, 'kaoping.sqlite');
const backups = () => path.join(dir, 'backups');

/** A database of the app with some megabytes of rows, so a backup takes many steps. */
async function largeDatabase(): Promise<number> {
  const db = await openDatabase(dbFile());
  const insert = db.prepare(`INSERT INTO audit_log (at, actor, action, entity, summary) VALUES (?, '测试员', 'test', 'test', ?)`);
  db.transaction(() => {
    for (let i = 0; i < 3000; i++) insert.run(new Date(2026, 0, 1, 0, 0, i).toISOString(), `第${i}条：${'记录内容'.repeat(250)}`);
  })();
  db.prepare(`INSERT INTO units (name, created_at) VALUES ('办公室', ?)`).run(new Date().toISOString());
  const rows = (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
  closeDatabase(db);
  return rows;
}

/** Spawns tests/helpers/backup-child.ts and kill -9s it once it reports being half-way. */
function killBackupHalfWay(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'tests/helpers/backup-child.ts'), dbFile(), backups()], {
      cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('halfway')) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL' && out.includes('halfway')) resolve();
      else reject(new Error(`the backup child was not killed half-way (stdout: ${out}; stderr: ${err.slice(0, 2000)})`));
    });
  });
}

describe('a backup killed half-way', () => {
  it('leaves nothing the list shows as a backup, and the next start removes its temporary file', async () => {
    const rows = await largeDatabase();
    await killBackupHalfWay();

    // the unfinished copy is on disk (SQLite may not have flushed a byte of it yet: the 0-byte
    // "backups" of the old code), but only under a temporary name
    const left = fs.readdirSync(backups());
    expect(left.length).toBeGreaterThan(0);
    for (const f of left) expect(f).toMatch(/\.sqlite\.partial/);
    expect(listBackupFiles(backups())).toEqual([]);

    // next start: the leftovers are gone, the data is whole, and the daily backup is a good one
    const ctx = await bootApp({ dataDir: dir, mode: 'browser', version: 't' });
    expect(fs.readdirSync(backups()).filter((f) => !/^kaoping-\d{8}-\d{9}-daily\.sqlite$/.test(f))).toEqual([]);
    const listed = listBackupFiles(backups());
    expect(listed.map((b) => [b.reason, b.problem])).toEqual([['daily', null]]);
    expect((ctx.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n).toBe(rows);
    await shutdownApp(ctx);
  });
});

describe('a restore killed half-way', () => {
  /** The data a user would compare. */
  const units = async () => {
    const db = await openDatabase(dbFile());
    const names = (db.prepare('SELECT name FROM units ORDER BY id').all() as { name: string }[]).map((r) => r.name);
    closeDatabase(db);
    return names;
  };

  /** A current database (办公室 + 综合科) and a backup of an earlier state (办公室 only). */
  async function currentAndBackup(): Promise<string> {
    const db = await openDatabase(dbFile());
    db.prepare(`INSERT INTO units (name, created_at) VALUES ('办公室', ?)`).run(new Date().toISOString());
    const backup = await takeBackup(db, backups(), 'manual');
    db.prepare(`INSERT INTO units (name, created_at) VALUES ('综合科', ?)`).run(new Date().toISOString());
    db.pragma('wal_checkpoint(TRUNCATE)');
    closeDatabase(db);
    return path.join(backups(), backup.fileName);
  }

  // The file layouts a kill leaves at each step of db/backup/restore-files.ts (the names it uses).
  const restoringPath = (db: string) => `${db}.restoring`;
  const beforeRestorePath = (db: string) => `${db}.before-restore`;
  const layouts: Record<string, (backup: string) => void> = {
    'while copying the backup': (backup) => fs.writeFileSync(`${restoringPath(dbFile())}.copying`, fs.readFileSync(backup).subarray(0, 4096)),
    'after the copy, before the swap': (backup) => fs.copyFileSync(backup, restoringPath(dbFile())),
    'after moving the current data aside': (backup) => {
      fs.copyFileSync(backup, restoringPath(dbFile()));
      fs.renameSync(dbFile(), beforeRestorePath(dbFile()));
    },
    'after moving the backup in, before it was confirmed': (backup) => {
      fs.renameSync(dbFile(), beforeRestorePath(dbFile()));
      fs.copyFileSync(backup, dbFile());
      fs.writeFileSync(`${dbFile()}-wal`, Buffer.alloc(0)); // the restored file had been opened
    },
  };

  for (const [when, leave] of Object.entries(layouts)) {
    it(`${when}: the next start goes back to the data as it was before the restore`, async () => {
      const backup = await currentAndBackup();
      expect(await units()).toEqual(['办公室', '综合科']);
      leave(backup);

      const ctx = await bootApp({ dataDir: dir, mode: 'browser', version: 't' });
      expect((ctx.db.prepare('SELECT name FROM units ORDER BY id').all() as { name: string }[]).map((r) => r.name)).toEqual(['办公室', '综合科']);
      await shutdownApp(ctx);
      expect(fs.readdirSync(dir).filter((f) => /restoring|before-restore|copying/.test(f))).toEqual([]);
    });
  }
});
