import { useSyncExternalStore } from 'react';

/**
 * The 考核年度 the 年度考核 pages share, so moving from 平时考核 to 综合评定 keeps the year. Lives for
 * the session only (a tiny external store). Starts at the latest year that exists (set by YearBar).
 */
let current: number | null = null;
const listeners = new Set<() => void>();

export function setAnnualYear(year: number): void {
  current = year;
  for (const l of listeners) l();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const snapshot = () => current;

export function useAnnualSelection(): [number | null, (year: number) => void] {
  return [useSyncExternalStore(subscribe, snapshot, snapshot), setAnnualYear];
}
