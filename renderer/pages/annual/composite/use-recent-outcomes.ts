import { useMemo } from 'react';
import { useChannelQuery } from '../../../hooks/api-hooks';

/** 近三年等次 beside the composite (DOMAIN.md §9): the three years before the 考核年度, per person. */
export interface RecentOutcomes {
  readonly years: readonly number[];
  /** person id -> the words, oldest first (null: no record that year) */
  readonly byPerson: ReadonlyMap<number, readonly (string | null)[]>;
}

/** Off (null, nothing fetched) unless `shown`. */
export function useRecentOutcomes(year: number, shown: boolean): RecentOutcomes | null {
  const recent = useChannelQuery('history.recent', { year }, { enabled: shown });
  return useMemo(() => (shown && recent.data ? { years: recent.data.years, byPerson: new Map(recent.data.rows.map((r) => [r.personId, r.words])) } : null), [shown, recent.data]);
}

/**
 * Whether the column shows at first: on screens wide enough for it (1440 px); at 1280 px the table
 * fits without a sideways scroll only without it, and the office turns it on when wanted.
 */
export const recentShownAtFirst = (): boolean => window.innerWidth >= 1400;
