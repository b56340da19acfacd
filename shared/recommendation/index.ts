// The public face of shared/recommendation (民主推荐, 评选表优, 赞成票): what other features import from it.
export { ballotStructureErrors, checkRecommendationBallot } from './ballot-check';
export { recommendationMarksEqual } from './ballot-equality';
export type { PostVerdict, WriteInEligible } from './ballot-check';
export {
  approvalChoice,
  approvalChoiceLabels,
  postNote,
  postNoteLabels,
  recommendationConfig,
  recommendationKind,
  recommendationKindLabels,
  recommendationMarks,
} from './config';
export type { ApprovalChoice, PostNote, RecommendationCandidate, RecommendationConfig, RecommendationKind, RecommendationMarks, RecommendationPost } from './config';
export { recommendationPreset, recommendationPresetKeys, recommendationPresetNames, seatsLine } from './presets';
export type { RecommendationPresetKey } from './presets';
export { candidatesByVotes, tallyRecommendation } from './tally';
export type { RecommendationTallyInput } from './tally';
export { postVerdictView, recommendationResults } from './results';
export type { CandidateResult, PostResult, RecommendationResults } from './results';
