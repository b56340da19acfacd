import { rankWithTies, round2 } from '../numbers';
import { rankPartLabels, rankParts, type RankPart, type RankWeights } from './settings';

/**
 * The 排名分 of the 月度通报 (DOMAIN §8.5): each part on 0..100 (按时完成率 and 周晒参与率 as percents,
 * 评议得分 as is), weighted by the year's weights. A part a unit has no figure for (no node fell due,
 * no week expected, no closed 科室评议 covering the month) is left out and the remaining weights are
 * scaled up to 100 %, and the row says so. A unit with none of the parts gets no 排名分 and no rank.
 * The 排名分 is rounded to 2 decimals before ranking, so units showing the same 排名分 share a rank
 * (「1, 1, 3」).
 */
export type RankValues = Readonly<Record<RankPart, number | null>>;

export interface Composite {
  /** 0..100, 2 decimals; null when no part had a figure */
  readonly score: number | null;
  /** the weights used, scaled to 100 (0 for the parts left out) */
  readonly used: Readonly<Record<RankPart, number>>;
  /** the parts with a weight that were left out for want of a figure */
  readonly missing: readonly RankPart[];
}

export function compositeScore(values: RankValues, weights: RankWeights): Composite {
  const weighted = rankParts.filter((p) => weights[p] > 0);
  const present = weighted.filter((p) => values[p] !== null);
  const missing = weighted.filter((p) => values[p] === null);
  const total = present.reduce((s, p) => s + weights[p], 0);
  const used = Object.fromEntries(rankParts.map((p) => [p, present.includes(p) && total > 0 ? (weights[p] * 100) / total : 0])) as Record<RankPart, number>;
  if (total === 0) return { score: null, used, missing };
  const score = present.reduce((s, p) => s + (values[p]! * weights[p]) / total, 0);
  return { score: round2(score), used, missing };
}

/** 「无评议得分，按任务按时完成率57.1%、周晒参与率42.9%折算」; '' when nothing was left out */
export function reweightNote(c: Composite): string {
  if (c.missing.length === 0) return '';
  const missing = c.missing.map((p) => rankPartLabels[p]).join('、');
  if (c.score === null) return `无${missing}，不排名`;
  const kept = rankParts.filter((p) => c.used[p] > 0).map((p) => `${rankPartLabels[p]}${percent1(c.used[p])}%`).join('、');
  return `无${missing}，按${kept}折算`;
}

const percent1 = (n: number): string => String(Math.round(n * 10) / 10);

/** Ranks of the scores, ties sharing a rank; null scores get none. */
export const rankScores = (scores: readonly (number | null)[]): (number | null)[] => rankWithTies(scores);
