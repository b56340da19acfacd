import { z } from 'zod';
import { quarterName } from '../annual';

/**
 * The 评议周期 of a 科室评议 (DOMAIN.md §8.4): the month ('2026-05') or quarter ('2026-Q2') whose work
 * the units are rated on. Only a 科室评议 has one; every other 述职测评 event has none (null).
 */
export const reviewPeriod = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, '评议周期应为某年某月或某年某季度，例如 2026-05 或 2026-Q2');
export type ReviewPeriod = z.infer<typeof reviewPeriod>;

export const reviewPeriodYear = (period: string): number => Number(period.slice(0, 4));

/** The months (1..12) a period covers: one for a monthly 评议, three for a quarterly one. */
export function reviewPeriodMonths(period: string): number[] {
  const tail = period.slice(5);
  if (tail.startsWith('Q')) {
    const q = Number(tail.slice(1));
    return [q * 3 - 2, q * 3 - 1, q * 3];
  }
  return [Number(tail)];
}

export const reviewPeriodCovers = (period: string, month: number): boolean => reviewPeriodMonths(period).includes(month);

export const isQuarterPeriod = (period: string): boolean => period.slice(5).startsWith('Q');

/** As the office writes it: 2026年5月, 2026年第二季度. */
export function reviewPeriodLabel(period: string): string {
  const year = reviewPeriodYear(period);
  const tail = period.slice(5);
  return tail.startsWith('Q') ? `${year}年${quarterName(Number(tail.slice(1)))}` : `${year}年${Number(tail)}月`;
}

/** The period of a date: its month, or its quarter. */
export function reviewPeriodOf(date: string, kind: 'month' | 'quarter'): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  return kind === 'month' ? `${year}-${String(month).padStart(2, '0')}` : `${year}-Q${Math.ceil(month / 3)}`;
}
