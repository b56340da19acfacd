import os from 'node:os';
import { dayText } from '../shared/date-text';
import type { Db } from '../db/open';
import { readSetting } from '../db/settings';
import { JobRegistry } from './jobs';

/**
 * What every service call gets. `db` is read at call time, never captured, because restoring a
 * backup closes the connection and opens a new one.
 */
export interface AppContext {
  db: Db;
  readonly dataDir: string;
  readonly dbPath: string;
  readonly backupDir: string;
  readonly mode: 'electron' | 'browser';
  readonly version: string;
  readonly jobs: JobRegistry;
  /** who is recorded in the audit log */
  actor(): string;
  /** the time now; tests inject a clock so waiting periods (admin-password throttle) need no sleep */
  now(): Date;
  /**
   * Today's date on this PC (local calendar, YYYY-MM-DD): the latest day a user may record (授星,
   * 摘星, 公示, …). A function, not a value, so a long-running app moves past midnight; tests inject one.
   */
  today(): string;
}

/** The local calendar day of `now` as YYYY-MM-DD (the office's day, not UTC's). */
export const localDay = (now: Date = new Date()): string => dayText(now);

export function createContext(fields: Omit<AppContext, 'jobs' | 'actor' | 'now' | 'today'> & { actor?: () => string; now?: () => Date; today?: () => string }): AppContext {
  const ctx: AppContext = {
    ...fields,
    jobs: new JobRegistry(),
    actor: fields.actor ?? (() => operatorName(ctx.db)),
    now: fields.now ?? (() => new Date()),
    today: fields.today ?? (() => localDay(ctx.now())),
  };
  return ctx;
}

/** settings key of the operator name chosen in 设置 → 操作员 (value_json: a JSON string) */
export const operatorSettingKey = 'operatorName';

/** The operator name stored in 设置, or '' when none is set (a cleared or malformed value counts as none). */
export function storedOperatorName(db: Db): string {
  const name = readSetting(db, operatorSettingKey);
  return typeof name === 'string' ? name.trim() : '';
}

/** The OS account, recorded when no operator name is set. */
export function osAccountName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '本机用户';
  }
}

/** The operator name from 设置, else the OS account. */
export function operatorName(db: Db): string {
  return storedOperatorName(db) || osAccountName();
}
