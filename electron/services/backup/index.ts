// The public face of electron/services/backup: what other features import from it. Import this, not the files inside.
export { checkIntegrity, createBackup, listBackups, restoreBackup, upgradeOldBackups } from './backup';
