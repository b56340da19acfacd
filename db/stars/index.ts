// The public face of db/stars: what other features import from it. Import this, not the files inside.
export { emptyStarState, ensureReview, personHasStarReviews, recordStep, setDisqualificationRow, setPublicityRow, setRemarkRow, unitStarReviewSchemes, writeState } from './reviews';
export { findStarScheme, insertStarScheme, replaceStarItems } from './schemes';
