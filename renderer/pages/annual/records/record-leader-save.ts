import { hashKey, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { Participant } from '../../../../shared/annual/views';
import { invoke } from '../../../api';
import { errorText } from '../../../hooks/api-hooks';

export type LeaderMark = { readonly state: 'saving' } | { readonly state: 'saved' } | { readonly state: 'failed'; readonly message: string };

const savedShownMs = 2500;

/**
 * Saves one 领导评价 score as soon as it is entered: the cached participant list shows it at once,
 * a refusal puts the old score back and the row says why.
 */
export function useLeaderSave(year: number | undefined) {
  const queryClient = useQueryClient();
  const [marks, setMarks] = useState<ReadonlyMap<number, LeaderMark>>(new Map());
  const sequence = useRef(new Map<number, number>());

  const mark = useCallback((personId: number, m: LeaderMark | null) => {
    setMarks((prev) => {
      const next = new Map(prev);
      if (m) next.set(personId, m);
      else next.delete(personId);
      return next;
    });
  }, []);

  /** the typing was put right without a change to save */
  const clearFailed = useCallback((personId: number) => {
    setMarks((prev) => {
      if (prev.get(personId)?.state !== 'failed') return prev;
      const next = new Map(prev);
      next.delete(personId);
      return next;
    });
  }, []);

  const save = useCallback(
    async (personId: number, score: number | null) => {
      if (year === undefined) return;
      const queryKey = ['annual.participants', { year }];
      const list = queryClient.getQueryData<Participant[]>(queryKey);
      const before = list?.find((p) => p.personId === personId)?.leaderScore ?? null;
      const n = (sequence.current.get(personId) ?? 0) + 1;
      sequence.current.set(personId, n);
      const setScore = (value: number | null) =>
        queryClient.setQueryData<Participant[]>(queryKey, (ps) => ps?.map((p) => (p.personId === personId ? { ...p, leaderScore: value } : p)));
      void queryClient.cancelQueries({ queryKey, exact: true });
      setScore(score);
      mark(personId, { state: 'saving' });
      try {
        await invoke('annual.setLeaderScores', { year, entries: [{ personId, score }] });
        if (sequence.current.get(personId) !== n) return;
        mark(personId, { state: 'saved' });
        const current = hashKey(queryKey);
        void queryClient.invalidateQueries({ predicate: (q) => q.queryHash !== current, refetchType: 'none' });
        setTimeout(() => {
          setMarks((prev) => {
            if (prev.get(personId)?.state !== 'saved') return prev;
            const next = new Map(prev);
            next.delete(personId);
            return next;
          });
        }, savedShownMs);
      } catch (error) {
        if (sequence.current.get(personId) !== n) return;
        setScore(before);
        mark(personId, { state: 'failed', message: errorText(error) });
      }
    },
    [year, queryClient, mark],
  );

  return { save, marks, mark, clearFailed };
}
