import type { KioskSession } from '../../../shared/contract/kiosk';

/**
 * 现场测评 holds the app while the main process has a kiosk session (evaluation.kioskSession): the
 * session lives in the database, not in this window, so a reload, a typed address, another tab or a
 * relaunch all come back to the kiosk, and only the main process (after the admin password) ends it.
 */
export const kioskPath = '/evaluation/kiosk';
/** The kiosk of a 民主推荐 / 评选表优 session (renderer/pages/recommendation). */
export const recommendationKioskPath = '/recommendation/kiosk';

/** Where the shell must go instead of `path` during a session (null: anywhere is fine). */
export function kioskRedirect(path: string, session: KioskSession | null | undefined): string | null {
  if (!session) return null;
  const target = session.kind === 'recommendation' ? recommendationKioskPath : kioskPath;
  return path === target ? null : target;
}
