import { z } from 'zod';

/** Tallied figures for one 测评对象 within one 评委类别 (or over all of them: `category: null`). */
export const tallyCell = z.object({
  /** 评委类别 code; null = 合计 (all categories) */
  category: z.string().nullable(),
  /** valid ballots of the category (each counts once per 测评对象, abstentions included) */
  valid: z.number().int(),
  /** level code -> votes */
  votes: z.record(z.string(), z.number().int()),
  /**
   * 弃权: valid ballots that cast no level on this line, so that Σ votes + 弃权 = valid. On a ballot
   * with levels and scores a line with scores but no level is 弃权 for the level part (the ballot's
   * key: 0 = 弃权); on a 评分票 (no levels) it is the lines with no score at all.
   */
  abstain: z.number().int(),
  /** shares of valid ballots, 0..1; null when nothing valid */
  excellentRate: z.number().nullable(),
  approvalRate: z.number().nullable(),
  failRate: z.number().nullable(),
  /** Σ votes × points / votes cast (abstentions excluded) */
  levelScore: z.number().nullable(),
  /** indicator code -> mean (plain or trimmed) */
  indicatorMeans: z.record(z.string(), z.number().nullable()),
  /** weighted over indicators */
  indicatorScore: z.number().nullable(),
  /** the score of this cell per the form (level, indicator, or both combined) */
  score: z.number().nullable(),
  /** true when the trimmed mean was applied */
  trimmed: z.boolean(),
});
export type TallyCell = z.infer<typeof tallyCell>;

export const targetResult = z.object({
  targetId: z.number().int(),
  name: z.string(),
  post: z.string(),
  group: z.string(),
  byCategory: z.array(tallyCell),
  total: tallyCell,
  /** Σ category weight × category score, weights re-normalised over categories that voted */
  overall: z.number().nullable(),
  /** overall / max overall in the group × full points, when the event normalises */
  normalized: z.number().nullable(),
  /** rank within the group by (normalized ?? overall); ties share a rank (1, 1, 3) */
  rank: z.number().int().nullable(),
  /** the 建议等次: the score's band as the red lines allow (red-lines.ts); null = none, or the committee decides */
  suggestedLevel: z.string().nullable(),
  redLines: z.object({ lowApproval: z.boolean(), highFail: z.boolean() }),
  /**
   * The score's band alone, and the red lines that decided the suggestion. Results frozen before
   * these existed lack them (see frozen-results.ts); the defaults keep such JSON readable.
   */
  scoreLevel: z.string().nullable().default(null),
  decidedBy: z.array(z.enum(['lowApproval', 'highFail'])).default([]),
});
export type TargetResult = z.infer<typeof targetResult>;

export const sessionFigures = z.object({
  category: z.string().nullable(),
  /** 应到 */
  expected: z.number().int(),
  /** 实到 (entered, else 收回) */
  present: z.number().int(),
  /** 发出 */
  issued: z.number().int(),
  /** 收回 */
  returned: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
});
export type SessionFigures = z.infer<typeof sessionFigures>;

/**
 * The version of the tally's arithmetic that produced a result. 2: 弃权 per level part, suggestions
 * within the red lines. Results frozen by earlier code have none (frozen-results.ts reads them).
 */
export const currentTallyVersion = 2;

/** What frozen-results.ts put right in results frozen by the earlier tally (never stored). */
export const legacyAdjustment = z.enum(['abstain', 'suggestion']);
export type LegacyAdjustment = z.infer<typeof legacyAdjustment>;

export const evaluationResults = z.object({
  tallyVersion: z.number().int().optional(),
  legacyAdjustments: z.array(legacyAdjustment).optional(),
  targets: z.array(targetResult),
  session: z.array(sessionFigures),
  sessionTotal: sessionFigures,
  /** 实到 over the quorum share of 应到 */
  quorumMet: z.boolean(),
  /** 收回 > 发出: the session is void */
  overReturned: z.boolean(),
  /** reason code -> invalid ballots */
  invalidByReason: z.record(z.string(), z.number().int()),
});
export type EvaluationResults = z.infer<typeof evaluationResults>;
