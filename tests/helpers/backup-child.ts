/**
 * Run in a child process by tests/integration/backup-crash.test.ts: takes a real backup with the
 * app's own functions and, half-way through the copy, says so on stdout and stops dead, so the
 * test can kill -9 it in the middle of a backup (no timing guesswork).
 *
 *   node --import tsx tests/helpers/backup-child.ts <database file> <backup folder>
 */
import { takeBackup } from '../../db/backup/backup-files';
import { openDatabase } from '../../db/open';

async function main(dbPath: string, backupDir: string): Promise<void> {
  const db = await openDatabase(dbPath);
  let announced = false;
  await takeBackup(db, backupDir, 'daily', new Date(), {
    progress: ({ totalPages, remainingPages }) => {
      if (!announced && remainingPages < totalPages / 2) {
        announced = true;
        process.stdout.write('halfway\n'); // synchronous on a pipe (Linux)
        // Block this thread for good: the parent kills the process here.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
      }
      return 8; // pages per step: small steps, so "half-way" is a real half-written file
    },
  });
  process.stdout.write('finished\n');
}

const [dbPath, backupDir] = process.argv.slice(2) as [string, string];
void main(dbPath, backupDir);
