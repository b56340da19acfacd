// The public face of electron/services/roster-import: what other features import from it. Import this, not the files inside.
export { commitRosterImport, previewRosterImport, rosterImportErrorReport, rosterImportStatus, startRosterImport } from './roster-import';
