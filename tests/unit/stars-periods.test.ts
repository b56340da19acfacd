import { describe, expect, it } from 'vitest';
import { isValidPeriod, periodCount, periodLabel, periodsFor } from '../../shared/stars/periods';
import { awardFrom, isCalendarDay, publicityEnd, publicityOver } from '../../shared/stars/publicity';

describe('review periods', () => {
  it('has 12 months, 4 quarters, 2 halves or 1 year, with the labels forms print', () => {
    expect([periodCount('monthly'), periodCount('quarterly'), periodCount('half-yearly'), periodCount('yearly')]).toEqual([12, 4, 2, 1]);
    expect(periodsFor('quarterly', 2026).map((p) => p.label)).toEqual(['第一季度', '第二季度', '第三季度', '第四季度']);
    expect(periodsFor('half-yearly', 2026).map((p) => p.label)).toEqual(['上半年', '下半年']);
    expect(periodLabel('monthly', 12)).toBe('12月');
    expect(periodLabel('yearly', 1)).toBe('全年');
  });

  it('gives each period its first and last day, February by the year', () => {
    expect(periodsFor('quarterly', 2026).map((p) => [p.start, p.end])).toEqual([
      ['2026-01-01', '2026-03-31'], ['2026-04-01', '2026-06-30'], ['2026-07-01', '2026-09-30'], ['2026-10-01', '2026-12-31'],
    ]);
    expect(periodsFor('monthly', 2028)[1]).toMatchObject({ start: '2028-02-01', end: '2028-02-29' });
    expect(periodsFor('monthly', 2026)[1]).toMatchObject({ start: '2026-02-01', end: '2026-02-28' });
    expect(periodsFor('half-yearly', 2026)[1]).toMatchObject({ start: '2026-07-01', end: '2026-12-31' });
    expect(periodsFor('yearly', 2026)).toEqual([{ no: 1, label: '全年', start: '2026-01-01', end: '2026-12-31' }]);
  });

  it('accepts only the periods of the cycle', () => {
    expect(isValidPeriod('quarterly', 4)).toBe(true);
    expect(isValidPeriod('quarterly', 5)).toBe(false);
    expect(isValidPeriod('quarterly', 0)).toBe(false);
    expect(isValidPeriod('monthly', 12)).toBe(true);
    expect(isValidPeriod('yearly', 2)).toBe(false);
  });
});

describe('公示 end date = start + N calendar days (the start day is not counted)', () => {
  it('within a month', () => {
    expect(publicityEnd('2026-03-02', 5)).toBe('2026-03-07');
  });

  it('across month ends of 30 and 31 days', () => {
    expect(publicityEnd('2026-03-28', 5)).toBe('2026-04-02');
    expect(publicityEnd('2026-04-28', 5)).toBe('2026-05-03');
    expect(publicityEnd('2026-06-30', 1)).toBe('2026-07-01');
  });

  it('across February, in common and leap years', () => {
    expect(publicityEnd('2026-02-25', 5)).toBe('2026-03-02');
    expect(publicityEnd('2028-02-25', 5)).toBe('2028-03-01');
    expect(publicityEnd('2028-02-28', 1)).toBe('2028-02-29');
    expect(publicityEnd('2100-02-28', 1)).toBe('2100-03-01'); // 2100 is not a leap year
    expect(publicityEnd('2000-02-28', 1)).toBe('2000-02-29'); // 2000 is
  });

  it('across the year end', () => {
    expect(publicityEnd('2026-12-27', 5)).toBe('2027-01-01');
    expect(publicityEnd('2026-12-31', 7)).toBe('2027-01-07');
  });

  it('does not skip weekends or holidays (calendar days)', () => {
    // 2026-09-30 is a Wednesday; 国庆 does not stop the count
    expect(publicityEnd('2026-09-30', 7)).toBe('2026-10-07');
  });

  it('lets 授星 be recorded only once the 公示 has ended: from the day after its last day', () => {
    expect(publicityOver('2026-04-02', '2026-03-28')).toBe(false);
    expect(publicityOver('2026-04-02', '2026-04-01')).toBe(false);
    // the last day of the 公示 still takes objections
    expect(publicityOver('2026-04-02', '2026-04-02')).toBe(false);
    expect(publicityOver('2026-04-02', '2026-04-03')).toBe(true);
    expect(publicityOver('2026-04-02', '2026-05-01')).toBe(true);
    expect(awardFrom('2026-04-02')).toBe('2026-04-03');
    expect(awardFrom('2026-12-31')).toBe('2027-01-01');
  });

  it('refuses what is not a day', () => {
    expect(() => publicityEnd('2026/03/28', 5)).toThrow();
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-13-01')).toBe(false);
  });
});
