// The public face of shared/stars: what other features import from it. Import this, not the files inside.
export { periodsFor } from './periods';
export type { ReviewPeriod } from './periods';
export { defaultSchemeSettings, starPresetFor } from './presets';
export { addDays, awardFrom, isCalendarDay, publicityEnd } from './publicity';
export { reviewCycleLabels, starItem, starSchemeKind, starSchemeKindLabels, starSchemeSettings, starTier } from './scheme';
export type { StarGate, StarItem, StarSchemeKind } from './scheme';
export { objectionResult } from './states';
export { evidenceItem, objection, publicity, reviewDetail, starBoard, starGrid, starScheme, starSchemeSummary, yearEndResult } from './views';
export type { ReviewPeriodView, YearEndFigure } from './views';
