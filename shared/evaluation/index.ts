// The public face of shared/evaluation: what other features import from it. Import this, not the files inside.
export { excellentLimitFor, validateBallot } from './ballot-validation';
export { ballotMarks, evaluationConfig, invalidReason, raterCategory } from './config';
export type { BallotMarks, EvaluationConfig, RaterCategory } from './config';
export { presetConfig, unitReviewPresetKey } from './presets';
export { evaluationResults } from './results';
export { quorumMet, weightedMean } from './scoring';
export type { EvaluationResults } from './results';
export { tallyEvaluation } from './tally';
export { isWellFormedTicket, normalizeTicket, ticketFromRandom, ticketRandomBytes } from './ticket-number';
export { isQuarterPeriod, reviewPeriod, reviewPeriodCovers, reviewPeriodLabel, reviewPeriodMonths, reviewPeriodOf, reviewPeriodYear } from './review-period';
export type { ReviewPeriod } from './review-period';
