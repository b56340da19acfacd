import { addDays, isCalendarDay } from '../stars';

/**
 * 公示期 in working days (DOMAIN §9.1). The office's calendar is data (per 公示): `holidays` are
 * weekdays off (法定节假日), `workdays` are weekend days worked (调休上班). A day is a working day
 * when it is a listed workday, or a Monday–Friday not listed as a holiday.
 *
 * The period counts the day the notice is posted when that is a working day (「公示期为5个工作日，
 * 自1月4日至1月8日」), else it starts at the next working day; the end is its N-th working day, and
 * objections are taken to the end of that day.
 */
export interface WorkCalendar {
  readonly holidays: readonly string[];
  readonly workdays: readonly string[];
}

export const emptyCalendar: WorkCalendar = { holidays: [], workdays: [] };

/** 0 = Sunday … 6 = Saturday, of a YYYY-MM-DD read as a plain calendar day. */
const weekday = (day: string): number => new Date(`${day}T00:00:00Z`).getUTCDay();

export function isWorkingDay(day: string, calendar: WorkCalendar = emptyCalendar): boolean {
  if (calendar.workdays.includes(day)) return true;
  if (calendar.holidays.includes(day)) return false;
  const d = weekday(day);
  return d !== 0 && d !== 6;
}

/** The first working day on or after `day`. */
export function firstWorkingDay(day: string, calendar: WorkCalendar = emptyCalendar): string {
  let d = day;
  while (!isWorkingDay(d, calendar)) d = addDays(d, 1);
  return d;
}

/** The last day of a 公示 of `days` working days posted on `start`. */
export function publicityEndDay(start: string, days: number, calendar: WorkCalendar = emptyCalendar): string {
  if (!isCalendarDay(start)) throw new RangeError(`not a calendar day: ${start}`);
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`working days must be a positive integer: ${days}`);
  let d = firstWorkingDay(start, calendar);
  for (let counted = 1; counted < days; counted++) d = firstWorkingDay(addDays(d, 1), calendar);
  return d;
}

/** Whether a 公示 ending on `end` is still running on `today` (the last day counts in full). */
export const publicityRunning = (end: string, today: string): boolean => today <= end;
