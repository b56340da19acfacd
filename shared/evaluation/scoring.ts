import type { BallotIndicator, BallotLevel, EvaluationConfig } from './config';

/**
 * The formulas of the tally (DOMAIN.md §2), one small function each, full precision.
 * Rounding is for display only (display.ts).
 */

/** Float noise guard for "≥ band minimum" and rate comparisons: 89.99999999999 is 90. */
export const scoreTolerance = 1e-9;

/** The scale every form score is on: level points and indicator scores are both read against 100. */
export const scoreScale = 100;

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/**
 * Mean, trimmed when enabled and there are at least `minRaters` values: the `drop` highest and the
 * `drop` lowest are left out (never so many that nothing is left).
 */
export function trimmedMean(values: readonly number[], rule: EvaluationConfig['trimmedMean']): { mean: number | null; trimmed: boolean } {
  if (rule.enabled && values.length >= rule.minRaters && values.length > 2 * rule.drop) {
    // a typed array sorts numerically without a comparator, several times faster on the tally's hot path
    const sorted = Float64Array.from(values).sort();
    let sum = 0;
    for (let i = rule.drop; i < sorted.length - rule.drop; i++) sum += sorted[i]!;
    return { mean: sum / (sorted.length - 2 * rule.drop), trimmed: true };
  }
  return { mean: mean(values), trimmed: false };
}

/** Σ votes × points / votes cast (abstentions are not votes); null when nobody voted. */
export function levelScore(votes: Readonly<Record<string, number>>, levels: readonly BallotLevel[]): number | null {
  let cast = 0;
  let points = 0;
  for (const level of levels) {
    const n = votes[level.code] ?? 0;
    cast += n;
    points += n * level.points;
  }
  return cast === 0 ? null : points / cast;
}

/**
 * Σ weight × (mean / max × 100) / Σ weight, over the indicators that have a mean. With every max at 100
 * this is the plain weighted mean (德能勤绩廉 90/85/95/90/100 at 15/10/30/30/15 -> 92.50); with items that
 * carry their own maximum and weight = max (德 15, 能 10, …) it is the sum of the item means.
 */
export function indicatorScore(means: Readonly<Record<string, number | null>>, indicators: readonly BallotIndicator[]): number | null {
  const parts = indicators.map((ind) => {
    const m = means[ind.code];
    return { weight: ind.weight, score: m === null || m === undefined ? null : (m / ind.max) * scoreScale };
  });
  return weightedMean(parts);
}

/**
 * Σ weight × score / Σ weight over the parts that have a score and a positive weight — the weights
 * re-normalise over what is there, so a missing part never pulls the result down. When every weight
 * is 0 (none entered), the parts count equally.
 */
export function weightedMean(parts: readonly { weight: number; score: number | null }[]): number | null {
  const allZero = parts.every((p) => p.weight <= 0);
  let weights = 0;
  let sum = 0;
  for (const p of parts) {
    if (p.score === null) continue;
    const w = allZero ? 1 : p.weight;
    if (w <= 0) continue;
    weights += w;
    sum += w * p.score;
  }
  return weights === 0 ? null : sum / weights;
}

/** The score of one cell per the ballot form; for 'both' the two parts by formWeights, re-normalised if one is missing. */
export function formScore(config: Pick<EvaluationConfig, 'form' | 'formWeights'>, level: number | null, indicator: number | null): number | null {
  if (config.form === 'level') return level;
  if (config.form === 'score') return indicator;
  return weightedMean([
    { weight: config.formWeights.level, score: level },
    { weight: config.formWeights.score, score: indicator },
  ]);
}

/** overall = Σ category weight × category score / Σ weights of the categories that have a score. */
export function weightedOverall(parts: readonly { weight: number; score: number | null }[]): number | null {
  return weightedMean(parts);
}

/** score / max score in the group × full points; null when there is no positive maximum. */
export function normalizeScore(score: number | null, groupMax: number | null, fullPoints: number): number | null {
  if (score === null || groupMax === null || groupMax <= 0) return null;
  return (score / groupMax) * fullPoints;
}

/** The first band (highest first) whose minimum the score reaches; null without a score or a band. */
export function bandFor(score: number | null, bands: EvaluationConfig['bands']): string | null {
  if (score === null) return null;
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  for (const band of sorted) if (score + scoreTolerance >= band.min) return band.name;
  return null;
}

/** 实到 against 应到 by the quorum fraction; with no 应到 entered there is nothing to fail. */
export function quorumMet(present: number, expected: number, quorum: EvaluationConfig['quorum']): boolean {
  if (expected <= 0) return true;
  const lhs = present * quorum.denominator;
  const rhs = expected * quorum.numerator;
  return quorum.inclusive ? lhs >= rhs : lhs > rhs;
}
