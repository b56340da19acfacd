// The public face of db/weekly: what other features import from it. Import this, not the files inside.
export { deleteWeeklyItem, getWeeklyItem, personHasWeeklyItems, unitWeeklyWeeks, insertWeeklyItem, listWeekItems, listYearItemFacts, setWeeklyEvidence, setWeeklyMark, updateWeeklyItem, weeklyStoredFileUses } from './items';
export type { WeeklyEvidenceWrite, WeeklyItemPlace, WeeklyItemRecord, WeeklyItemWrite } from './items';
export { activePeopleOfUnits, getWeeklySettings, personNames, saveWeeklySettings } from './settings';
export type { WeeklyPersonRow, WeeklyUnitRow } from './settings';
