// The public face of electron/services/roster-import: what other features import from it. Import this, not the files inside.
export { commitRosterImport, previewRosterImport, rosterImportErrorReport, startRosterImport } from './roster-import';
