import type { EvaluationStatus } from '../../shared/contract/evaluation';
import { useChannelQuery } from './api-hooks';

/** 述职测评 data: one hook per read channel (writes go through useChannelMutation). */
export const useEvaluationPresets = () => useChannelQuery('evaluation.presets', {}, { staleTime: Infinity });
export const useEvaluationList = (year?: number) => useChannelQuery('evaluation.list', year === undefined ? {} : { year }, { placeholderData: (previous) => previous });
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
