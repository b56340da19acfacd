// The public face of db/annual: what other features import from it. Import this, not the files inside.
export { insertItem, insertItemCategory, upsertScoreEntry } from './items';
export type { ItemFields } from './items';
export { insertParticipantRow, listParticipantRecords, participantIdSet, setParticipantNotesRow, personHasAnnualData, unitAnnualScoreYears } from './participants';
export type { ParticipantRecord } from './participants';
export { quarterGradesOf, upsertQuarterGrade } from './quarters';
export { insertAdjustment, insertSanction, listAdjustmentRows, listSanctionRows, setLeaderScore } from './records';
export { insertGroupRow, insertYearRow, listGroupRecords, listYearEvaluationEvents } from './years';
export type { AnnualYearRecord } from './years';
export { allHistory, deleteImportedHistory, historyByPerson, importedHistoryRows, latestVocabularies, lockedOutcomeOf, lockedYears, personHistory, upsertImportedHistory, yearParticipantOutcomes } from './history';
export type { HistoryEntry, ImportedHistoryRow, YearParticipantOutcome } from './history';
export { deleteAward, getAward, insertAward, listAwards } from './awards';
export type { AwardRecord, AwardSource, NewAward } from './awards';
export { absentFromYear } from './filing';
export type { AbsentRosterPerson } from './filing';
