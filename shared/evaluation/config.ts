import { z } from 'zod';

/**
 * The rules of one 测评活动, as data (DOMAIN.md §2). A preset fills them in; the office edits them
 * until live ballots exist, then they are locked.
 */

/** One level of a 等次票 (优秀/称职/…, 满意/基本满意/…). */
export const ballotLevel = z.object({
  /** stable code within the event, e.g. 'excellent', 'L2' */
  code: z.string().min(1).max(20),
  /** 优秀 */
  name: z.string().min(1).max(10),
  /** points for the level score, e.g. 100/80/60/40 (or factors 100/90/70/50 for 得分) */
  points: z.number().min(0).max(1000),
  /** the digit a clerk types for it in 纸质票录入 (1 优秀, 2 称职, …); '0' is 弃权 */
  key: z.string().regex(/^[1-9]$/, '录入键应为 1-9 的数字'),
  /** counts toward 优秀率 and the 优秀 limit per ballot */
  excellent: z.boolean(),
  /** counts toward 称职及以上率 / 满意度 (excellent levels should be marked too) */
  approval: z.boolean(),
  /** counts toward 不称职率 */
  fail: z.boolean(),
});
export type BallotLevel = z.infer<typeof ballotLevel>;

/** One scored indicator of a 评分票 (德/能/勤/绩/廉, or an item with its own maximum). */
export const ballotIndicator = z.object({
  code: z.string().min(1).max(20),
  name: z.string().min(1).max(20),
  /** weight in percent of the indicator score; weights need not sum to 100 (they are normalised) */
  weight: z.number().min(0).max(100),
  /** each mark is 0..max */
  max: z.number().positive().max(1000),
});
export type BallotIndicator = z.infer<typeof ballotIndicator>;

/** 评委类别, e.g. A 领导班子成员 with its weight, 应到人数 and 发出票数. */
export const raterCategory = z.object({
  code: z.string().min(1).max(10),
  name: z.string().min(1).max(30),
  /** weight in percent of the overall score; re-normalised over the categories that voted */
  weight: z.number().min(0).max(100),
  /** 应到人数 */
  expected: z.number().int().min(0),
  /** 发出票数 */
  issued: z.number().int().min(0),
});
export type RaterCategory = z.infer<typeof raterCategory>;

export const excellentLimit = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  /** 「优秀等次不超过 N 人」 */
  z.object({ kind: z.literal('count'), value: z.number().int().min(0) }),
  /** at most N% of the 测评对象 (rounded down) */
  z.object({ kind: z.literal('percent'), value: z.number().min(0).max(100) }),
]);
export type ExcellentLimit = z.infer<typeof excellentLimit>;

/**
 * What crossing a red line does to the 建议等次 (DOMAIN.md §2, 「看票不唯票」 but within the rules):
 * - set: the suggestion is this level (「不称职票超过三分之一的，确定为不称职」);
 * - atMost: the suggestion is the score's level, but no higher than this one;
 * - committee: no level is suggested, the 考核委员会 decides.
 * Levels are names of the score bands.
 */
export const redLineEffect = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('set'), level: z.string().min(1).max(10) }),
  z.object({ kind: z.literal('atMost'), level: z.string().min(1).max(10) }),
  z.object({ kind: z.literal('committee') }),
]);
export type RedLineEffect = z.infer<typeof redLineEffect>;

export const evaluationConfig = z.object({
  /** 等次票, 评分票, or both on one ballot */
  form: z.enum(['level', 'score', 'both']),
  levels: z.array(ballotLevel),
  indicators: z.array(ballotIndicator),
  categories: z.array(raterCategory).min(1, '至少需要一个评委类别'),
  /** whether a rater may rate themself (printed in the rules; a rater may abstain on their own line) */
  selfRating: z.boolean(),
  /** per category: with more than `minRaters - 1` raters, drop the highest and lowest `drop` scores */
  trimmedMean: z.object({ enabled: z.boolean(), minRaters: z.number().int().min(3), drop: z.number().int().min(1) }),
  /** for form 'both': how the level score and the indicator score combine (percent) */
  formWeights: z.object({ level: z.number().min(0).max(100), score: z.number().min(0).max(100) }),
  rules: z.object({
    excellentLimit,
    /** every score on the ballot identical -> 无效票 (评分雷同) */
    identicalScoresInvalid: z.boolean(),
    /** every score at its maximum -> 无效票 (全部满分) */
    allFullMarksInvalid: z.boolean(),
  }),
  /** 实到 must exceed (or reach) this share of 应到 for the result to count */
  quorum: z.object({ numerator: z.number().int().min(1), denominator: z.number().int().min(1), inclusive: z.boolean() }),
  /** score / max score in the group × fullPoints */
  normalize: z.object({ enabled: z.boolean(), fullPoints: z.number().positive() }),
  /**
   * Flagged on the result: approval rate below, fail rate above. Each line also says what it does to
   * the 建议等次 (printed on the ballot's 填票说明, see red-lines.ts). Events created before the effects
   * existed get 'committee': their ballots promised no automatic level, so none is suggested.
   */
  redLines: z.object({
    minApprovalRate: z.number().min(0).max(1),
    maxFailRate: z.number().min(0).max(1),
    lowApprovalEffect: redLineEffect.default({ kind: 'committee' }),
    highFailEffect: redLineEffect.default({ kind: 'committee' }),
  }),
  /** score bands -> suggested level name, highest first: e.g. ≥90 优秀, ≥70 称职, ≥60 基本称职, else 不称职 */
  bands: z.array(z.object({ min: z.number(), name: z.string() })),
  /** labels of the rates as this form calls them */
  rateLabels: z.object({ excellent: z.string(), approval: z.string(), fail: z.string() }),
});
export type EvaluationConfig = z.infer<typeof evaluationConfig>;

/** One line of a ballot: the mark for one 测评对象. `level: null` and no scores = 弃权. */
export const ballotLine = z.object({
  targetId: z.number().int(),
  level: z.string().nullable(),
  /** indicator code -> score; missing or null = not scored */
  scores: z.record(z.string(), z.number().nullable()),
});
export type BallotLine = z.infer<typeof ballotLine>;

export const ballotMarks = z.object({
  /** 评委类别 code ticked on the ballot */
  category: z.string(),
  lines: z.array(ballotLine),
});
export type BallotMarks = z.infer<typeof ballotMarks>;

/** Why a ballot is 无效票; labels are data too (ballot-validation.ts). */
export const invalidReason = z.enum(['EXCESS_EXCELLENT', 'IDENTICAL_SCORES', 'ALL_FULL_MARKS', 'SCORE_OUT_OF_RANGE', 'TICKET_NOT_ISSUED']);
export type InvalidReason = z.infer<typeof invalidReason>;
export const invalidReasonLabels: Readonly<Record<InvalidReason, string>> = {
  EXCESS_EXCELLENT: '优秀超额',
  IDENTICAL_SCORES: '评分雷同',
  ALL_FULL_MARKS: '全部满分',
  SCORE_OUT_OF_RANGE: '分值越界',
  TICKET_NOT_ISSUED: '未发出票号',
};
