import type { EvaluationStatus } from '../../shared/contract/evaluation';
import { useChannelQuery } from './api-hooks';

/** 述职测评 data: one hook per read channel (writes go through useChannelMutation). */
export const useEvaluationPresets = () => useChannelQuery('evaluation.presets', {}, { staleTime: Infinity });
/** The 述职测评 events, or the 科室评议 (events with a 评议周期): each list page shows its own. */
const useEventList = (year: number | undefined, reviews: boolean) =>
  useChannelQuery('evaluation.list', year === undefined ? {} : { year }, {
    placeholderData: (previous) => previous,
    select: (list) => list.filter((e) => (e.reviewPeriod != null) === reviews),
  });
export const useEvaluationList = (year?: number) => useEventList(year, false);
export const useUnitReviewList = (year?: number) => useEventList(year, true);
/** The year's closed 科室评议 and each unit's score. */
export const useUnitReviews = (year: number) => useChannelQuery('evaluation.unitReviews', { year });
export const useEvaluation = (id: number) => useChannelQuery('evaluation.get', { id }, { enabled: Number.isInteger(id) && id > 0 });

/** While ballots may still come in, results refresh every few seconds. */
export const useEvaluationResults = (id: number, round: 'live' | 'test', status: EvaluationStatus | undefined) =>
  useChannelQuery('evaluation.results', { id, round }, {
    enabled: Number.isInteger(id) && id > 0 && status !== undefined,
    refetchInterval: status === 'test' || status === 'live' ? 3000 : false,
  });

export const useMismatches = (id: number) => useChannelQuery('evaluation.mismatches', { id }, { enabled: Number.isInteger(id) && id > 0 });
export const useHasAdminPassword = () => useChannelQuery('settings.hasAdminPassword');

/** The main process's 现场测评 session (null: none); the shell sends every route to the kiosk while one is active. */
export const useKioskSession = () => useChannelQuery('evaluation.kioskSession', {}, { staleTime: Infinity });
