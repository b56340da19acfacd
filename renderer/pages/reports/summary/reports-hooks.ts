import { useChannelQuery } from '../../../hooks/api-hooks';

/** Reads of the 年终考核 report pages. */
const validYear = (year: number | undefined): year is number => year !== undefined && year >= 2000;

export const useSummaryReport = (year: number | undefined) => useChannelQuery('reports.summary', { year: year ?? 0 }, { enabled: validYear(year) });
