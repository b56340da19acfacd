// The public face of electron/services/bulletins (月度通报): import this, not the files inside.
export { bulletinMonths, bulletinView, bulletinViewOf, deleteBulletinChannel, issueBulletinChannel, liveFigures, saveBulletin, withdrawBulletinChannel } from './bulletins';
export { exportBulletin } from './export';
export { bulletinSettingsChannel, loadBulletinSettings, setBulletinSettings } from './settings';
