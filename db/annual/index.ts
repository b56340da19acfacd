// The public face of db/annual: what other features import from it. Import this, not the files inside.
export { insertItem, insertItemCategory, upsertScoreEntry } from './items';
export type { ItemFields } from './items';
export { insertParticipantRow, listParticipantRecords, setParticipantNotesRow, personHasAnnualData, unitAnnualScoreYears } from './participants';
export type { ParticipantRecord } from './participants';
export { quarterGradesOf, upsertQuarterGrade } from './quarters';
export { insertAdjustment, insertSanction, listAdjustmentRows, listSanctionRows, setLeaderScore } from './records';
export { insertGroupRow, insertYearRow, listGroupRecords, listYearEvaluationEvents } from './years';
export type { AnnualYearRecord } from './years';
