// The public face of electron/services/annual: what other features import from it. Import this, not the files inside.
export { requireYear } from './common';
export { annualComposite, clearConfirmation, compositeViewOf, confirmAsSuggested, confirmOutcomes } from './composite';
export { exportAnnualComposite } from './export';
export { annualScoreGrid, deleteAnnualItem, listAnnualItems, moveAnnualItem, saveAnnualItem, saveItemCategories, setAnnualScore } from './items';
export { annualMeetings, recordMeeting } from './meeting';
export { lockAnnualYear, publicityLockRefusalOf, unlockAnnualYear } from './lock';
export { addParticipants, listParticipants, removeParticipants, setParticipantNotes, setUndetermined, updateParticipants } from './participants';
export { importQuarters, quarterTemplate } from './quarter-import';
export { quarterGrid, setQuarterGrade } from './quarters';
export { addAdjustment, addAdjustments, addSanction, adjustmentKinds, deleteAdjustment, deleteSanction, listAdjustments, listSanctions, setAdjustmentKinds, setLeaderScores } from './records';
export { annualPresets, createAnnualYear, deleteAnnualYear, getAnnualYear, listAnnualYears, saveAnnualGroups, updateAnnualRules } from './years';
export { participantsAsPrinted } from './printed-participants';
export { resultNotices } from './notices';
export { exportFiling } from './filing';
export { addAward, awardListsOf, generateAwards, removeAward } from './awards';
export { historyTable, personHistoryView, recentHistory, recentHistoryText, setImportedHistory, deleteImportedHistoryYear } from './history';
export { historyTemplate, importHistory } from './history-import';
