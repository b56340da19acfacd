import { useChannelQuery } from '../../hooks/api-hooks';

/** 督查督办 data: one hook per read channel (writes go through useChannelMutation). */
const validYear = (year: number | undefined): year is number => year !== undefined && year >= 2000;
const keepPrevious = { placeholderData: <T,>(previous: T | undefined) => previous };

export const useInspectionSettings = (year: number | undefined) => useChannelQuery('inspections.settings', { year: year ?? 0 }, { enabled: validYear(year) });
export const useInspections = (year: number | undefined) => useChannelQuery('inspections.records', { year: year ?? 0 }, { enabled: validYear(year), ...keepPrevious });
export const useNotices = (year: number | undefined) => useChannelQuery('inspections.notices', { year: year ?? 0 }, { enabled: validYear(year), ...keepPrevious });
