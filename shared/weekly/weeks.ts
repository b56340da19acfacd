/**
 * 周晒 weeks (DOMAIN §8, 周晒成绩): Monday to Sunday, numbered within the year as 第N周. Which year a
 * week that spans New Year belongs to is the year's rule (data, `weekRule`):
 * - 'thursday' (ISO 8601): the week belongs to the year (and month) of its Thursday, so 2026-12-28
 *   to 2027-01-03 is 2026年第53周;
 * - 'sunday': the week holding 1 January is the new year's 第1周 (the year and month of its Sunday),
 *   so the same week is 2027年第1周.
 * Dates are ISO strings (YYYY-MM-DD) computed in UTC, so no time zone moves a day.
 */

export type WeekRule = 'thursday' | 'sunday';

export interface WeekRef {
  readonly year: number;
  readonly week: number;
}

export interface WeekSpan extends WeekRef {
  /** Monday */
  readonly start: string;
  /** Sunday */
  readonly end: string;
  /** the month (1..12 of `year`) the week counts in: the month of its deciding day */
  readonly month: number;
}

const dayMs = 86_400_000;
/** days after Monday of the day that decides the week's year and month */
const anchorOffset: Readonly<Record<WeekRule, number>> = { thursday: 3, sunday: 6 };

const toMs = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const toIso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
/** 0 = Monday … 6 = Sunday */
const weekday = (ms: number): number => (new Date(ms).getUTCDay() + 6) % 7;

export const addDays = (iso: string, days: number): string => toIso(toMs(iso) + days * dayMs);

/** The Monday of week 1 of `year`. */
function firstMonday(year: number, rule: WeekRule): number {
  const jan1 = Date.UTC(year, 0, 1);
  // the first day of the year that is the deciding weekday, then back to its Monday
  const firstAnchor = jan1 + ((anchorOffset[rule] - weekday(jan1) + 7) % 7) * dayMs;
  return firstAnchor - anchorOffset[rule] * dayMs;
}

/** How many weeks `year` has under the rule (52 or 53). */
export function weeksInYear(year: number, rule: WeekRule): number {
  return Math.round((firstMonday(year + 1, rule) - firstMonday(year, rule)) / (7 * dayMs));
}

/** The week a day falls in. */
export function weekOf(date: string, rule: WeekRule): WeekSpan {
  const ms = toMs(date);
  const monday = ms - weekday(ms) * dayMs;
  const year = new Date(monday + anchorOffset[rule] * dayMs).getUTCFullYear();
  return weekSpan(year, Math.round((monday - firstMonday(year, rule)) / (7 * dayMs)) + 1, rule);
}

/** 第N周 of a year with its dates; throws for a week the year does not have. */
export function weekSpan(year: number, week: number, rule: WeekRule): WeekSpan {
  if (!Number.isInteger(week) || week < 1 || week > weeksInYear(year, rule)) throw new RangeError(`${year}年没有第${week}周`);
  const monday = firstMonday(year, rule) + (week - 1) * 7 * dayMs;
  return { year, week, start: toIso(monday), end: toIso(monday + 6 * dayMs), month: new Date(monday + anchorOffset[rule] * dayMs).getUTCMonth() + 1 };
}

/** Every week of a year, or of one month of it (weeks counted in that month). */
export function weeksOf(year: number, rule: WeekRule, month?: number): WeekSpan[] {
  const all = Array.from({ length: weeksInYear(year, rule) }, (_, i) => weekSpan(year, i + 1, rule));
  return month == null ? all : all.filter((w) => w.month === month);
}

const shortDay = (iso: string): string => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

/** 「第53周（12月28日—1月3日）」 */
export const weekLabel = (w: WeekSpan): string => `第${w.week}周（${shortDay(w.start)}—${shortDay(w.end)}）`;

/** 「2026年第53周（2026年12月28日—2027年1月3日）」, the board's subtitle */
export function weekTitle(w: WeekSpan): string {
  const long = (iso: string) => `${Number(iso.slice(0, 4))}年${shortDay(iso)}`;
  return `${w.year}年第${w.week}周（${long(w.start)}—${long(w.end)}）`;
}
