/**
 * 现场测评 locks this window to the kiosk route until the admin password is given. The lock lives in
 * sessionStorage (this window only), so a reload or a typed address comes back to the kiosk.
 */
export interface KioskLock {
  readonly eventId: number;
  /** the 评委类别 set for this session, or null when each rater picks one */
  readonly category: string | null;
}

const key = 'kaoping.kiosk';

export function readKioskLock(): KioskLock | null {
  try {
    const raw = sessionStorage.getItem(key);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    if (typeof value === 'object' && value !== null && 'eventId' in value && typeof value.eventId === 'number') {
      const category = 'category' in value && typeof value.category === 'string' ? value.category : null;
      return { eventId: value.eventId, category };
    }
  } catch {
    // a damaged entry is no lock
  }
  return null;
}

export const setKioskLock = (lock: KioskLock): void => sessionStorage.setItem(key, JSON.stringify(lock));
export const clearKioskLock = (): void => sessionStorage.removeItem(key);

export const kioskPath = '/evaluation/kiosk';
export const kioskHref = (lock: KioskLock) => `${kioskPath}?id=${lock.eventId}${lock.category ? `&category=${encodeURIComponent(lock.category)}` : ''}`;

/** Where the shell must go instead of `path` while the kiosk is locked (null: anywhere is fine). */
export function kioskRedirect(path: string): string | null {
  const lock = readKioskLock();
  if (!lock || path === kioskPath) return null;
  return kioskHref(lock);
}
