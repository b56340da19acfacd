import { useHashLocation } from '../../router/hash-router';

/** The pages of one 民主推荐 / 评选表优 event: `#/recommendation/…?id=12`. */
export type RecommendationPage = 'setup' | 'print' | 'ballots' | 'entry' | 'results';
export const recommendationHref = (page: RecommendationPage, id: number) => `/recommendation/${page}?id=${id}`;

/** The event a page is about; NaN when missing. */
export function useRecommendationId(): number {
  const { query } = useHashLocation();
  const raw = query.get('id');
  return raw && /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
}
