// The public face of shared/evaluation: what other features import from it. Import this, not the files inside.
export { excellentLimitFor, validateBallot } from './ballot-validation';
export { ballotMarks, evaluationConfig, invalidReason } from './config';
export type { BallotMarks, EvaluationConfig } from './config';
export { presetConfig } from './presets';
export { evaluationResults } from './results';
export type { EvaluationResults } from './results';
export { tallyEvaluation } from './tally';
export { ticketFromRandom, ticketRandomBytes } from './ticket-number';
