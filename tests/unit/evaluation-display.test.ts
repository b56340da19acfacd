import { describe, expect, test } from 'vitest';
import { compositeOfRoundedParts, formatRate, formatScore, round2, roundingRule } from '../../shared/numbers/rounding';

describe('display rounding (2 decimals, half away from zero)', () => {
  test('halves stored just below by float noise still round up', () => {
    expect(round2(1.005)).toBe(1.01);
    expect(round2(2.675)).toBe(2.68);
    expect(round2(0.125)).toBe(0.13);
    expect(round2(-1.005)).toBe(-1.01);
    expect(round2(83.25)).toBe(83.25);
    expect(round2(73.7575757)).toBe(73.76);
    expect(round2(1.0049)).toBe(1);
  });

  test('scores and rates as shown on screen and in the export', () => {
    expect(formatScore(85)).toBe('85.00');
    expect(formatScore(280 / 3)).toBe('93.33');
    expect(formatScore(null)).toBe('');
    expect(formatRate(80 / 165)).toBe('48.48%');
    expect(formatRate(2 / 3)).toBe('66.67%');
    expect(formatRate(0)).toBe('0.00%');
    expect(formatRate(null)).toBe('');
    expect(roundingRule).toContain('两位小数');
  });

  test('a composite of rounded parts sums the shown parts', () => {
    // unrounded 1.004 + 1.004 = 2.008 -> 2.01, but the shown parts 1.00 + 1.00 add up to 2.00
    expect(compositeOfRoundedParts([
      { score: 1.004, groupMax: 100, weight: 100 },
      { score: 1.004, groupMax: 100, weight: 100 },
    ])).toEqual({ parts: [1, 1], total: 2 });
  });
});
