// The public face of db/roster-import: what other features import from it. Import this, not the files inside.
export * from './people-import';
