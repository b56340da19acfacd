// The public face of db/backup: what other features import from it. Import this, not the files inside.
export { listBackupFiles, removeUnfinishedBackups, takeBackup } from './backup-files';
export { recoverInterruptedRestore } from './restore-files';
