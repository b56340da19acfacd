// The public face of db/settings: what other features import from it. Import this, not the files inside.
export { deleteSetting, readSetting, writeSetting } from './settings';
