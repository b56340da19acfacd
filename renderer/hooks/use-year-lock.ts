import { useMemo } from 'react';
import { useAnnualYears } from './annual-hooks';

/**
 * The 考核年度 that are confirmed and locked (归档). Once locked, the database refuses every write to
 * that year's 述职测评 and 双十星 data, so their pages say so up front instead of failing on save.
 * While the list is loading (or cannot be read) no year counts as locked: the services still refuse.
 */
export function useLockedYears(): ReadonlySet<number> {
  const years = useAnnualYears();
  return useMemo(() => new Set((years.data ?? []).filter((y) => y.status === 'locked').map((y) => y.year)), [years.data]);
}

/** Whether `year` is a locked 考核年度 (false for no year). */
export function useYearLocked(year: number | null | undefined): boolean {
  const locked = useLockedYears();
  return year != null && locked.has(year);
}
