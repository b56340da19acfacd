import { z } from 'zod';
import { channel, noInput, nothing } from './channel';

/**
 * 现场测评 (kiosk) sessions. The session is state of the main process, kept in the database: while
 * one is active the app answers only the kiosk channels (kiosk-allow-list.ts), a relaunch returns to
 * the kiosk, and only the admin password, checked by the main process, ends it.
 */
export const kioskSession = z.object({
  eventId: z.number().int(),
  /** the kind of ballot event: the kiosk shows a 测评票 or a 推荐票 */
  kind: z.enum(['evaluation', 'recommendation']),
  /** the 评委类别 fixed for this session, or null when each rater picks one */
  category: z.string().nullable(),
  startedAt: z.string(),
});
export type KioskSession = z.infer<typeof kioskSession>;

export const kioskChannels = {
  /** enters 现场测评: the event must take ballots (测试模式 or 正式测评) and an admin password must be set */
  'evaluation.kioskStart': channel(z.object({ id: z.number().int(), category: z.string().max(40).nullable() }), kioskSession),
  /** the active session, or null */
  'evaluation.kioskSession': channel(noInput, kioskSession.nullable()),
  /** leaves 现场测评 after the main process has checked the admin password (throttled, every failure logged) */
  'evaluation.kioskExit': channel(z.object({ password: z.string().max(100) }), nothing),
};
