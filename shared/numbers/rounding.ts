/**
 * Display rounding (DOMAIN.md §6): full precision inside, 2 decimals for scores and percentages on screen
 * and in exports. Half rounds away from zero, and a value that is a half up to float noise (1.005 stored
 * as 1.00499999…) counts as a half, as a person checking by hand would expect.
 */
export const roundingRule = '分数和百分比均保留两位小数（四舍五入），计算过程使用未舍入的数值';

export function round2(value: number): number {
  if (!Number.isFinite(value)) return value;
  const sign = value < 0 ? -1 : 1;
  const scaled = Math.abs(value) * 100;
  const floor = Math.floor(scaled);
  const frac = scaled - floor;
  const up = frac > 0.5 - 1e-9 * Math.max(1, scaled);
  return (sign * (up ? floor + 1 : floor)) / 100;
}

/** 85 -> '85.00'; null -> '' */
export function formatScore(value: number | null): string {
  return value === null ? '' : round2(value).toFixed(2);
}

/** 0.7376 -> '73.76%'; null -> '' */
export function formatRate(value: number | null): string {
  return value === null ? '' : `${round2(value * 100).toFixed(2)}%`;
}

/**
 * A composite where each part is shown rounded and the total is the sum of the shown parts
 * (DOMAIN.md §6 normalised composite: 92/95 × 40 + 88/90 × 30 -> 38.74 + 29.33 = 68.07).
 */
export function compositeOfRoundedParts(parts: readonly { score: number; groupMax: number; weight: number }[]): { parts: number[]; total: number } {
  const rounded = parts.map((p) => round2((p.score / p.groupMax) * p.weight));
  return { parts: rounded, total: round2(rounded.reduce((a, b) => a + b, 0)) };
}
