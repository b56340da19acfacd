/**
 * 公示期 end date. Rule (as the Civil Code, art. 201, counts periods in days): the day the notice is
 * posted is not counted; the N days run from the next day, so the 公示 ends on start + N calendar
 * days. E.g. posted 2026-03-28 for 5 days -> ends 2026-04-02; 授星 may be recorded from that day on.
 * Weekends and holidays are not skipped (calendar days).
 */
export function publicityEnd(start: string, days: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(start);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${start}`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whether `day` falls on or after the end of the 公示 (so 授星 may be recorded). */
export const publicityOver = (end: string, day: string): boolean => day >= end;

/** A real calendar day in YYYY-MM-DD (rejects 2026-02-30). */
export function isCalendarDay(day: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === day;
}
