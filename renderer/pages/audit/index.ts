// The public face of renderer/pages/audit: what other features import from it. Import this, not the files inside.
export { AuditPage } from './AuditPage';
