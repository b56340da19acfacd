// The public face of renderer/pages/settings: what other features import from it. Import this, not the files inside.
export { DataBackupPage } from './DataBackupPage';
export { OperatorPage } from './OperatorPage';
