// The public face of electron/services/evaluation: what other features import from it. Import this, not the files inside.
export { ballotSheet, issueTickets, kioskSubmit, listMismatches, paperEntry, revalidateBallots, settleMismatch, wipeTestBallots } from './ballots';
export { tallyRound } from './common';
export { addEvaluationResultsSheet, evaluationDetailSheets } from './evaluation-workbook';
export { closeEvaluation, createEvaluation, deleteEvaluation, evaluationPresets, getEvaluation, listEvaluations, setEvaluationAttendance, setEvaluationStatus, setEvaluationTargets, updateEvaluation } from './events';
export { activeKioskSession, exitKiosk, kioskRefusal, kioskSession, startKiosk } from './kiosk-session';
export { evaluationResults, exportEvaluationResults, resultsOf } from './results';
export { ensureRoundSlots, evaluationSlots, ratersOf, storePaperBallot } from './slots';
export type { SlotEvent } from './slots';
export { ballotRoundOf, castAtKiosk, checkedAttendance, drawPaperTickets, enterPaperBallot, freezeResults, moveToStatus, settlePaperBallot, wipeTestRound } from './ballot-box';
export type { BallotEventRef, BallotKind } from './ballot-box';
export { listUnitReviews, unitReviews } from './unit-reviews';
export type { UnitReview, UnitReviewScore } from '../../../shared/contract/evaluation';
