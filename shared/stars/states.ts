import { z } from 'zod';

/**
 * What a board cell shows for one target × star in one period:
 * none 未申报 · claimed 已申报 (awaiting 支部评定) · approved 评定通过 (in 公示, not yet 授星) ·
 * refused 未通过 · held 已授星 · removed 已摘星.
 */
export const starCellStates = ['none', 'claimed', 'approved', 'refused', 'held', 'removed'] as const;
export const starCellState = z.enum(starCellStates);
export type StarCellState = z.infer<typeof starCellState>;
export const starCellStateLabels: Record<StarCellState, string> = {
  none: '未申报',
  claimed: '已申报',
  approved: '评定通过',
  refused: '未通过',
  held: '已授星',
  removed: '已摘星',
};

/** The facts stored for one target × star in one period. */
export interface StarFacts {
  readonly claimed: boolean;
  readonly decision: 'award' | 'refuse' | null;
  readonly awardedOn: string | null;
  readonly removedOn: string | null;
}

export function starCellStateOf(facts: StarFacts): StarCellState {
  if (facts.removedOn) return 'removed';
  if (facts.awardedOn) return 'held';
  if (facts.decision === 'refuse') return 'refused';
  if (facts.decision === 'award') return 'approved';
  return facts.claimed ? 'claimed' : 'none';
}

/** 三评一公示 steps, in order. */
export const reviewSteps = ['self', 'vote', 'decision', 'publicity', 'award'] as const;
export const reviewStep = z.enum(reviewSteps);
export type ReviewStep = z.infer<typeof reviewStep>;
export const reviewStepLabels: Record<ReviewStep, string> = {
  self: '自评',
  vote: '民主测评',
  decision: '支部评定',
  publicity: '公示',
  award: '授星',
};

/** 公示异议 outcome */
export const objectionResults = ['pending', 'upheld', 'dismissed'] as const;
export const objectionResult = z.enum(objectionResults);
export type ObjectionResult = z.infer<typeof objectionResult>;
export const objectionResultLabels: Record<ObjectionResult, string> = { pending: '待处理', upheld: '异议成立', dismissed: '异议不成立' };

/** The one-letter form of a state the database keeps per review (star_reviews.states_json). */
export const stateOfLetter: Readonly<Record<string, StarCellState>> = { c: 'claimed', a: 'approved', r: 'refused', h: 'held', x: 'removed', n: 'none' };
