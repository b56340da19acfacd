import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BallotMarks, EvaluationConfig, InvalidReason } from '../../shared/evaluation/config';
import { tallyEvaluation } from '../../shared/evaluation/tally';
import { listBackupFiles, takeBackup } from '../../db/backup/backup-files';
import { readSqliteHeader } from '../../db/database-file-check';
import { migrations } from '../../db/migrations';
import { closeDatabase, openDatabase } from '../../db/open';
import { bootApp, shutdownApp } from '../../electron/boot';
import type { AppContext } from '../../electron/context';
import { backupDir, databaseFile } from '../../electron/data-dir';
import { dispatch } from '../../electron/dispatch';
import { handlers } from '../../electron/handlers';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract';
import { largeEventLeaks, type FileBytes } from '../helpers/ballot-bytes';
import { kioskCastOrder, paperEntryOrder, seedVersion4, type SeededVersion4 } from '../helpers/version4-ballots';

/**
 * Backups taken before the ballot-slot migration (005) held the old layout: ballots in casting
 * order, paper entries timed to the millisecond. The start after the upgrade rewrites every one of
 * them (db/backup/backup-upgrade.ts): the pre-migration backup taken by that very start, and older manual
 * and automatic ones. Each keeps its name (reason and time), and restoring it still gives the data
 * as it was.
 */

let dataDir: string;
let dbFile: string;
let backups: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-oldbackups-'));
  dbFile = databaseFile(dataDir);
  backups = backupDir(dataDir);
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const version4 = migrations.slice(0, 4);
const seed = () => seedVersion4(dbFile, { kiosk: 60, paper: 20, settled: 20 });

async function call<C extends ChannelName>(ctx: AppContext, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const r = await dispatch(handlers, ctx, channel, input);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as ChannelOutput<C>;
}

/** Backups by the old program: it took them with the online backup API of a version-4 file. */
async function oldBackups(...at: readonly { reason: 'manual' | 'daily' | 'quit'; at: Date }[]): Promise<string[]> {
  const db = await openDatabase(dbFile, { migrations: version4 });
  try {
    const names: string[] = [];
    for (const b of at) names.push((await takeBackup(db, backups, b.reason, b.at, { migrations: version4 })).fileName);
    return names;
  } finally {
    closeDatabase(db);
  }
}

/** The live round's tally of a version-4 file, from its own rows, with the app's tally (the truth to compare restores against). */
function tallyOfVersion4(eventId: number) {
  const db = new Database(dbFile, { readonly: true });
  try {
    const event = db.prepare('SELECT config_json, attendance_json FROM eval_events WHERE id = ?').get(eventId) as { config_json: string; attendance_json: string };
    const targets = db.prepare('SELECT id, name, post, group_name AS "group" FROM eval_targets WHERE event_id = ? ORDER BY sort_order').all(eventId) as { id: number; name: string; post: string; group: string }[];
    const ballots = (db.prepare(`SELECT valid, reasons_json, marks_json FROM eval_ballots WHERE event_id = ? AND round = 'live' ORDER BY ticket_no`).all(eventId) as { valid: number; reasons_json: string; marks_json: string }[])
      .map((b) => ({ valid: b.valid === 1, reasons: JSON.parse(b.reasons_json) as InvalidReason[], marks: JSON.parse(b.marks_json) as BallotMarks }));
    return tallyEvaluation({ config: JSON.parse(event.config_json) as EvaluationConfig, targets, ballots, attendance: JSON.parse(event.attendance_json) as Record<string, number> });
  } finally {
    db.close();
  }
}

const backupBytes = (fileName: string): FileBytes => {
  const file = path.join(backups, fileName);
  return { name: 'backup', bytes: fs.readFileSync(file), pageSize: readSqliteHeader(file)!.pageSize };
};
const userVersion = (fileName: string) => readSqliteHeader(path.join(backups, fileName))!.userVersion;

/** Every way the old layout shows in a backup: ballot positions that follow the order, paper-entry times. */
function oldLayoutTraces(fileName: string, seeded: SeededVersion4): string[] {
  const file = backupBytes(fileName);
  const leaks = [...largeEventLeaks([file], kioskCastOrder(seeded)).map((l) => `kiosk ${l}`), ...largeEventLeaks([file], paperEntryOrder(seeded)).map((l) => `paper ${l}`)];
  const times = seeded.entryTimes.filter((t) => file.bytes.includes(Buffer.from(t.slice(11, 19))));
  if (times.length > 0) leaks.push(`${times.length} paper-entry times`);
  return leaks.map((l) => `${fileName}: ${l}`);
}

describe('backups from before the ballot-slot layout', () => {
  it('the start that upgrades rewrites every old backup (the pre-migration one too): current version, no order, same names, and a restore gives the same data', async () => {
    const seeded = await seed();
    const before = tallyOfVersion4(seeded.eventId);
    const old = await oldBackups({ reason: 'manual', at: new Date(2026, 11, 20, 12) }, { reason: 'daily', at: new Date(2026, 11, 21, 9) });
    // the detector sees the old layout: this is what must not survive
    for (const name of old) expect(oldLayoutTraces(name, seeded)).not.toEqual([]);
    const listedBefore = listBackupFiles(backups);

    const ctx = await bootApp({ dataDir, mode: 'browser', version: 't' });
    try {
      const after = listBackupFiles(backups);
      const migration = after.find((b) => b.reason === 'migration')!;
      expect(migration, 'the start took a backup before migrating').toBeDefined();
      // names, reasons and times as the list showed them; every file whole
      for (const b of listedBefore) expect(after).toContainEqual({ ...b, sizeBytes: expect.any(Number) as number });
      expect(after.filter((b) => b.problem !== null)).toEqual([]);
      expect(fs.readdirSync(backups).filter((f) => !f.endsWith('.sqlite'))).toEqual([]);
      for (const b of after) {
        expect(userVersion(b.fileName), b.fileName).toBe(migrations.length);
        expect(oldLayoutTraces(b.fileName, seeded)).toEqual([]);
      }
      // the ballots are there to be found: the check looks where they are
      expect(backupBytes(migration.fileName).bytes.includes(Buffer.from(seeded.kiosk[0]!.ticket))).toBe(true);

      const rows = ctx.db.prepare(`SELECT summary, subjects FROM audit_log WHERE action = 'backup.upgradeOld'`).all() as { summary: string; subjects: string }[];
      expect(rows).toHaveLength(1);
      expect(rows[0]!.summary).toContain('升级旧版备份 3 个');
      expect(rows[0]!.subjects.split('、').sort()).toEqual([...old, migration.fileName].sort());

      // each rewritten backup restores to the data as it was before the upgrade
      for (const fileName of [migration.fileName, old[0]!]) {
        await call(ctx, 'backup.restore', { fileName });
        expect(await call(ctx, 'evaluation.results', { id: seeded.eventId, round: 'live' })).toEqual(before);
        const ballots = ctx.db.prepare(`SELECT ticket_no AS ticket, marks_json AS marks FROM eval_ballots WHERE event_id = ? ORDER BY ticket_no`).all(seeded.eventId);
        expect(ballots).toEqual([...seeded.kiosk, ...seeded.paper].map((b) => ({ ticket: b.ticket, marks: b.marks })).sort((a, b) => a.ticket.localeCompare(b.ticket)));
        expect(ctx.db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(30);
        expect(ctx.db.prepare('SELECT name, status FROM eval_events').all()).toEqual([{ name: '述职测评', status: 'live' }]);
      }
    } finally {
      await shutdownApp(ctx);
    }
  }, 240_000);

  it('an old backup restored while the app runs: the backup its migration takes is rewritten at once', async () => {
    const seeded = await seed();
    const [copiedIn] = await oldBackups({ reason: 'manual', at: new Date(2025, 5, 1, 10) });
    // the old backup is put aside, the app starts on a new, empty data folder, then the file is copied in
    const aside = path.join(dataDir, 'aside.sqlite');
    fs.renameSync(path.join(backups, copiedIn!), aside);
    fs.rmSync(dbFile);
    const ctx = await bootApp({ dataDir, mode: 'browser', version: 't' });
    try {
      fs.copyFileSync(aside, path.join(backups, copiedIn!));
      await call(ctx, 'backup.restore', { fileName: copiedIn! });
      const after = listBackupFiles(backups);
      expect(after.map((b) => b.reason).sort()).toEqual(['manual', 'migration', 'restore']);
      for (const b of after) {
        expect(userVersion(b.fileName), b.fileName).toBe(migrations.length);
        expect(oldLayoutTraces(b.fileName, seeded)).toEqual([]);
      }
    } finally {
      await shutdownApp(ctx);
    }
  }, 240_000);

  it('a start with nothing to rewrite opens and changes no backup', async () => {
    const first = await bootApp({ dataDir, mode: 'browser', version: 't' });
    first.db.prepare(`INSERT INTO units (name, created_at) VALUES ('办公室', ?)`).run(new Date().toISOString());
    await takeBackup(first.db, backups, 'manual', new Date(2026, 0, 5, 10));
    await shutdownApp(first);
    // a rewrite keeps the modification time (db/backup/backup-upgrade.ts), so the inode and the bytes tell too
    const stamp = () => Object.fromEntries(fs.readdirSync(backups).map((f) => {
      const full = path.join(backups, f);
      const { mtimeMs, ino } = fs.statSync(full);
      return [f, { mtimeMs, ino, sha: createHash('sha256').update(fs.readFileSync(full)).digest('hex') }];
    }));
    const before = stamp();
    // files the app never opens: they show as 不可用 in the list, and must not be touched either
    fs.writeFileSync(path.join(backups, 'kaoping-20250101-080000000-daily.sqlite'), '');
    fs.writeFileSync(path.join(backups, 'kaoping-20250102-080000000-daily.sqlite'), 'not a database');

    const again = await bootApp({ dataDir, mode: 'browser', version: 't' });
    try {
      const now = stamp();
      for (const [f, was] of Object.entries(before)) expect(now[f], f).toEqual(was);
      expect(again.db.prepare(`SELECT count(*) FROM audit_log WHERE action = 'backup.upgradeOld'`).pluck().get()).toBe(0);
    } finally {
      await shutdownApp(again);
    }
  });

  it('a damaged or foreign old backup is left as it is, the start succeeds, and the good ones are still rewritten', async () => {
    const seeded = await seed();
    const [good, damaged] = await oldBackups({ reason: 'manual', at: new Date(2026, 11, 20, 12) }, { reason: 'quit', at: new Date(2026, 11, 20, 18) });
    // damaged inside, with a header that passes the cheap checks: pages in the middle overwritten
    const damagedFile = path.join(backups, damaged!);
    const bytes = fs.readFileSync(damagedFile);
    bytes.fill(0xa5, 4096 * 3, 4096 * 9);
    fs.writeFileSync(damagedFile, bytes);
    // another program's database with a schema version below the slot layout
    const foreign = 'kaoping-20250301-090000000-manual.sqlite';
    const other = new Database(path.join(backups, foreign));
    other.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); PRAGMA user_version = 3;');
    other.close();
    const untouched = Object.fromEntries([damaged!, foreign].map((f) => [f, fs.readFileSync(path.join(backups, f))]));

    const ctx = await bootApp({ dataDir, mode: 'browser', version: 't' });
    try {
      for (const [f, content] of Object.entries(untouched)) expect(fs.readFileSync(path.join(backups, f)).equals(content), f).toBe(true);
      expect(userVersion(good!)).toBe(migrations.length);
      expect(oldLayoutTraces(good!, seeded)).toEqual([]);
      const summary = ctx.db.prepare(`SELECT summary FROM audit_log WHERE action = 'backup.upgradeOld'`).pluck().get() as string;
      expect(summary).toContain('另有 2 个无法升级，保持原样');
      expect(summary).toContain(damaged!);
      expect(summary).toContain(foreign);
      expect(fs.readdirSync(backups).filter((f) => f.includes('.partial'))).toEqual([]);
    } finally {
      await shutdownApp(ctx);
    }
  }, 240_000);
});
