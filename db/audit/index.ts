// The public face of db/audit: what other features import from it. Import this, not the files inside.
export { writeAudit } from './audit-log';
export type { AuditChange } from './audit-log';
