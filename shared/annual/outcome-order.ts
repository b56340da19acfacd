import type { OutcomeCode } from './rules';

/**
 * How restrictive an outcome is as a ceiling: 优秀 allows everything, 不定等次 allows no 等次 at
 * all (so it beats every level). Gates combine by taking the most restrictive one.
 */
const strictness: Record<OutcomeCode, number> = { excellent: 0, competent: 1, basic: 2, fail: 3, undetermined: 4 };

export const outcomeStrictness = (outcome: OutcomeCode): number => strictness[outcome];

/** the more restrictive of two ceilings */
export const stricterOutcome = (a: OutcomeCode, b: OutcomeCode): OutcomeCode => (strictness[a] >= strictness[b] ? a : b);

/** does a ceiling allow this outcome (an outcome at or below it) */
export const outcomeAllows = (cap: OutcomeCode, outcome: OutcomeCode): boolean => strictness[outcome] >= strictness[cap];
