// The public face of shared/audit: what other features import from it. Import this, not the files inside.
export * from './actions';
