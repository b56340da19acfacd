import { App } from 'antd';
import { useState } from 'react';
import type { WeeklyItem } from '../../../../shared/weekly';
import { invoke } from '../../../api';
import { errorText } from '../../../hooks/api-hooks';
import { createSaveQueue } from '../../../hooks/save-queue';
import { draftsOf, type CellRow } from './cell-rows';

export type TargetRef = { kind: 'unit' | 'person'; id: number };

/**
 * The grid's saves (ARCHITECTURE §6, no keystroke lost): every change shows at once and is saved
 * through one queue per page, in the order typed. A cell's save reads the cell's rows when it runs,
 * not when it was asked for, so the ids of items added by the save before it are known and a burst
 * of keys on one cell is one request behind the one running.
 */
export function useCellSaves(year: number, week: number, onSaved: () => void) {
  const { message } = App.useApp();
  const [state] = useState(() => ({
    queue: createSaveQueue(),
    rows: new Map<string, readonly CellRow[]>(),
    ids: new Map<string, number>(),
    waiting: new Set<string>(),
    pending: 0,
  }));

  const save = (target: TargetRef, rows: readonly CellRow[]) => {
    const key = `${target.kind}:${target.id}`;
    state.rows.set(key, rows);
    if (state.waiting.has(key)) return;
    state.waiting.add(key);
    state.pending++;
    void state.queue(async () => {
      state.waiting.delete(key);
      const { keys, items } = draftsOf(state.rows.get(key) ?? [], state.ids);
      try {
        const saved: WeeklyItem[] = await invoke('weekly.saveItems', { year, week, target, items });
        saved.forEach((item, n) => state.ids.set(keys[n]!, item.id));
      } catch (error) {
        void message.error(errorText(error), 6);
      } finally {
        if (--state.pending === 0) onSaved();
      }
    });
  };

  /** resolves when every save asked for so far has run */
  const flush = () => state.queue(() => Promise.resolve());
  return { save, flush, ids: state.ids };
}
