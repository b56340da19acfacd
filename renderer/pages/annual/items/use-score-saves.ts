import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChannelInput } from '../../../../shared/contract';
import type { ScoreGrid as ScoreGridData } from '../../../../shared/annual/views';
import { invoke } from '../../../api';
import { errorText } from '../../../hooks/api-hooks';
import { createSaveQueue } from '../../../hooks/save-queue';
import { cellKey, patchScoreGrid, withEntry } from './item-grid-patch';
import type { CellProblem, ScoreRow } from './ScoreGrid';

export type SaveScore = (row: ScoreRow, itemId: number, value: number | null, typed: string, extra?: { date: string | null; evidence: string }) => Promise<boolean>;

/**
 * The saving side of the score grid: each entry saved on its own (annual.setScore), one at a time in
 * key order; the values in flight (`pending`) and the refused ones with the service's message
 * (`problems`), both keyed by cell. Cleared when the year or the target changes (`resetKey`).
 */
export function useScoreSaves(year: number, input: ChannelInput<'annual.scoreGrid'>, resetKey: unknown) {
  const queryClient = useQueryClient();
  const [problems, setProblems] = useState<ReadonlyMap<string, CellProblem>>(new Map());
  const [pending, setPending] = useState<ReadonlyMap<string, string>>(new Map());
  // The last value sent per cell, so quick Space presses toggle from what was sent, not from a grid
  // that has not rendered the reply yet (the query cache notifies on a later tick). Kept after a
  // successful save (it is then what the database holds), dropped when refused. `n`: the latest save.
  const sent = useRef(new Map<string, { value: number | null; n: number }>());
  const saves = useRef(0);
  // one save at a time, in key order: the last value typed into a cell is the one the database keeps
  const [queue] = useState(createSaveQueue);
  useEffect(() => {
    sent.current.clear();
    setProblems(new Map());
  }, [resetKey]);

  const save = useCallback<SaveScore>(
    async (row, itemId, value, typed, extra) => {
      const key = cellKey(row.targetId, itemId);
      const existing = row.cells[String(itemId)];
      const n = ++saves.current;
      sent.current.set(key, { value, n });
      const latest = () => sent.current.get(key)?.n === n;
      setPending((m) => withEntry(m, key, typed));
      try {
        const out = await queue(() =>
          invoke('annual.setScore', {
            year,
            itemId,
            targetId: row.targetId,
            value,
            date: extra ? extra.date : (existing?.date ?? null),
            evidence: extra ? extra.evidence : (existing?.evidence ?? ''),
          }),
        );
        // replies come in key order (one queue), so each one may be shown; the last is the latest value
        queryClient.setQueryData<ScoreGridData>(['annual.scoreGrid', input], (old) => (old ? patchScoreGrid(old, row.targetId, itemId, out.cell, out.total) : old));
        if (latest()) setProblems((m) => withEntry(m, key, undefined));
        // other views (the other target's grid, item entry counts, the composite) refresh when shown
        void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'annual.scoreGrid' });
        void queryClient.invalidateQueries({ queryKey: ['annual.scoreGrid'], refetchType: 'none' });
        return true;
      } catch (error) {
        if (latest()) {
          sent.current.delete(key);
          setProblems((m) => withEntry(m, key, { draft: typed, message: errorText(error) }));
        }
        return false;
      } finally {
        // a later key for the same cell keeps its own 「保存中」 value until its own reply
        if (latest()) setPending((m) => withEntry(m, key, undefined));
      }
    },
    [year, input, queryClient, queue],
  );

  /** what was last sent for the cell, if anything was (undefined: nothing sent, use the grid's value) */
  const sentValue = useCallback((key: string) => (sent.current.has(key) ? { value: sent.current.get(key)!.value } : undefined), []);
  const setProblem = useCallback((key: string, problem: CellProblem | undefined) => setProblems((m) => withEntry(m, key, problem)), []);

  return { save, problems, pending, setProblem, sentValue };
}
