import { hashKey, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback, useRef, useState } from 'react';
import type { ChannelInput } from '../../../../shared/contract';
import type { QuarterGrade } from '../../../../shared/annual/rules';
import type { QuarterGrid } from '../../../../shared/annual/views';
import { invoke } from '../../../api';
import { errorText } from '../../../hooks/api-hooks';
import { createSaveQueue } from '../../../hooks/save-queue';
import { cellKey, fullGoodQuota, quarterNames, withGrade, withQuota } from './quarter-cache';
import { QuarterMarks } from './quarter-marks';

/** How long a refused cell stays red. */
const refusedMs = 1800;
/** How long the last refusal stays written under the grid. */
const refusalShownMs = 15_000;

export interface Refusal {
  /** 「黄振华 第二季度」 */
  readonly cell: string;
  readonly message: string;
}

/**
 * Saves one 平时考核 cell per keystroke, one save after another in key order (save-queue.ts). The
 * cell shows the new grade at once (the cached grid is edited, not reloaded), the reply of annual.setQuarter fixes the group's “好” count, and a refusal
 * puts the last saved grade back, flashes the cell red and says why. A “好” that the cached count
 * already knows to be over the quota is not shown at all before the service refuses it.
 */
export function useQuarterSave(year: number | undefined, gridInput: ChannelInput<'annual.quarterGrid'> | null) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [marks] = useState(() => new QuarterMarks());
  // one save at a time, in key order: the last key typed into a cell is the one the database keeps
  const [queue] = useState(createSaveQueue);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // the latest keystroke per cell wins; earlier replies only update what was last confirmed
  const sequence = useRef(new Map<string, number>());
  const confirmed = useRef(new Map<string, QuarterGrade | null>());

  const save = useCallback(
    async (personId: number, groupId: number, quarter: number, grade: QuarterGrade | null) => {
      if (year === undefined || !gridInput) return;
      const queryKey = ['annual.quarterGrid', gridInput];
      const grid = queryClient.getQueryData<QuarterGrid>(queryKey);
      const row = grid?.rows.find((r) => r.personId === personId);
      if (!grid || !row) return;
      const key = cellKey(personId, quarter);
      const before = row.grades[quarter - 1] ?? null;
      if (before === grade && !sequence.current.has(key)) return;
      const n = (sequence.current.get(key) ?? 0) + 1;
      sequence.current.set(key, n);
      if (!confirmed.current.has(key)) confirmed.current.set(key, before);
      // a reload that is under way would bring back the old grade
      void queryClient.cancelQueries({ queryKey, exact: true });
      const knownFull = grade === 'good' && before !== 'good' && fullGoodQuota(grid, groupId, quarter) != null;
      if (!knownFull) queryClient.setQueryData<QuarterGrid>(queryKey, withGrade(grid, personId, quarter, grade));
      marks.set(personId, quarter, 'saving');
      const latest = () => sequence.current.get(key) === n;
      try {
        const reply = await queue(() => invoke('annual.setQuarter', { year, personId, quarter, grade }));
        if (!latest()) {
          confirmed.current.set(key, reply.grade);
          return;
        }
        confirmed.current.delete(key);
        sequence.current.delete(key);
        marks.set(personId, quarter, null);
        const shown = queryClient.getQueryData<QuarterGrid>(queryKey);
        const next = shown && withQuota(withGrade(shown, personId, quarter, reply.grade), groupId, quarter, reply.used, reply.quota);
        // usually the reply says what the cell already shows: then only the row's mark renders
        if (next && next !== shown) queryClient.setQueryData<QuarterGrid>(queryKey, next);
        // other views of the year (综合评定, other filters of this grid) reload when next shown
        const current = hashKey(queryKey);
        void queryClient.invalidateQueries({ predicate: (q) => q.queryHash !== current, refetchType: 'none' });
      } catch (error) {
        if (!latest()) return;
        const back = confirmed.current.get(key) ?? null;
        confirmed.current.delete(key);
        sequence.current.delete(key);
        const shown = queryClient.getQueryData<QuarterGrid>(queryKey);
        if (shown) queryClient.setQueryData<QuarterGrid>(queryKey, withGrade(shown, personId, quarter, back));
        marks.set(personId, quarter, 'refused');
        const text = errorText(error);
        const shownRefusal: Refusal = { cell: `${row.name} ${quarterNames[quarter - 1]}`, message: text };
        setRefusal(shownRefusal);
        setTimeout(() => setRefusal((r) => (r === shownRefusal ? null : r)), refusalShownMs);
        void message.error({ content: text, key: 'quarter-refused', duration: 4 });
        setTimeout(() => {
          if (marks.get(personId, quarter) === 'refused') marks.set(personId, quarter, null);
        }, refusedMs);
      }
    },
    [year, gridInput, queryClient, message, marks, queue],
  );

  return { save, marks, refusal, clearRefusal: useCallback(() => setRefusal(null), []) };
}
