import type { ChannelName, ChannelOutput, ParsedInput } from '../shared/contract';
import type { AppContext } from './context';
import { cancelJob, getJobStatus } from './jobs';
import { appInfo, hasAdminPassword, setAdminPassword, verifyAdminPassword, operatorSettings, setOperator } from './services/settings';
import { exitKiosk, kioskSession, startKiosk, closeEvaluation, createEvaluation, deleteEvaluation, evaluationPresets, getEvaluation, listEvaluations, setEvaluationAttendance, setEvaluationStatus, setEvaluationTargets, updateEvaluation, ballotSheet, issueTickets, kioskSubmit, listMismatches, paperEntry, revalidateBallots, settleMismatch, wipeTestBallots, evaluationResults, exportEvaluationResults } from './services/evaluation';
import { auditList } from './services/audit';
import { checkIntegrity, createBackup, listBackups, restoreBackup } from './services/backup';
import { loadDemoData } from './services/demo';
import { createPerson, deletePerson, movePeople, peopleVocabularies, searchPeople, setPeopleStatus, updatePerson, exportRoster } from './services/people';
import { commitRosterImport, previewRosterImport, rosterImportErrorReport, startRosterImport } from './services/roster-import';
import { createUnit, deleteUnit, listUnits, reorderUnits, updateUnit } from './services/units';
import { createStarScheme, deleteStarScheme, disqualifyReasons, getStarScheme, listStarSchemes, setDisqualifyReasons, starPresets, updateStarScheme, clearDisqualification, decideStars, disqualifyTarget, recordVotes, removeStar, selfAssess, setReviewRemark, starGrid, starReview, votesFromEvaluation, addObjection, awardPreview, awardStars, resolveObjection, startPublicity, addEvidence, deleteEvidence, openEvidence, starBoard, yearEndStarsChannel, exportStarBoard, exportStarSummary, exportTenStarList } from './services/stars';
import { annualPresets, listAnnualYears, getAnnualYear, createAnnualYear, deleteAnnualYear, updateAnnualRules, saveAnnualGroups, listParticipants, addParticipants, removeParticipants, updateParticipants, setUndetermined, listAnnualItems, saveItemCategories, saveAnnualItem, moveAnnualItem, deleteAnnualItem, annualScoreGrid, setAnnualScore, quarterGrid, setQuarterGrade, importQuarters, quarterTemplate, setLeaderScores, adjustmentKinds, setAdjustmentKinds, listAdjustments, addAdjustment, deleteAdjustment, listSanctions, addSanction, deleteSanction, annualComposite, confirmOutcomes, confirmAsSuggested, clearConfirmation, lockAnnualYear, unlockAnnualYear, exportAnnualComposite } from './services/annual';
import { startMaterialsExport, startRegisterExport, registerFormsFor, summaryReportFor } from './services/reports';

export type Handlers = {
  [C in ChannelName]: (ctx: AppContext, input: ParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

/** Every channel of the contract, bound to its service. A missing or mistyped entry fails to compile. */
export const handlers = {
  'app.info': appInfo,
  'demo.load': loadDemoData,

  'units.list': listUnits,
  'units.create': createUnit,
  'units.update': updateUnit,
  'units.reorder': reorderUnits,
  'units.delete': deleteUnit,

  'people.search': searchPeople,
  'people.create': createPerson,
  'people.update': updatePerson,
  'people.move': movePeople,
  'people.setStatus': setPeopleStatus,
  'people.delete': deletePerson,
  'people.vocabularies': peopleVocabularies,
  'roster.export': exportRoster,

  'roster.importStart': startRosterImport,
  'roster.importPreview': previewRosterImport,
  'roster.importCommit': commitRosterImport,
  'roster.importErrorReport': rosterImportErrorReport,

  'backup.list': listBackups,
  'backup.create': createBackup,
  'backup.restore': restoreBackup,
  'backup.integrityCheck': checkIntegrity,

  'audit.list': auditList,

  'evaluation.presets': evaluationPresets,
  'evaluation.list': listEvaluations,
  'evaluation.get': getEvaluation,
  'evaluation.create': createEvaluation,
  'evaluation.update': updateEvaluation,
  'evaluation.setTargets': setEvaluationTargets,
  'evaluation.setAttendance': setEvaluationAttendance,
  'evaluation.setStatus': setEvaluationStatus,
  'evaluation.close': closeEvaluation,
  'evaluation.delete': deleteEvaluation,
  'evaluation.issueTickets': issueTickets,
  'evaluation.ballotSheet': ballotSheet,
  'evaluation.wipeTestBallots': wipeTestBallots,
  'evaluation.kioskSubmit': kioskSubmit,
  'evaluation.kioskStart': startKiosk,
  'evaluation.kioskSession': kioskSession,
  'evaluation.kioskExit': exitKiosk,
  'evaluation.paperEntry': paperEntry,
  'evaluation.mismatches': listMismatches,
  'evaluation.settleMismatch': settleMismatch,
  'evaluation.revalidate': revalidateBallots,
  'evaluation.results': evaluationResults,
  'evaluation.exportResults': exportEvaluationResults,
  'settings.setAdminPassword': setAdminPassword,
  'settings.verifyAdminPassword': verifyAdminPassword,
  'settings.hasAdminPassword': hasAdminPassword,
  'settings.operator': operatorSettings,
  'settings.setOperator': setOperator,
  'stars.presets': starPresets,
  'stars.schemes': listStarSchemes,
  'stars.scheme': getStarScheme,
  'stars.createScheme': createStarScheme,
  'stars.updateScheme': updateStarScheme,
  'stars.deleteScheme': deleteStarScheme,
  'stars.disqualifyReasons': disqualifyReasons,
  'stars.setDisqualifyReasons': setDisqualifyReasons,
  'stars.grid': starGrid,
  'stars.review': starReview,
  'stars.selfAssess': selfAssess,
  'stars.recordVotes': recordVotes,
  'stars.votesFromEvaluation': votesFromEvaluation,
  'stars.decide': decideStars,
  'stars.startPublicity': startPublicity,
  'stars.addObjection': addObjection,
  'stars.resolveObjection': resolveObjection,
  'stars.awardPreview': awardPreview,
  'stars.award': awardStars,
  'stars.removeStar': removeStar,
  'stars.disqualify': disqualifyTarget,
  'stars.clearDisqualification': clearDisqualification,
  'stars.setRemark': setReviewRemark,
  'stars.addEvidence': addEvidence,
  'stars.openEvidence': openEvidence,
  'stars.deleteEvidence': deleteEvidence,
  'stars.board': starBoard,
  'stars.yearEnd': yearEndStarsChannel,
  'stars.exportBoard': exportStarBoard,
  'stars.exportSummary': exportStarSummary,
  'stars.exportTenStar': exportTenStarList,

  'annual.presets': annualPresets,
  'annual.years': listAnnualYears,
  'annual.year': getAnnualYear,
  'annual.createYear': createAnnualYear,
  'annual.deleteYear': deleteAnnualYear,
  'annual.updateRules': updateAnnualRules,
  'annual.saveGroups': saveAnnualGroups,
  'annual.participants': listParticipants,
  'annual.addParticipants': addParticipants,
  'annual.removeParticipants': removeParticipants,
  'annual.updateParticipants': updateParticipants,
  'annual.setUndetermined': setUndetermined,
  'annual.items': listAnnualItems,
  'annual.saveCategories': saveItemCategories,
  'annual.saveItem': saveAnnualItem,
  'annual.moveItem': moveAnnualItem,
  'annual.deleteItem': deleteAnnualItem,
  'annual.scoreGrid': annualScoreGrid,
  'annual.setScore': setAnnualScore,
  'annual.quarterGrid': quarterGrid,
  'annual.setQuarter': setQuarterGrade,
  'annual.importQuarters': importQuarters,
  'annual.quarterTemplate': quarterTemplate,
  'annual.setLeaderScores': setLeaderScores,
  'annual.adjustmentKinds': adjustmentKinds,
  'annual.setAdjustmentKinds': setAdjustmentKinds,
  'annual.adjustments': listAdjustments,
  'annual.addAdjustment': addAdjustment,
  'annual.deleteAdjustment': deleteAdjustment,
  'annual.sanctions': listSanctions,
  'annual.addSanction': addSanction,
  'annual.deleteSanction': deleteSanction,
  'annual.composite': annualComposite,
  'annual.confirm': confirmOutcomes,
  'annual.confirmAsSuggested': confirmAsSuggested,
  'annual.clearConfirmation': clearConfirmation,
  'annual.lock': lockAnnualYear,
  'annual.unlock': unlockAnnualYear,
  'annual.exportComposite': exportAnnualComposite,

  'reports.startMaterials': startMaterialsExport,
  'reports.startRegister': startRegisterExport,
  'reports.registerForms': registerFormsFor,
  'reports.summary': summaryReportFor,

  'jobs.status': getJobStatus,
  'jobs.cancel': cancelJob,
} satisfies Handlers;
