import { useEffect } from 'react';
import { useAnnualYear, useAnnualYears } from '../../../hooks/annual-hooks';
import { useAnnualSelection } from './annual-selection';

/**
 * The selected 考核年度 (defaults to the latest one created), its summary list and its details.
 * `year` is undefined while nothing exists yet: pages then point to 「年度考核方案」 to create one.
 */
export function useSelectedYear() {
  const [selected, select] = useAnnualSelection();
  const years = useAnnualYears();
  const list = years.data ?? [];
  const exists = selected != null && list.some((y) => y.year === selected);
  const year = exists ? selected : list[0]?.year;
  const latest = list[0]?.year;
  useEffect(() => {
    if (!exists && latest !== undefined) select(latest);
  }, [exists, latest, select]);
  const detail = useAnnualYear(year);
  return { year, select, years, detail: detail.data, detailQuery: detail, locked: detail.data?.status === 'locked' };
}
