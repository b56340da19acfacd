import { describe, expect, it } from 'vitest';
import { automaticBackupsToKeep, backupFileName, parseBackupFileName, type BackupFile, type BackupReason } from '../../db/backup/backup-files';
import { backupRetention } from '../../shared/backup/retention';

/** The rotation run over simulated dates: each launch adds its backups, then prunes as takeBackup does. */

const file = (reason: BackupReason, at: Date): BackupFile => {
  const fileName = backupFileName(reason, at);
  return { fileName, ...parseBackupFileName(fileName)!, sizeBytes: 4096, problem: null };
};

function simulate(launches: readonly Date[], extra: readonly BackupFile[] = []): BackupFile[] {
  let files: BackupFile[] = [...extra];
  for (const at of launches) {
    files.push(file('daily', at), file('quit', new Date(at.getTime() + 3_600_000)));
    const keep = automaticBackupsToKeep(files);
    files = files.filter((f) => keep.has(f.fileName) || f.reason === 'manual' || f.reason === 'restore');
  }
  return files;
}

const day = (d: Date) => d.toDateString();
const month = (d: Date) => `${d.getFullYear()}-${d.getMonth()}`;

describe('tiered rotation of automatic backups', () => {
  it('after two years of daily use keeps the newest 10, one per day for 7 days, per week for 5 weeks, per month for 12 months', () => {
    const launches = Array.from({ length: 730 }, (_, i) => new Date(2025, 0, 1 + i, 8, 30));
    const kept = simulate(launches).map((f) => ({ ...f, at: new Date(f.createdAt) }));
    const last = launches.at(-1)!;
    expect(kept.filter((f) => day(f.at) === day(last))).toHaveLength(2);
    const days = new Set(kept.map((f) => day(f.at)));
    for (let i = 0; i < backupRetention.daily; i++) expect(days, `day -${i}`).toContain(day(new Date(2025, 0, 730 - i)));
    const months = new Set(kept.map((f) => month(f.at)));
    for (let i = 0; i < backupRetention.monthly; i++) expect(months, `month -${i}`).toContain(month(new Date(last.getFullYear(), last.getMonth() - i, 1)));
    // five weeks back is still there, a year back is the oldest kept
    expect(kept.some((f) => last.getTime() - f.at.getTime() > 4 * 7 * 86_400_000)).toBe(true);
    const oldest = Math.min(...kept.map((f) => f.at.getTime()));
    expect(last.getTime() - oldest).toBeGreaterThan(330 * 86_400_000);
    expect(kept.length).toBeLessThanOrEqual(backupRetention.recent + backupRetention.daily + backupRetention.weekly + backupRetention.monthly);
  });

  it('ten launches in one day never delete the days, weeks and months before', () => {
    const history = Array.from({ length: 90 }, (_, i) => new Date(2026, 0, 1 + i, 8));
    const before = simulate(history);
    const busyDay = Array.from({ length: 10 }, (_, i) => new Date(2026, 3, 1, 8 + i));
    const after = simulate(busyDay, before);
    const older = (files: BackupFile[]) => files.filter((f) => new Date(f.createdAt) < new Date(2026, 3, 1)).map((f) => f.fileName);
    // the busy day takes the place of the "recent" ones, but every day/week/month tier survives
    expect(older(after).length).toBeGreaterThanOrEqual(backupRetention.daily - 1 + 3);
    const afterDays = new Set(after.map((f) => day(new Date(f.createdAt))));
    for (let i = 0; i < backupRetention.daily - 1; i++) expect(afterDays).toContain(day(new Date(2026, 0, 90 - i)));
    const afterMonths = new Set(after.map((f) => month(new Date(f.createdAt))));
    for (const m of [0, 1, 2]) expect(afterMonths).toContain(`2026-${m}`);
  });

  it('never prunes manual backups or the safety copies taken before a restore, and never counts a damaged file', () => {
    const manual = file('manual', new Date(2020, 0, 1));
    const safety = file('restore', new Date(2020, 0, 2));
    const launches = Array.from({ length: 400 }, (_, i) => new Date(2024, 0, 1 + i, 8));
    const kept = simulate(launches, [manual, safety]);
    expect(kept.map((f) => f.fileName)).toEqual(expect.arrayContaining([manual.fileName, safety.fileName]));

    const good = file('daily', new Date(2026, 0, 1, 8));
    const empty = { ...file('daily', new Date(2026, 0, 2, 8)), problem: '是空文件（0 字节）' };
    const keep = automaticBackupsToKeep([good, empty]);
    expect([...keep]).toEqual([good.fileName]);
  });
});
