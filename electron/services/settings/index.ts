// The public face of electron/services/settings: what other features import from it. Import this, not the files inside.
export { hasAdminPassword, requireAdminPassword, setAdminPassword, verifyAdminPassword } from './admin-password';
export { appInfo } from './app-info';
export { operatorSettings, setOperator } from './operator';
