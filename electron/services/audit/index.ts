// The public face of electron/services/audit: what other features import from it. Import this, not the files inside.
export { cellAudit, emptyWord, itemEntryText, joinReasons, namesText, outcomeText, quarterGradeText, quarterName, signedPoints, starDecisionText, starsText, subjectsText, votesText } from './audit-words';
export { auditList } from './audit';
