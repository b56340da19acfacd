import { useChannelQuery } from '../../hooks/api-hooks';

/** 专项活动 data: one hook per read channel (writes go through useChannelMutation or the grid's save queue). */
export const useCampaignPresets = () => useChannelQuery('campaigns.presets', {}, { staleTime: Infinity });
export const useCampaigns = (year: number | undefined) => useChannelQuery('campaigns.list', { year: year ?? 0 }, { enabled: year !== undefined });
export const useCampaign = (id: number | undefined) => useChannelQuery('campaigns.get', { id: id ?? 0 }, { enabled: id !== undefined });
export const useCampaignRegister = (id: number | undefined, unitId: number | undefined) =>
  useChannelQuery('campaigns.register', unitId === undefined ? { id: id ?? 0 } : { id: id ?? 0, unitId }, { enabled: id !== undefined, placeholderData: (previous) => previous });
export const useCampaignProgress = (id: number | undefined) => useChannelQuery('campaigns.progress', { id: id ?? 0 }, { enabled: id !== undefined });
