import { useMemo } from 'react';
import { useChannelQuery } from '../../../hooks/api-hooks';

/** 近三年等次 beside the composite (DOMAIN.md §9): the three years before the 考核年度, per person. */
export interface RecentOutcomes {
  readonly years: readonly number[];
  /** person id -> the words, oldest first (null: no record that year) */
  readonly byPerson: ReadonlyMap<number, readonly (string | null)[]>;
}

export function useRecentOutcomes(year: number): RecentOutcomes | null {
  const recent = useChannelQuery('history.recent', { year });
  return useMemo(() => (recent.data ? { years: recent.data.years, byPerson: new Map(recent.data.rows.map((r) => [r.personId, r.words])) } : null), [recent.data]);
}
