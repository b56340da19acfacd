import type { KeyboardEvent } from 'react';
import type { EvaluationConfig } from '../../../../shared/evaluation/config';
import { categoryComplete, categoryMissing, categoryOf, levelKeyFor, scoreText, ticketOf } from './entry-rows';
import type { EntryFocus } from '../../../components/use-entry-focus';
import type { EntryFormState } from './use-entry-form';

/**
 * The keys of 纸质票录入: 票号 + Enter, the category code (jumps on when complete), one digit per
 * 测评对象 (jumps to the next line), arrows and Backspace between lines, Enter saves, Esc clears.
 */
export function useEntryKeys(config: EvaluationConfig, eventId: number, entry: EntryFormState, focus: EntryFocus) {
  const { rows, setRows, fail, save } = entry;
  const setKey = (row: number, key: string) => setRows((all) => all.map((r, j) => (j === row ? { ...r, key } : r)));
  const enterSaves = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return false;
    e.preventDefault();
    void save();
    return true;
  };

  const onFormKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    entry.clear();
  };

  const onTicketKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const ticket = ticketOf(entry.ticket, eventId);
    if (!ticket.ok) {
      fail(ticket.message);
      // a malformed 票号 is selected, to be typed again
      if (ticket.malformed) focus.focusTicket();
      return;
    }
    entry.setTicket(ticket.ticket);
    entry.setNotice(null);
    // the rest already typed (a corrected 票号 after a refusal): save at once
    if (categoryOf(config, entry.category) && (config.form === 'score' || rows.every((x) => x.key !== ''))) void save();
    else focus.focusField('category');
  };

  const onCategoryChange = (text: string) => {
    entry.setCategory(text.toUpperCase());
    if (categoryComplete(config, text)) focus.focusNext('category');
  };

  const onCategoryKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    if (categoryOf(config, entry.category)) focus.focusNext('category');
    else fail(categoryMissing);
  };

  const onLevelKey = (i: number) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (enterSaves(e)) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp' || e.key === 'Backspace') {
      e.preventDefault();
      if (e.key === 'ArrowDown') focus.focusField(`level-${i + 1}`);
      else if (e.key === 'ArrowUp') focus.focusField(i === 0 ? 'category' : `level-${i - 1}`);
      else if (rows[i]!.key === '' && i > 0) {
        setKey(i - 1, '');
        focus.focusField(`level-${i - 1}`);
      } else setKey(i, '');
    } else if (e.key.length === 1 && !e.ctrlKey && !e.altKey && !e.metaKey) {
      e.preventDefault();
      const level = levelKeyFor(config, e.key);
      if (!level.ok) return fail(level.message);
      entry.setNotice(null);
      setKey(i, level.key);
      focus.focusNext(`level-${i}`);
    }
  };

  const onScoreChange = (i: number, code: string, typed: string) => {
    const text = scoreText(typed);
    setRows((all) => all.map((r, j) => (j === i ? { ...r, scores: { ...r.scores, [code]: text } } : r)));
  };

  return { onFormKey, onTicketKey, onCategoryChange, onCategoryKey, onLevelKey, onScoreKey: enterSaves, onScoreChange };
}
