import type { ChannelName } from './index';

/**
 * What the app answers while a 现场测评 session is active, and nothing else: the kiosk window is
 * then the only one, and a rater must not reach the roster, the results or the settings through it
 * (DevTools, a typed address, a forged request). `session-event` channels are answered only for the
 * session's own event (`input.id`).
 */
export type KioskScope = 'any' | 'session-event';

export const kioskAllowList = {
  'evaluation.kioskSession': 'any',
  'evaluation.kioskExit': 'any',
  'evaluation.get': 'session-event',
  'evaluation.kioskSubmit': 'session-event',
  'recommendation.get': 'session-event',
  'recommendation.kioskSubmit': 'session-event',
  'recommendation.writeInSearch': 'session-event',
} as const satisfies Partial<Record<ChannelName, KioskScope>>;

export const kioskScopeOf = (channel: string): KioskScope | null =>
  Object.prototype.hasOwnProperty.call(kioskAllowList, channel) ? kioskAllowList[channel as keyof typeof kioskAllowList] : null;
