import type { ChannelInput } from '../../shared/contract';
import { useChannelQuery } from './api-hooks';

/** 年度考核 data: one hook per read channel (writes go through useChannelMutation). */
const keepPrevious = { placeholderData: <T,>(previous: T | undefined) => previous };
const validYear = (year: number | undefined): year is number => year !== undefined && year >= 2000;

export const useAnnualPresets = () => useChannelQuery('annual.presets', {}, { staleTime: Infinity });
export const useAnnualYears = () => useChannelQuery('annual.years');
export const useAnnualYear = (year: number | undefined) => useChannelQuery('annual.year', { year: year ?? 0 }, { enabled: validYear(year) });
export const useParticipants = (year: number | undefined) =>
  useChannelQuery('annual.participants', { year: year ?? 0 }, { enabled: validYear(year), ...keepPrevious });
export const useAnnualItems = (year: number | undefined) => useChannelQuery('annual.items', { year: year ?? 0 }, { enabled: validYear(year) });
export const useScoreGrid = (input: ChannelInput<'annual.scoreGrid'> | null) =>
  useChannelQuery('annual.scoreGrid', input ?? { year: 0, appliesTo: 'person' }, { enabled: input != null, ...keepPrevious });
export const useQuarterGrid = (input: ChannelInput<'annual.quarterGrid'> | null) =>
  useChannelQuery('annual.quarterGrid', input ?? { year: 0 }, { enabled: input != null, ...keepPrevious });
export const useAdjustmentKinds = () => useChannelQuery('annual.adjustmentKinds');
export const useAdjustments = (year: number | undefined) => useChannelQuery('annual.adjustments', { year: year ?? 0 }, { enabled: validYear(year), ...keepPrevious });
export const useSanctions = (year: number | undefined) => useChannelQuery('annual.sanctions', { year: year ?? 0 }, { enabled: validYear(year), ...keepPrevious });
export const useComposite = (year: number | undefined) => useChannelQuery('annual.composite', { year: year ?? 0 }, { enabled: validYear(year), ...keepPrevious });
