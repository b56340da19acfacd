import { useChannelQuery } from '../../../hooks/api-hooks';

/** 周晒成绩 data: one hook per read channel (writes go through useChannelMutation or the grid's save queue). */
const validYear = (year: number | undefined): year is number => year !== undefined && year >= 2000;

export const useWeeklySettings = (year: number | undefined) => useChannelQuery('weekly.settings', { year: year ?? 0 }, { enabled: validYear(year) });

/** week undefined: this week (or the year's last / first week) */
export const useWeeklyWeek = (year: number | undefined, week: number | undefined) =>
  useChannelQuery('weekly.week', week === undefined ? { year: year ?? 0 } : { year: year ?? 0, week }, { enabled: validYear(year), placeholderData: (previous) => previous });
