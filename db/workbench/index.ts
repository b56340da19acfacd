// The public face of db/workbench (工作台): what other features import from it. Import this, not the files inside.
export { yearCounts } from './counts';
