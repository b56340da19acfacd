// The public face of db/reports: what other features import from it. Import this, not the files inside.
export * from './participant-roster-fields';
