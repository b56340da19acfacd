// The public face of electron/services/stars: what other features import from it. Import this, not the files inside.
export { starBoard } from './board';
export { addEvidence, deleteEvidence, openEvidence } from './evidence';
export { exportStarBoard, exportStarSummary, exportTenStarList, summaryRows } from './export';
export { addObjection, awardPreview, awardStars, resolveObjection, startPublicity } from './publicity';
export { clearDisqualification, decideStars, disqualifyTarget, recordVotes, removeStar, selfAssess, setReviewRemark, starGrid, starReview, votesFromEvaluation } from './reviews';
export { createStarScheme, deleteStarScheme, disqualifyReasons, getStarScheme, listStarSchemes, setDisqualifyReasons, starPresets, updateStarScheme } from './schemes';
export { addSummarySheet, addTenStarSheet } from './stars-workbook';
export type { SummarySheetInput } from './stars-workbook';
export { yearEndRows, yearEndStars, yearEndStarsChannel } from './year-end';
