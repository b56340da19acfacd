// The public face of electron/services/inspections: what other features import from it. Import this, not the files inside.
export { addNotice, deleteNotice, listNotices } from './notices';
export { deleteInspection, listInspections, saveInspection } from './records';
export { inspectionSettingsChannel, loadInspectionSettings, setInspectionSettings } from './settings';
