import type { ChannelInput } from '../../../../shared/contract';
import type { StarSchemeKind } from '../../../../shared/stars';
import { useChannelQuery } from '../../../hooks/api-hooks';

/** 双十星 data: one hook per read channel (writes go through useChannelMutation). */
export const useStarPresets = () => useChannelQuery('stars.presets', {}, { staleTime: Infinity });
export const useStarSchemes = (year?: number) => useChannelQuery('stars.schemes', year === undefined ? {} : { year }, { placeholderData: (previous) => previous });
export const useStarScheme = (id: number | undefined) => useChannelQuery('stars.scheme', { id: id ?? 0 }, { enabled: id !== undefined && id > 0 });
export const useDisqualifyReasons = () => useChannelQuery('stars.disqualifyReasons');

export const useStarGrid = (input: ChannelInput<'stars.grid'> | null) =>
  useChannelQuery('stars.grid', input ?? { schemeId: 0, period: 1, includeSubunits: true }, { enabled: input != null, placeholderData: (previous) => previous });

export const useStarReview = (input: ChannelInput<'stars.review'> | null) =>
  useChannelQuery('stars.review', input ?? { schemeId: 0, period: 1, targetId: 0 }, { enabled: input != null });

export const useStarBoard = (input: ChannelInput<'stars.board'> | null) =>
  useChannelQuery('stars.board', input ?? { schemeId: 0, period: null, includeSubunits: true }, { enabled: input != null, placeholderData: (previous) => previous });

export const useStarYearEnd = (year: number, kind: StarSchemeKind) => useChannelQuery('stars.yearEnd', { year, kind });

/** What 授星 would do now (the 授星 dialog shows it before anything is written). */
export const useAwardPreview = (input: ChannelInput<'stars.awardPreview'> | null) =>
  useChannelQuery('stars.awardPreview', input ?? { schemeId: 0, period: 1 }, { enabled: input != null });
