import { useCallback, useSyncExternalStore } from 'react';
import { cellKey } from './quarter-cache';

export type CellMark = 'saving' | 'refused';

/**
 * The 「保存中」/「未保存」 marks of the 平时考核 cells, outside React state: a mark change renders
 * only the row it belongs to (each row subscribes to its own person), not the page, which keeps the
 * keystroke → saved cell time down to the round trip.
 */
export class QuarterMarks {
  private readonly marks = new Map<string, CellMark>();
  private readonly listeners = new Map<number, Set<() => void>>();

  get(personId: number, quarter: number): CellMark | undefined {
    return this.marks.get(cellKey(personId, quarter));
  }

  set(personId: number, quarter: number, mark: CellMark | null): void {
    const key = cellKey(personId, quarter);
    if ((this.marks.get(key) ?? null) === mark) return;
    if (mark) this.marks.set(key, mark);
    else this.marks.delete(key);
    for (const l of this.listeners.get(personId) ?? []) l();
  }

  /** One row's marks as 4 letters ('-' none, 's' saving, 'r' refused): a string, so React compares it by value. */
  row(personId: number): string {
    if (this.marks.size === 0) return '----';
    let s = '';
    for (let q = 1; q <= 4; q++) {
      const m = this.get(personId, q);
      s += m === 'saving' ? 's' : m === 'refused' ? 'r' : '-';
    }
    return s;
  }

  subscribe(personId: number, listener: () => void): () => void {
    const set = this.listeners.get(personId) ?? new Set();
    set.add(listener);
    this.listeners.set(personId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(personId);
    };
  }
}

/** The marks of one row, re-rendering only when they change. */
export function useRowMarks(store: QuarterMarks, personId: number): string {
  const subscribe = useCallback((listener: () => void) => store.subscribe(personId, listener), [store, personId]);
  const snapshot = useCallback(() => store.row(personId), [store, personId]);
  return useSyncExternalStore(subscribe, snapshot);
}
