// The public face of shared/weekly: what other features import from it. Import this, not the files inside.
export { itemsToCarry } from './carry';
export type { CarrySource, CarryTarget } from './carry';
export { figureText, isFigureError, parseFigure } from './figure';
export type { WeeklyFigure } from './figure';
export { weeklyParticipation } from './participation';
export type { ParticipationInput, WeeklyItemFact, WeeklyParticipation, WeeklyPeriod, WeeklyTarget } from './participation';
export { defaultParticipantUnits, defaultWeeklySettings, weeklyMode, weeklyModeLabels, weeklySettings, weekRule, weekRuleLabels } from './settings';
export type { WeeklyMode, WeeklySettings } from './settings';
export { weeklyFigure, weeklyItem, weeklyMark, weeklyMarkLabels, weeklySettingsView, weeklyTargetKind, weeklyTargetRef, weeklyTargetWeek, weeklyWeekView } from './views';
export type { WeeklyItem, WeeklyMark, WeeklyTargetWeek, WeeklyWeekView } from './views';
export { addDays, weekLabel, weekOf, weekSpan, weeksInYear, weeksOf, weekTitle } from './weeks';
export type { WeekRef, WeekRule, WeekSpan } from './weeks';
