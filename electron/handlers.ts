import type { ChannelName, ChannelOutput, ParsedInput } from '../shared/contract';
import type { AppContext } from './context';
import { appInfo } from './services/settings/app-info';
import { hasAdminPassword, setAdminPassword, verifyAdminPassword } from './services/settings/admin-password';
import { exitKiosk, kioskSession, startKiosk } from './services/evaluation/kiosk-session';
import { auditList } from './services/audit/audit';
import { checkIntegrity, createBackup, listBackups, restoreBackup } from './services/backup/backup';
import { loadDemoData } from './services/demo/demo';
import { operatorSettings, setOperator } from './services/settings/operator';
import { closeEvaluation, createEvaluation, deleteEvaluation, evaluationPresets, getEvaluation, listEvaluations, setEvaluationAttendance, setEvaluationStatus, setEvaluationTargets, updateEvaluation } from './services/evaluation/events';
import { ballotSheet, checkBallot, issueTickets, kioskSubmit, listMismatches, paperEntry, revalidateBallots, settleMismatch, wipeTestBallots } from './services/evaluation/ballots';
import { evaluationResults, exportEvaluationResults } from './services/evaluation/results';
import { createPerson, deletePerson, getPerson, movePeople, peopleVocabularies, searchPeople, setPeopleStatus, updatePerson } from './services/people/people';
import { exportRoster } from './services/people/roster-export';
import { commitRosterImport, previewRosterImport, rosterImportErrorReport, rosterImportStatus, startRosterImport } from './services/roster-import/roster-import';
import { createUnit, deleteUnit, listUnits, reorderUnits, updateUnit } from './services/units/units';
import { createStarScheme, deleteStarScheme, disqualifyReasons, getStarScheme, listStarSchemes, setDisqualifyReasons, starPresets, updateStarScheme } from './services/stars/schemes';
import { clearDisqualification, decideStars, disqualifyTarget, recordVotes, removeStar, selfAssess, setReviewRemark, starGrid, starReview, votesFromEvaluation } from './services/stars/reviews';
import { addObjection, awardPreview, awardStars, resolveObjection, startPublicity } from './services/stars/publicity';
import { addEvidence, deleteEvidence, listEvidence, openEvidence } from './services/stars/evidence';
import { starBoard } from './services/stars/board';
import { yearEndStarsChannel } from './services/stars/year-end';
import { annualPresets, listAnnualYears, getAnnualYear, createAnnualYear, deleteAnnualYear, updateAnnualRules, saveAnnualGroups } from './services/annual/years';
import { listParticipants, addParticipants, removeParticipants, updateParticipants, setUndetermined } from './services/annual/participants';
import { listAnnualItems, saveItemCategories, saveAnnualItem, moveAnnualItem, deleteAnnualItem, annualScoreGrid, setAnnualScore } from './services/annual/items';
import { quarterGrid, setQuarterGrade } from './services/annual/quarters';
import { importQuarters, quarterTemplate } from './services/annual/quarter-import';
import { setLeaderScores, adjustmentKinds, setAdjustmentKinds, listAdjustments, addAdjustment, deleteAdjustment, listSanctions, addSanction, deleteSanction } from './services/annual/records';
import { annualComposite, confirmOutcomes, confirmAsSuggested, clearConfirmation } from './services/annual/composite';
import { lockAnnualYear, unlockAnnualYear } from './services/annual/lock';
import { exportAnnualComposite } from './services/annual/export';
import { startMaterialsExport } from './services/reports/materials';
import { startRegisterExport, registerFormsFor } from './services/reports/register';
import { summaryReportFor } from './services/reports/summary';
import { cancelReportExport, reportExportStatus } from './services/reports/jobs';
import { exportStarBoard, exportStarSummary, exportTenStarList } from './services/stars/export';

export type Handlers = {
  [C in ChannelName]: (input: ParsedInput<C>, ctx: AppContext) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

/** Every channel of the contract, bound to its service. A missing or mistyped entry fails to compile. */
export const handlers = {
  'app.info': (_input, ctx) => appInfo(ctx),
  'demo.load': (_input, ctx) => loadDemoData(ctx),

  'units.list': (_input, ctx) => listUnits(ctx),
  'units.create': (input, ctx) => createUnit(ctx, input),
  'units.update': (input, ctx) => updateUnit(ctx, input),
  'units.reorder': (input, ctx) => reorderUnits(ctx, input),
  'units.delete': (input, ctx) => deleteUnit(ctx, input),

  'people.search': (input, ctx) => searchPeople(ctx, input),
  'people.get': (input, ctx) => getPerson(ctx, input),
  'people.create': (input, ctx) => createPerson(ctx, input),
  'people.update': (input, ctx) => updatePerson(ctx, input),
  'people.move': (input, ctx) => movePeople(ctx, input),
  'people.setStatus': (input, ctx) => setPeopleStatus(ctx, input),
  'people.delete': (input, ctx) => deletePerson(ctx, input),
  'people.vocabularies': (_input, ctx) => peopleVocabularies(ctx),
  'roster.export': (input, ctx) => exportRoster(ctx, input),

  'roster.importStart': (input, ctx) => startRosterImport(ctx, input),
  'roster.importStatus': (input, ctx) => rosterImportStatus(ctx, input),
  'roster.importPreview': (input, ctx) => previewRosterImport(ctx, input),
  'roster.importCommit': (input, ctx) => commitRosterImport(ctx, input),
  'roster.importErrorReport': (input, ctx) => rosterImportErrorReport(ctx, input),

  'backup.list': (_input, ctx) => listBackups(ctx),
  'backup.create': (_input, ctx) => createBackup(ctx),
  'backup.restore': (input, ctx) => restoreBackup(ctx, input),
  'backup.integrityCheck': (_input, ctx) => checkIntegrity(ctx),

  'audit.list': (input, ctx) => auditList(ctx, input),

  'evaluation.presets': (_input, ctx) => evaluationPresets(ctx),
  'evaluation.list': (input, ctx) => listEvaluations(ctx, input),
  'evaluation.get': (input, ctx) => getEvaluation(ctx, input),
  'evaluation.create': (input, ctx) => createEvaluation(ctx, input),
  'evaluation.update': (input, ctx) => updateEvaluation(ctx, input),
  'evaluation.setTargets': (input, ctx) => setEvaluationTargets(ctx, input),
  'evaluation.setAttendance': (input, ctx) => setEvaluationAttendance(ctx, input),
  'evaluation.setStatus': (input, ctx) => setEvaluationStatus(ctx, input),
  'evaluation.close': (input, ctx) => closeEvaluation(ctx, input),
  'evaluation.delete': (input, ctx) => deleteEvaluation(ctx, input),
  'evaluation.issueTickets': (input, ctx) => issueTickets(ctx, input),
  'evaluation.ballotSheet': (input, ctx) => ballotSheet(ctx, input),
  'evaluation.wipeTestBallots': (input, ctx) => wipeTestBallots(ctx, input),
  'evaluation.checkBallot': (input, ctx) => checkBallot(ctx, input),
  'evaluation.kioskSubmit': (input, ctx) => kioskSubmit(ctx, input),
  'evaluation.kioskStart': (input, ctx) => startKiosk(ctx, input),
  'evaluation.kioskSession': (_input, ctx) => kioskSession(ctx),
  'evaluation.kioskExit': (input, ctx) => exitKiosk(ctx, input),
  'evaluation.paperEntry': (input, ctx) => paperEntry(ctx, input),
  'evaluation.mismatches': (input, ctx) => listMismatches(ctx, input),
  'evaluation.settleMismatch': (input, ctx) => settleMismatch(ctx, input),
  'evaluation.revalidate': (input, ctx) => revalidateBallots(ctx, input),
  'evaluation.results': (input, ctx) => evaluationResults(ctx, input),
  'evaluation.exportResults': (input, ctx) => exportEvaluationResults(ctx, input),
  'settings.setAdminPassword': (input, ctx) => setAdminPassword(ctx, input),
  'settings.verifyAdminPassword': (input, ctx) => verifyAdminPassword(ctx, input),
  'settings.hasAdminPassword': (_input, ctx) => hasAdminPassword(ctx),
  'settings.operator': (_input, ctx) => operatorSettings(ctx),
  'settings.setOperator': (input, ctx) => setOperator(ctx, input),
  'stars.presets': (_input, ctx) => starPresets(ctx),
  'stars.schemes': (input, ctx) => listStarSchemes(ctx, input),
  'stars.scheme': (input, ctx) => getStarScheme(ctx, input),
  'stars.createScheme': (input, ctx) => createStarScheme(ctx, input),
  'stars.updateScheme': (input, ctx) => updateStarScheme(ctx, input),
  'stars.deleteScheme': (input, ctx) => deleteStarScheme(ctx, input),
  'stars.disqualifyReasons': (_input, ctx) => disqualifyReasons(ctx),
  'stars.setDisqualifyReasons': (input, ctx) => setDisqualifyReasons(ctx, input),
  'stars.grid': (input, ctx) => starGrid(ctx, input),
  'stars.review': (input, ctx) => starReview(ctx, input),
  'stars.selfAssess': (input, ctx) => selfAssess(ctx, input),
  'stars.recordVotes': (input, ctx) => recordVotes(ctx, input),
  'stars.votesFromEvaluation': (input, ctx) => votesFromEvaluation(ctx, input),
  'stars.decide': (input, ctx) => decideStars(ctx, input),
  'stars.startPublicity': (input, ctx) => startPublicity(ctx, input),
  'stars.addObjection': (input, ctx) => addObjection(ctx, input),
  'stars.resolveObjection': (input, ctx) => resolveObjection(ctx, input),
  'stars.awardPreview': (input, ctx) => awardPreview(ctx, input),
  'stars.award': (input, ctx) => awardStars(ctx, input),
  'stars.removeStar': (input, ctx) => removeStar(ctx, input),
  'stars.disqualify': (input, ctx) => disqualifyTarget(ctx, input),
  'stars.clearDisqualification': (input, ctx) => clearDisqualification(ctx, input),
  'stars.setRemark': (input, ctx) => setReviewRemark(ctx, input),
  'stars.addEvidence': (input, ctx) => addEvidence(ctx, input),
  'stars.evidence': (input, ctx) => listEvidence(ctx, input),
  'stars.openEvidence': (input, ctx) => openEvidence(ctx, input),
  'stars.deleteEvidence': (input, ctx) => deleteEvidence(ctx, input),
  'stars.board': (input, ctx) => starBoard(ctx, input),
  'stars.yearEnd': (input, ctx) => yearEndStarsChannel(ctx, input),
  'stars.exportBoard': (input, ctx) => exportStarBoard(ctx, input),
  'stars.exportSummary': (input, ctx) => exportStarSummary(ctx, input),
  'stars.exportTenStar': (input, ctx) => exportTenStarList(ctx, input),

  'annual.presets': (_input, ctx) => annualPresets(ctx),
  'annual.years': (_input, ctx) => listAnnualYears(ctx),
  'annual.year': (input, ctx) => getAnnualYear(ctx, input),
  'annual.createYear': (input, ctx) => createAnnualYear(ctx, input),
  'annual.deleteYear': (input, ctx) => deleteAnnualYear(ctx, input),
  'annual.updateRules': (input, ctx) => updateAnnualRules(ctx, input),
  'annual.saveGroups': (input, ctx) => saveAnnualGroups(ctx, input),
  'annual.participants': (input, ctx) => listParticipants(ctx, input),
  'annual.addParticipants': (input, ctx) => addParticipants(ctx, input),
  'annual.removeParticipants': (input, ctx) => removeParticipants(ctx, input),
  'annual.updateParticipants': (input, ctx) => updateParticipants(ctx, input),
  'annual.setUndetermined': (input, ctx) => setUndetermined(ctx, input),
  'annual.items': (input, ctx) => listAnnualItems(ctx, input),
  'annual.saveCategories': (input, ctx) => saveItemCategories(ctx, input),
  'annual.saveItem': (input, ctx) => saveAnnualItem(ctx, input),
  'annual.moveItem': (input, ctx) => moveAnnualItem(ctx, input),
  'annual.deleteItem': (input, ctx) => deleteAnnualItem(ctx, input),
  'annual.scoreGrid': (input, ctx) => annualScoreGrid(ctx, input),
  'annual.setScore': (input, ctx) => setAnnualScore(ctx, input),
  'annual.quarterGrid': (input, ctx) => quarterGrid(ctx, input),
  'annual.setQuarter': (input, ctx) => setQuarterGrade(ctx, input),
  'annual.importQuarters': (input, ctx) => importQuarters(ctx, input),
  'annual.quarterTemplate': (input, ctx) => quarterTemplate(ctx, input),
  'annual.setLeaderScores': (input, ctx) => setLeaderScores(ctx, input),
  'annual.adjustmentKinds': (_input, ctx) => adjustmentKinds(ctx),
  'annual.setAdjustmentKinds': (input, ctx) => setAdjustmentKinds(ctx, input),
  'annual.adjustments': (input, ctx) => listAdjustments(ctx, input),
  'annual.addAdjustment': (input, ctx) => addAdjustment(ctx, input),
  'annual.deleteAdjustment': (input, ctx) => deleteAdjustment(ctx, input),
  'annual.sanctions': (input, ctx) => listSanctions(ctx, input),
  'annual.addSanction': (input, ctx) => addSanction(ctx, input),
  'annual.deleteSanction': (input, ctx) => deleteSanction(ctx, input),
  'annual.composite': (input, ctx) => annualComposite(ctx, input),
  'annual.confirm': (input, ctx) => confirmOutcomes(ctx, input),
  'annual.confirmAsSuggested': (input, ctx) => confirmAsSuggested(ctx, input),
  'annual.clearConfirmation': (input, ctx) => clearConfirmation(ctx, input),
  'annual.lock': (input, ctx) => lockAnnualYear(ctx, input),
  'annual.unlock': (input, ctx) => unlockAnnualYear(ctx, input),
  'annual.exportComposite': (input, ctx) => exportAnnualComposite(ctx, input),

  'reports.startMaterials': (input, ctx) => startMaterialsExport(ctx, input),
  'reports.startRegister': (input, ctx) => startRegisterExport(ctx, input),
  'reports.registerForms': (input, ctx) => registerFormsFor(ctx, input),
  'reports.summary': (input, ctx) => summaryReportFor(ctx, input),
  'reports.exportStatus': (input, ctx) => reportExportStatus(ctx, input),
  'reports.cancelExport': (input, ctx) => cancelReportExport(ctx, input),
} satisfies Handlers;
