import type { EvaluationStatus } from '../../shared/contract/evaluation';
import { useChannelQuery } from './api-hooks';

/** 民主推荐 / 评选表优 data: one hook per read channel (writes go through useChannelMutation). */
export const useRecommendationPresets = (year: number) => useChannelQuery('recommendation.presets', { year }, { staleTime: Infinity });
export const useRecommendationList = (year?: number) =>
  useChannelQuery('recommendation.list', year === undefined ? {} : { year }, { placeholderData: (previous) => previous });
export const useRecommendation = (id: number) => useChannelQuery('recommendation.get', { id }, { enabled: Number.isInteger(id) && id > 0 });

/** While ballots may still come in, results refresh every few seconds. */
export const useRecommendationResults = (id: number, round: 'live' | 'test', status: EvaluationStatus | undefined) =>
  useChannelQuery('recommendation.results', { id, round }, {
    enabled: Number.isInteger(id) && id > 0 && status !== undefined,
    refetchInterval: status === 'test' || status === 'live' ? 3000 : false,
  });
