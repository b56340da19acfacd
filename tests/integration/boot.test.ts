import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackupFiles } from '../../db/backup/backup-files';
import { bootApp, shutdownApp, takeDailyBackup } from '../../electron/boot';

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-boot-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('boot and shutdown', () => {
  it('creates the database in the data folder; backs up daily and on quit once there is data', async () => {
    const ctx = await bootApp({ dataDir: dir, mode: 'browser', version: 't' });
    expect(fs.existsSync(path.join(dir, 'kaoping.sqlite'))).toBe(true);
    expect(listBackupFiles(ctx.backupDir)).toHaveLength(0); // nothing worth backing up yet
    ctx.db.prepare(`INSERT INTO units (name, created_at) VALUES ('办公室', ?)`).run(new Date().toISOString());
    const morning = new Date(2026, 10, 25, 9);
    expect(await takeDailyBackup(ctx, morning)).toBe(true);
    expect(await takeDailyBackup(ctx, new Date(2026, 10, 25, 15))).toBe(false);
    expect(await takeDailyBackup(ctx, new Date(2026, 10, 26, 9))).toBe(true);
    await shutdownApp(ctx);
    expect(ctx.db.open).toBe(false);
    expect(listBackupFiles(ctx.backupDir).map((b) => b.reason).sort()).toEqual(['daily', 'daily', 'quit']);

    const again = await bootApp({ dataDir: dir, mode: 'browser', version: 't' });
    expect(again.db.prepare('SELECT name FROM units').get()).toEqual({ name: '办公室' });
    await shutdownApp(again);
  });

  it('keeps only the newest 10 backups', async () => {
    const ctx = await bootApp({ dataDir: dir, mode: 'browser', version: 't' });
    ctx.db.prepare(`INSERT INTO units (name, created_at) VALUES ('办公室', ?)`).run(new Date().toISOString());
    for (let day = 1; day <= 13; day++) await takeDailyBackup(ctx, new Date(2026, 0, day, 9));
    const kept = listBackupFiles(ctx.backupDir);
    expect(kept).toHaveLength(10);
    expect(kept[0]!.fileName).toContain('20260113');
    expect(kept.at(-1)!.fileName).toContain('20260104');
    await shutdownApp(ctx);
  });
});

describe('backup rotation', () => {
  it('never prunes manual backups or safety copies', async () => {
    const { takeBackup } = await import('../../db/backup/backup-files');
    const ctx = await bootApp({ dataDir: dir, mode: 'browser', version: 't' });
    await takeBackup(ctx.db, ctx.backupDir, 'manual', new Date(2025, 0, 1));
    await takeBackup(ctx.db, ctx.backupDir, 'restore', new Date(2025, 0, 2));
    for (let day = 1; day <= 12; day++) await takeBackup(ctx.db, ctx.backupDir, 'quit', new Date(2026, 0, day));
    const reasons = listBackupFiles(ctx.backupDir).map((b) => b.reason);
    expect(reasons.filter((r) => r === 'quit')).toHaveLength(10);
    expect(reasons).toContain('manual');
    expect(reasons).toContain('restore');
    await shutdownApp(ctx);
  });
});
