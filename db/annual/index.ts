// The public face of db/annual: what other features import from it. Import this, not the files inside.
export { listParticipantRecords, personHasAnnualData, unitAnnualScoreYears } from './participants';
export type { ParticipantRecord } from './participants';
export { quarterGradesOf } from './quarters';
export { listAdjustmentRows, listSanctionRows } from './records';
export { listGroupRecords } from './years';
export type { AnnualYearRecord } from './years';
