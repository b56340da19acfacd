// The public face of shared/inspections: what other features import from it. Import this, not the files inside.
export { inspectionFigures, monthlyInspectionFigures } from './monthly';
export type { MonthlyInspectionFact, MonthlyInspectionFigures, MonthlyNoticeFact } from './monthly';
export { defaultInspectionSettings, inspectionSettings, noticeKind, noticeKindLabels, noticePoints, passOnLabels, passOnPeople, passOnRule, pointsWord } from './settings';
export type { InspectionSettings, NoticeKind, PassOnRule } from './settings';
export { daysBetween, monthEnd, rectificationLabels, rectificationState } from './status';
export type { RectificationFacts, RectificationState } from './status';
export { addNoticeResult, inspectionNotice, inspectionRecord, inspectionRecordsView, inspectionSettingsView, noticeAdjustment, rectificationStateSchema } from './views';
export type { InspectionNotice, InspectionRecord, InspectionRecordsView } from './views';
