// The public face of shared/backup: what other features import from it. Import this, not the files inside.
export { backupRetentionText } from './retention';
