// The public face of db/recommendation: what other features import from it. Import this, not the files inside.
export { getRecommendationRecord, listRecommendationRecords, personHasRecommendationVotes } from './events';
export type { RecommendationEventRecord } from './events';
