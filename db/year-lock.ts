import { AppError } from '../shared/errors';
import { yearLockedSqlMessage } from './migrations/004-annual';
import type { Db } from './open';
import { prepared } from './prepared';

/**
 * The year lock (归档). Migration 004's triggers refuse every write to a locked year's rows with
 * KAOPING_YEAR_LOCKED; services check first where they can name the year, and dispatch turns a
 * trigger's abort into the same Chinese message, so no write path can slip through.
 */

export const yearLockedMessage = (year?: number): string =>
  `${year == null ? '该考核年度' : `${year}年度`}已确认等次并锁定（归档），其中的数据不能再修改；如确需修改，请由管理员在「综合评定」页面解锁`;

export const isYearLocked = (db: Db, year: number): boolean =>
  prepared(db, "SELECT 1 FROM annual_years WHERE year = ? AND status = 'locked'").get(year) !== undefined;

/** Refuses a write to a locked year with its Chinese message. */
export function assertYearOpen(db: Db, year: number): void {
  if (isYearLocked(db, year)) throw new AppError('YEAR_LOCKED', yearLockedMessage(year));
}

/** A trigger's abort from a locked year, as the AppError a user sees; anything else is returned as is. */
export function fromYearLockAbort(error: unknown): unknown {
  if (error instanceof Error && error.message.includes(yearLockedSqlMessage)) return new AppError('YEAR_LOCKED', yearLockedMessage());
  return error;
}
