import { addDays } from '../../../shared/weekly';
import { localDay } from '../../context';
import { demoYear } from './annual-step';

/**
 * The days the 能力作风建设 steps of the demo are dated by (DOMAIN §8): the demo's 考核年度 (the one of
 * its 述职测评 and 年度考核), the day of loading, and the last day anything has happened in that year —
 * today, or 31 December when the demo is loaded in January or February and its year is last year.
 * Nothing done is dated after today: the services refuse a completion in the future, and so does
 * the demo.
 */
export interface DemoCalendar {
  readonly year: number;
  readonly today: string;
  readonly lastDay: string;
}

export function demoCalendar(now: Date): DemoCalendar {
  const year = demoYear(now);
  const today = localDay(now);
  const yearEnd = `${year}-12-31`;
  return { year, today, lastDay: today < yearEnd ? today : yearEnd };
}

/** `day` moved into [from, to]. */
export const clampDay = (day: string, from: string, to: string): string => (day < from ? from : day > to ? to : day);

/** `days` before the last day, but not before the year's first working days. */
export const daysBack = (c: DemoCalendar, days: number): string => clampDay(addDays(c.lastDay, -days), `${c.year}-01-05`, c.lastDay);
