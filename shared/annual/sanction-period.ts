/**
 * 处分期间 as calendar dates (YYYY-MM-DD strings, no time zones). The period runs from the decision
 * day for `months` months: its last day is the day before the same day-of-month `months` later
 * (2026-03-05 + 12 -> 2027-03-04); when that month has no such day (01-31 + 1), the period ends on
 * the last day of that month, as 《民法典》第二百零三条 counts month periods.
 */

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad2 = (n: number) => String(n).padStart(2, '0');
const format = (year: number, month: number, day: number) => `${year}-${pad2(month)}-${pad2(day)}`;

/** last day of the 处分期间; null when the period has no end (months null, e.g. 开除) */
export function sanctionPeriodEnd(decidedOn: string, months: number | null): string | null {
  if (months === null) return null;
  const [y, m, d] = decidedOn.split('-').map(Number) as [number, number, number];
  const monthIndex = y * 12 + (m - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const last = daysInMonth(year, month);
  if (d > last) return format(year, month, last);
  if (d > 1) return format(year, month, d - 1);
  // the same day is the 1st: the period ends on the last day of the month before
  const prevYear = month === 1 ? year - 1 : year;
  const prevMonth = month === 1 ? 12 : month - 1;
  return format(prevYear, prevMonth, daysInMonth(prevYear, prevMonth));
}

export const yearStart = (year: number): string => `${year}-01-01`;
export const yearEnd = (year: number): string => `${year}-12-31`;

/** decided within the 考核年度 */
export const decidedInYear = (decidedOn: string, year: number): boolean => decidedOn >= yearStart(year) && decidedOn <= yearEnd(year);

/** the 处分期间 overlaps the 考核年度 (a period with no end runs on forever) */
export function periodOverlapsYear(decidedOn: string, months: number | null, year: number): boolean {
  if (decidedOn > yearEnd(year)) return false;
  const end = sanctionPeriodEnd(decidedOn, months);
  return end === null || end >= yearStart(year);
}
