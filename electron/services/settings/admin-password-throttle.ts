import { AppError } from '../../../shared/errors';
import { writeAudit } from '../../../db/audit';
import type { Db } from '../../../db/open';
import { deleteSetting, readSetting, writeSetting } from '../../../db/settings/settings';

/**
 * Wrong admin passwords are throttled on every path that checks one (kiosk exit, changing the
 * password, the year unlock, …), with one counter for all of them: a guesser cannot switch paths
 * to start afresh. The state is in the database, so neither a reload nor a relaunch resets it.
 */
export const adminPasswordPolicy = {
  /** failures in a row answered at once */
  freeFailures: 3,
  /** after that, failure n makes the next try wait 2^(n - freeFailures + 1) seconds */
  baseDelaySeconds: 2,
  /** from this many failures in a row, each failure locks every path for `lockoutMinutes` */
  lockoutFailures: 10,
  lockoutMinutes: 15,
} as const;

export type AdminPasswordPolicy = typeof adminPasswordPolicy;

export interface ThrottleState {
  /** wrong passwords in a row since the last right one */
  readonly failures: number;
  readonly lastFailureAt: string | null;
  readonly lockedUntil: string | null;
}

const settingsKey = 'adminPasswordThrottle';
const noFailures: ThrottleState = { failures: 0, lastFailureAt: null, lockedUntil: null };

export function readThrottle(db: Db): ThrottleState {
  const value = readSetting(db, settingsKey) as Partial<ThrottleState> | null;
  if (typeof value?.failures !== 'number') return noFailures;
  return { failures: value.failures, lastFailureAt: value.lastFailureAt ?? null, lockedUntil: value.lockedUntil ?? null };
}

/** Seconds the failure just counted makes the next try wait (0: none). */
export function delayAfter(failures: number, policy: AdminPasswordPolicy = adminPasswordPolicy): number {
  if (failures >= policy.lockoutFailures) return policy.lockoutMinutes * 60;
  if (failures < policy.freeFailures) return 0;
  return policy.baseDelaySeconds ** (failures - policy.freeFailures + 1);
}

/** Whole seconds still to wait before the next try may be checked (0: it may be checked now). */
export function secondsToWait(state: ThrottleState, now: Date): number {
  const until = state.lockedUntil ?? (state.lastFailureAt && delayAfter(state.failures) > 0 ? new Date(Date.parse(state.lastFailureAt) + delayAfter(state.failures) * 1000).toISOString() : null);
  if (!until) return 0;
  return Math.max(0, Math.ceil((Date.parse(until) - now.getTime()) / 1000));
}

/** 「45秒」, 「15分钟」, 「2分10秒」 */
export function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds}秒`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes}分钟` : `${minutes}分${rest}秒`;
}

export interface PasswordCheck {
  /** where the password was asked for, in the log: 「退出现场测评」, 「解锁2026年度考核」 */
  readonly where: string;
  /** the refusal as this path words it: 「管理员密码不正确，未解锁」 */
  readonly wrongMessage: string;
  readonly actor: string;
  readonly now: Date;
}

/**
 * Runs `matches` (the scrypt comparison) unless the caller must still wait; a failure is counted and
 * logged in one transaction, then refused with how long to wait. A right password clears the count.
 */
export function checkThrottled(db: Db, check: PasswordCheck, matches: () => boolean): void {
  const state = readThrottle(db);
  const wait = secondsToWait(state, check.now);
  if (wait > 0) {
    const message = state.lockedUntil
      ? `管理员密码已连续错误${state.failures}次，已锁定，请在${waitText(wait)}后再试`
      : `管理员密码错误次数过多，请等待${waitText(wait)}后再试`;
    throw new AppError('ADMIN_PASSWORD_THROTTLED', message, { retryAfterSeconds: wait });
  }
  if (matches()) {
    if (state.failures > 0) deleteSetting(db, settingsKey);
    return;
  }
  const failures = state.failures + 1;
  const delay = delayAfter(failures);
  const locked = failures >= adminPasswordPolicy.lockoutFailures;
  const next: ThrottleState = {
    failures,
    lastFailureAt: check.now.toISOString(),
    lockedUntil: locked ? new Date(check.now.getTime() + delay * 1000).toISOString() : null,
  };
  db.transaction(() => {
    writeSetting(db, settingsKey, next);
    writeAudit(db, {
      actor: check.actor, action: 'settings.adminPasswordFailed', entity: 'settings', entityId: 'adminPassword',
      summary: `${check.where}：管理员密码错误（第${failures}次）${locked ? `，已锁定${adminPasswordPolicy.lockoutMinutes}分钟` : ''}`,
      after: { failures, lockedUntil: next.lockedUntil },
    }, check.now);
  })();
  if (locked) throw new AppError('ADMIN_PASSWORD_WRONG', `${check.wrongMessage}。已连续错误${failures}次，已锁定${adminPasswordPolicy.lockoutMinutes}分钟，请在${waitText(delay)}后再试`);
  if (delay > 0) throw new AppError('ADMIN_PASSWORD_WRONG', `${check.wrongMessage}（已连续错误${failures}次），请等待${waitText(delay)}后再试`);
  throw new AppError('ADMIN_PASSWORD_WRONG', check.wrongMessage);
}
