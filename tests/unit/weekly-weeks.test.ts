import { describe, expect, it } from 'vitest';
import { figureText, parseFigure, weekLabel, weekOf, weekSpan, weeksInYear, weeksOf, weekTitle } from '../../shared/weekly';

describe('周晒 weeks (DOMAIN §8): Monday–Sunday, 第N周 within the year', () => {
  it('2026-12-28..2027-01-03 is 2026年第53周 by Thursday (ISO) and 2027年第1周 when the week of 1 January starts the year', () => {
    for (const day of ['2026-12-28', '2026-12-31', '2027-01-03']) {
      expect(weekOf(day, 'thursday')).toEqual({ year: 2026, week: 53, start: '2026-12-28', end: '2027-01-03', month: 12 });
      expect(weekOf(day, 'sunday')).toEqual({ year: 2027, week: 1, start: '2026-12-28', end: '2027-01-03', month: 1 });
    }
    expect(weekOf('2027-01-04', 'thursday')).toMatchObject({ year: 2027, week: 1, start: '2027-01-04' });
    expect(weekOf('2027-01-04', 'sunday')).toMatchObject({ year: 2027, week: 2 });
    expect(weeksInYear(2026, 'thursday')).toBe(53);
    expect(weeksInYear(2026, 'sunday')).toBe(52);
    expect(weekSpan(2026, 52, 'sunday')).toMatchObject({ start: '2026-12-21', end: '2026-12-27' });
    expect(weekLabel(weekSpan(2026, 53, 'thursday'))).toBe('第53周（12月28日—1月3日）');
    expect(weekTitle(weekSpan(2026, 53, 'thursday'))).toBe('2026年第53周（2026年12月28日—2027年1月3日）');
  });

  it('week 1 of 2026 starts on 2025-12-29 by Thursday, on 2025-12-29 too when 1 January (a Thursday) starts it; 2021 differs', () => {
    expect(weekSpan(2026, 1, 'thursday')).toMatchObject({ start: '2025-12-29', end: '2026-01-04', month: 1 });
    expect(weekSpan(2026, 1, 'sunday')).toMatchObject({ start: '2025-12-29' });
    // 2021-01-01 is a Friday: ISO week 1 starts 2021-01-04; the week of 1 January (2020-12-28) is 2021's week 1 by Sunday
    expect(weekOf('2021-01-01', 'thursday')).toMatchObject({ year: 2020, week: 53 });
    expect(weekOf('2021-01-01', 'sunday')).toMatchObject({ year: 2021, week: 1, start: '2020-12-28' });
    for (const rule of ['thursday', 'sunday'] as const) {
      for (const year of [2020, 2021, 2026, 2027, 2032]) {
        const weeks = weeksOf(year, rule);
        // consecutive, no gap or overlap with the next year's week 1
        for (const w of weeks) expect(weekOf(w.end, rule)).toEqual(w);
        expect(weekSpan(year + 1, 1, rule).start > weeks[weeks.length - 1]!.end).toBe(true);
        // every week counts in exactly one month of its year
        expect(Array.from({ length: 12 }, (_, m) => weeksOf(year, rule, m + 1).length).reduce((a, b) => a + b)).toBe(weeks.length);
      }
    }
    expect(() => weekSpan(2026, 53, 'sunday')).toThrow(/2026年没有第53周/);
  });
});

describe('周晒 figure: a number with its unit word', () => {
  it('reads 「完成率 95%」, 「检查12处」, full-width digits, and refuses words without a number', () => {
    expect(parseFigure('完成率 95%')).toEqual({ label: '完成率', value: 95, unit: '%' });
    expect(parseFigure('检查12处')).toEqual({ label: '检查', value: 12, unit: '处' });
    expect(parseFigure('３．５万元')).toEqual({ label: '', value: 3.5, unit: '万元' });
    expect(parseFigure('120')).toEqual({ label: '', value: 120, unit: '' });
    expect(parseFigure('  ')).toBeNull();
    expect(parseFigure('很好')).toEqual({ error: expect.stringContaining('“很好”不是数字') });
    expect(parseFigure('3处5个')).toEqual({ error: expect.stringContaining('只能有一个数字') });
    expect(figureText({ label: '完成率', value: 95, unit: '%' })).toBe('完成率 95%');
    expect(figureText({ label: '', value: 3.5, unit: '万元' })).toBe('3.5万元');
  });
});
