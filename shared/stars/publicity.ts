/** `day` (YYYY-MM-DD) moved by `days` calendar days. */
export function addDays(day: string, days: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${day}`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * 公示期 end date. Rule (as the Civil Code, arts. 201 and 203, counts periods in days): the day the
 * notice is posted is not counted; the N days run from the next day, and the last day runs to its
 * end. E.g. posted 2026-03-28 for 5 days -> the 公示 runs to the end of 2026-04-02 (objections are
 * taken that day too). Weekends and holidays are not skipped (calendar days).
 */
export const publicityEnd = (start: string, days: number): string => addDays(start, days);

/** The first day 授星 may be recorded: the day after the 公示's last day (the 公示 has then ended). */
export const awardFrom = (end: string): string => addDays(end, 1);

/** Whether the 公示 ending on `end` is over on `day` (so 授星 may be recorded that day). */
export const publicityOver = (end: string, day: string): boolean => day > end;

/** A real calendar day in YYYY-MM-DD (rejects 2026-02-30). */
export function isCalendarDay(day: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === day;
}
