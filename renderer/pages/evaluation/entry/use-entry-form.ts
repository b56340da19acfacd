import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { EvaluationEvent, EvaluationTarget } from '../../../../shared/contract/evaluation';
import { invoke } from '../../../api';
import { errorText } from '../../../hooks/api-hooks';
import { createSaveQueue } from '../../../hooks/save-queue';
import { entryNotice, type EntryNotice } from './entry-outcome';
import { emptyRows, entryMarks, entryProblem, isPristine, ticketOf, type RowEntry } from './entry-rows';
import type { EntryFocus } from '../../../components/use-entry-focus';

export interface EntrySession {
  readonly event: EvaluationEvent;
  readonly clerk: string;
  readonly doubleEntry: boolean;
  readonly onSaved: () => void;
  readonly onNeedClerk: () => void;
}

/** One paper ballot being typed: its fields, the notice under them, and sending it (DOMAIN §2). */
export function useEntryForm(session: EntrySession, targets: readonly EvaluationTarget[], focus: EntryFocus) {
  const { event, clerk, doubleEntry, onSaved, onNeedClerk } = session;
  const queryClient = useQueryClient();
  const [ticket, setTicket] = useState('');
  const [category, setCategory] = useState('');
  const [rows, setRows] = useState<RowEntry[]>(() => emptyRows(targets.length));
  const [notice, setNotice] = useState<EntryNotice | null>(null);
  /** ballots sent and not answered yet */
  const [saving, setSaving] = useState(0);
  // ballots are saved one after another, in the order they were typed (双人录入 compares the two passes in that order)
  const [queue] = useState(createSaveQueue);
  /** what the form holds now, for a refused ballot to decide whether it may come back into the form */
  const live = useRef({ ticket, category, rows });
  live.current = { ticket, category, rows };

  const reset = () => {
    setTicket('');
    setCategory('');
    setRows(emptyRows(targets.length));
    focus.focusTicket();
  };
  const clear = () => {
    setNotice(null);
    reset();
  };
  const fail = (text: string) => setNotice({ type: 'error', text });

  /** A refused 票号: say why and, if the form is still empty, put the ballot back with the cursor on the 票号. */
  const refused = (typed: { ticket: string; category: string; rows: RowEntry[] }, error: unknown) => {
    if (!isPristine(live.current)) return fail(`票号 ${typed.ticket} 未保存：${errorText(error)}（请重新录入该票）`);
    setTicket(typed.ticket);
    setCategory(typed.category);
    setRows(typed.rows);
    fail(errorText(error));
    focus.focusTicket();
  };

  /**
   * Sends the ballot and clears the form at once, so the clerk types the next one while this one is
   * saved: nothing typed meanwhile is wiped by a late reply. A refused ballot comes back into the form
   * (with the reason) when the clerk has not started another one; otherwise the notice names its 票号.
   */
  const save = async () => {
    if (!clerk.trim()) {
      fail('请先填写录入人');
      onNeedClerk();
      return;
    }
    const problem = entryProblem(event.config, event.id, targets, { ticket, category, rows });
    if (problem) {
      fail(problem.message);
      focus.focusField(problem.field);
      return;
    }
    const scanned = ticketOf(ticket, event.id);
    const ticketNo = scanned.ok ? scanned.ticket : '';
    const request = { id: event.id, ticketNo, marks: entryMarks(event.config, targets, { ticket, category, rows }), clerk: clerk.trim(), doubleEntry };
    const typed = { ticket: ticketNo, category, rows };
    setSaving((n) => n + 1);
    reset();
    try {
      const result = await queue(() => invoke('evaluation.paperEntry', request));
      setNotice(entryNotice(ticketNo, result));
      onSaved();
    } catch (error) {
      refused(typed, error);
    } finally {
      setSaving((n) => n - 1);
      void queryClient.invalidateQueries();
    }
  };

  return { ticket, setTicket, category, setCategory, rows, setRows, notice, setNotice, fail, saving, save, clear };
}

export type EntryFormState = ReturnType<typeof useEntryForm>;
