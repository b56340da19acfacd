// The public face of electron/excel/read: what other features import from it. Import this, not the files inside.
export { readTable } from './read-table';
export type { ReadTable } from './read-table';
export { zipEntryNames } from './zip-entries';
