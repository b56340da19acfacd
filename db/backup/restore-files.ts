import fs from 'node:fs';
import { commitFile, removeWithSidecars } from './backup-files';

/**
 * The file moves of a restore, laid out so that a kill at any point leaves something the next
 * start can put right (recoverInterruptedRestore):
 *
 *   1. the chosen backup is copied to `<db>.restoring` and verified there (the current data is untouched);
 *   2. the current database is closed and renamed to `<db>.before-restore`;
 *   3. `<db>.restoring` is renamed to `<db>`, the restored data is opened and the restore audit-logged;
 *   4. `<db>.before-restore` is deleted: this is the moment the restore counts as done.
 *
 * While `<db>.before-restore` exists the restore has not completed, so a start that finds it rolls
 * back to it: the program never starts on a half-restored file nor on a fresh empty one.
 */
export const restoringPath = (dbPath: string) => `${dbPath}.restoring`;
export const beforeRestorePath = (dbPath: string) => `${dbPath}.before-restore`;

/** Step 1: a private, durable copy of the backup to verify and then move into place. */
export function stageRestore(source: string, dbPath: string): string {
  const incoming = restoringPath(dbPath);
  removeWithSidecars(incoming);
  fs.copyFileSync(source, `${incoming}.copying`);
  commitFile(`${incoming}.copying`, incoming);
  return incoming;
}

/** Steps 2 and 3 (the caller has closed the database after a TRUNCATE checkpoint). */
export function swapInRestored(dbPath: string): void {
  const previous = beforeRestorePath(dbPath);
  removeWithSidecars(previous);
  commitFile(dbPath, previous);
  for (const f of [`${dbPath}-wal`, `${dbPath}-shm`, `${dbPath}-journal`]) fs.rmSync(f, { force: true });
  commitFile(restoringPath(dbPath), dbPath);
}

/** Undoes steps 2–3: the replaced database goes back exactly as it was. */
export function rollBackRestore(dbPath: string): void {
  const previous = beforeRestorePath(dbPath);
  if (!fs.existsSync(previous)) return;
  // The restored file's own -wal must not be replayed onto the old data.
  removeWithSidecars(dbPath);
  commitFile(previous, dbPath);
  removeWithSidecars(restoringPath(dbPath));
}

/** Step 4. */
export function finishRestore(dbPath: string): void {
  removeWithSidecars(beforeRestorePath(dbPath));
}

/**
 * At start, before the database is opened: puts right whatever a killed restore left. Returns what
 * it did, for the start-up log.
 */
export function recoverInterruptedRestore(dbPath: string): 'rolled-back' | 'cleaned' | 'nothing' {
  if (fs.existsSync(beforeRestorePath(dbPath))) {
    rollBackRestore(dbPath);
    return 'rolled-back';
  }
  const leftovers = [restoringPath(dbPath), `${restoringPath(dbPath)}.copying`].filter((f) => fs.existsSync(f));
  for (const f of leftovers) removeWithSidecars(f);
  return leftovers.length > 0 ? 'cleaned' : 'nothing';
}
