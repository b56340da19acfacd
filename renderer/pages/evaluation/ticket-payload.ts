/**
 * What the QR code on a paper ballot holds: the event id and the 票号, `12-ABCD2345`. A USB scanner
 * types it into the 票号 field of 纸质票录入, so the field accepts both forms and refuses a ballot of
 * another 测评活动 before anything is sent.
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
