import { useChannelQuery } from '../../hooks/api-hooks';

/** 月度通报 data: one hook per read channel (writes go through useChannelMutation). */
const validYear = (year: number | undefined): year is number => year !== undefined && year >= 2000;
const keepPrevious = { placeholderData: <T,>(previous: T | undefined) => previous };

export const useBulletinSettings = (year: number | undefined) => useChannelQuery('bulletins.settings', { year: year ?? 0 }, { enabled: validYear(year) });
export const useBulletinMonths = (year: number | undefined) => useChannelQuery('bulletins.list', { year: year ?? 0 }, { enabled: validYear(year), ...keepPrevious });
export const useBulletinView = (year: number | undefined, month: number | undefined) =>
  useChannelQuery('bulletins.view', { year: year ?? 0, month: month ?? 1 }, { enabled: validYear(year) && month !== undefined, ...keepPrevious });
