// The public face of electron/services/recommendation (民主推荐, 评选表优, 赞成票): what other features import from it.
export {
  issueRecommendationTickets, recommendationBallotSheet, recommendationKioskSubmit, recommendationMismatches, recommendationPaperEntry,
  settleRecommendationMismatch, wipeRecommendationTestBallots, writeInSearch,
} from './ballots';
export {
  closeRecommendation, createRecommendation, deleteRecommendation, getRecommendation, listRecommendations, recommendationPresets,
  setRecommendationAttendance, setRecommendationStatus, updateRecommendation,
} from './events';
export { exportRecommendationResults, recommendationResultsOf } from './results';
export { commendFromRecommendation } from './commend';
export { recommendationSlots } from './common';
export { candidateLists } from './candidate-lists';
