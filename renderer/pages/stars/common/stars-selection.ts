import { useSyncExternalStore } from 'react';
import type { StarSchemeKind } from '../../../../shared/stars/scheme';

/**
 * The 考核年度, 方案 kind and 评星期次 the 双十星 pages share, so moving from 评星 to the 公示榜 keeps
 * what the user was looking at. Lives for the session only (a tiny external store, no dependency).
 */
export interface StarsSelection {
  readonly year: number;
  readonly kind: StarSchemeKind;
  /** 评星期次; null on the board = the whole year */
  readonly period: number | null;
}

let current: StarsSelection = { year: new Date().getFullYear(), kind: 'person', period: 1 };
const listeners = new Set<() => void>();

export function setStarsSelection(change: Partial<StarsSelection>): void {
  current = { ...current, ...change };
  for (const l of listeners) l();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const snapshot = () => current;

export function useStarsSelection(): [StarsSelection, (change: Partial<StarsSelection>) => void] {
  return [useSyncExternalStore(subscribe, snapshot, snapshot), setStarsSelection];
}
