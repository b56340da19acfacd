import { describe, expect, it } from 'vitest';
import { reviewPeriod, reviewPeriodCovers, reviewPeriodLabel, reviewPeriodMonths, reviewPeriodOf } from '../../shared/evaluation';

describe('评议周期 (DOMAIN.md §8.4)', () => {
  it('is a month or a quarter of a year, named as the office writes it', () => {
    for (const good of ['2026-01', '2026-12', '2026-Q1', '2026-Q4']) expect(reviewPeriod.safeParse(good).success).toBe(true);
    for (const bad of ['2026-13', '2026-00', '2026-5', '2026-Q0', '2026-Q5', '2026-05-01']) expect(reviewPeriod.safeParse(bad).success).toBe(false);
    expect(reviewPeriodLabel('2026-05')).toBe('2026年5月');
    expect(reviewPeriodLabel('2026-Q3')).toBe('2026年第三季度');
  });

  it('covers its month, or the three months of its quarter', () => {
    expect(reviewPeriodMonths('2026-05')).toEqual([5]);
    expect(reviewPeriodMonths('2026-Q4')).toEqual([10, 11, 12]);
    expect(reviewPeriodCovers('2026-Q2', 6)).toBe(true);
    expect(reviewPeriodCovers('2026-Q2', 7)).toBe(false);
    expect(reviewPeriodOf('2026-06-30', 'quarter')).toBe('2026-Q2');
    expect(reviewPeriodOf('2026-07-01', 'quarter')).toBe('2026-Q3');
    expect(reviewPeriodOf('2026-07-01', 'month')).toBe('2026-07');
  });
});
