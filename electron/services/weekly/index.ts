// The public face of electron/services/weekly: what other features import from it. Import this, not the files inside.
export { copyUnfinished, saveWeeklyItems } from './items';
export { markWeeklyItem, openWeeklyEvidence, setWeeklyItemEvidence } from './marks';
export { setWeeklySettings, weeklySettingsChannel } from './settings';
export { loadSettings as loadWeeklySettings } from './common';
export { weeklyWeek } from './week';
