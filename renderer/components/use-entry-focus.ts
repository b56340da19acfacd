import type { InputRef } from 'antd';
import { useRef } from 'react';

/**
 * Where the cursor goes in 纸质票录入. Focus moves at once, inside the key's own handler: Chromium
 * runs input before timers, so a deferred move would let the next fast keystroke land in the old
 * field. Fields are found by name (`data-entry`) because antd may hand a detached clone of the input to onChange.
 */
export function useEntryFocus() {
  const form = useRef<HTMLDivElement>(null);
  const ticketRef = useRef<InputRef>(null);
  const fields = () => [...(form.current?.querySelectorAll<HTMLInputElement>('input[data-entry]') ?? [])];
  const focusField = (name: string) => form.current?.querySelector<HTMLInputElement>(`input[data-entry="${name}"]`)?.focus();
  /** the field after `fromName`, else the save button */
  const focusNext = (fromName: string) => {
    const all = fields();
    const at = all.findIndex((f) => f.dataset.entry === fromName);
    const next = at < 0 ? undefined : all[at + 1];
    if (next) next.focus();
    else form.current?.querySelector<HTMLButtonElement>('button[data-entry-save]')?.focus();
  };
  const focusTicket = () => {
    ticketRef.current?.focus();
    ticketRef.current?.select();
  };
  return { form, ticketRef, focusField, focusNext, focusTicket };
}

export type EntryFocus = ReturnType<typeof useEntryFocus>;
