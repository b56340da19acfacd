import type { AnnualRules } from './rules';

/**
 * 不定等次 from the roster's dates (DOMAIN.md §4): still in 试用期 on the year's reference day, or
 * hired fewer than `minMonthsInPost` months before it. Pure, so the participant list, the composite
 * and the unit tests share one reading of the rule.
 */

export interface RosterDates {
  /** people.hire_date, YYYY-MM-DD */
  readonly hireDate: string | null;
  /** people.probation_end, YYYY-MM-DD: the last day of 试用期 */
  readonly probationEnd: string | null;
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const leap = (year: number) => daysIn(year, 2) === 29;

/**
 * The reference day of a year as YYYY-MM-DD. 02-29 in a year without it is the last day of February;
 * any other day past the month's end is clamped the same way.
 */
export function referenceDate(year: number, referenceDay: string): string {
  const [m, d] = referenceDay.split('-').map(Number) as [number, number];
  return `${pad(year, 4)}-${pad(m)}-${pad(Math.min(d, daysIn(year, m)))}`;
}

/** Is MM-DD a day of some year (02-29 allowed: leap years have it)? */
export function isCalendarDay(referenceDay: string): boolean {
  const match = /^(\d{2})-(\d{2})$/.exec(referenceDay);
  if (!match) return false;
  const [m, d] = [Number(match[1]), Number(match[2])];
  return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(2000, m);
}

/** date + months, the day clamped to the end of the target month (08-31 + 6 months = 02-28/29). */
export function addMonths(date: string, months: number): string {
  const match = isoDay.exec(date);
  if (!match) throw new Error(`not a date: ${date}`);
  const total = Number(match[1]) * 12 + (Number(match[2]) - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(Number(match[3]), daysIn(year, month));
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const nextDay = (date: string): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + 1));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
};

/** A roster date worth reading: YYYY-MM-DD with a real month and day (hand-edited files may hold anything). */
const validDate = (date: string | null): date is string => {
  const match = date == null ? null : isoDay.exec(date);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) && (m !== 2 || d !== 29 || leap(y));
};

/**
 * Why the person is 不定等次 by the roster, in Chinese (「试用期至2027-03-01」, 「2026-09-01入职，不满6个月」,
 * both joined by 「；」), or null.
 *
 * - 试用期: the probation's last day is after the reference day.
 * - 任职时间: the reference day itself counts as served, so someone hired on 07-01 has served six full
 *   months by 12-31 (07-01 + 6 months = next 01-01, the day after the reference day).
 */
export function undeterminedFromRoster(dates: RosterDates, rule: AnnualRules['undetermined'], year: number): string | null {
  const reference = referenceDate(year, rule.referenceDay);
  const reasons: string[] = [];
  if (rule.probation && validDate(dates.probationEnd) && dates.probationEnd > reference) reasons.push(`试用期至${dates.probationEnd}`);
  if (rule.minMonthsInPost > 0 && validDate(dates.hireDate) && addMonths(dates.hireDate, rule.minMonthsInPost) > nextDay(reference)) {
    reasons.push(`${dates.hireDate}入职，不满${rule.minMonthsInPost}个月`);
  }
  return reasons.length > 0 ? reasons.join('；') : null;
}

export type UndeterminedOverride = 'yes' | 'no' | null;

/**
 * The outcome: the office's decision when it made one, else the roster's. `reason` is what the
 * composite shows beside 不定等次 (null when the person gets a 等次).
 */
export function effectiveUndetermined(computed: string | null, override: UndeterminedOverride, overrideReason: string): { effective: boolean; reason: string | null } {
  if (override === 'yes') return { effective: true, reason: overrideReason.trim() || '经研究确定为不定等次' };
  if (override === 'no') return { effective: false, reason: null };
  return { effective: computed != null, reason: computed };
}
