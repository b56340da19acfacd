import { isWellFormedTicket, normalizeTicket } from '../../shared/evaluation';

/**
 * The 票号 of a paper ballot (测评票, 推荐票) and what its QR code holds: the event id and the 票号,
 * `12-ABCD2345`. A USB scanner types it into the 票号 field of 纸质票录入, so the field accepts both
 * forms and refuses a ballot of another event before anything is sent.
 */
export const qrPayload = (eventId: number, ticket: string): string => `${eventId}-${ticket}`;

export type ScannedTicket = { readonly ok: true; readonly ticket: string } | { readonly ok: false; readonly message: string };

export function parseScannedTicket(text: string, eventId: number): ScannedTicket {
  const raw = text.trim();
  if (!raw) return { ok: false, message: '请输入票号' };
  const scanned = /^(\d+)-([A-Za-z0-9]+)$/.exec(raw);
  if (scanned) {
    if (Number(scanned[1]) !== eventId) return { ok: false, message: `票号 ${scanned[2]!.toUpperCase()} 属于其他测评活动，不能在本测评中录入` };
    return { ok: true, ticket: scanned[2]!.toUpperCase() };
  }
  return { ok: true, ticket: raw.toUpperCase() };
}

/** The 票号 typed or scanned, normalised, or why it cannot be this event's (`malformed`: not a 票号 at all, to retype). */
export function ticketOf(typed: string, eventId: number): { ok: true; ticket: string } | { ok: false; message: string; malformed: boolean } {
  const scanned = parseScannedTicket(typed, eventId);
  if (!scanned.ok) return { ...scanned, malformed: false };
  const ticket = normalizeTicket(scanned.ticket);
  return isWellFormedTicket(scanned.ticket) ? { ok: true, ticket } : { ok: false, message: `票号“${ticket}”不正确（8位，末位为校验位），请核对纸质票`, malformed: true };
}

type Category = { readonly code: string; readonly name: string };

/** The 评委类别 whose code was typed (case and spaces aside). */
export const categoryByCode = <C extends Category>(categories: readonly C[], text: string): C | undefined =>
  categories.find((c) => c.code.toUpperCase() === text.trim().toUpperCase());

/** The code is complete: it names a category and no longer code starts with what was typed (the cursor may jump on). */
export function categoryCodeComplete(categories: readonly Category[], text: string): boolean {
  const c = categoryByCode(categories, text);
  return c !== undefined && !categories.some((x) => x !== c && x.code.toUpperCase().startsWith(text.trim().toUpperCase()));
}
