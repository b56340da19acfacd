import { z } from 'zod';
import { approvalChoice, postNote, recommendationKind } from './config';

/**
 * The results of one 民主推荐 / 评选表优 / 赞成票 event as the tally gives them (tally.ts says how each
 * figure is computed) and as they are frozen at close. One schema for the contract, the stored JSON
 * and the tally's types.
 */

const choiceCounts = z.object({ yes: z.number().int(), no: z.number().int(), abstain: z.number().int() });

export const postVerdictView = z.object({
  postCode: z.string(),
  void: z.boolean(),
  abstain: z.boolean(),
  votes: z.array(z.number().int()),
  approvals: z.record(z.string(), approvalChoice),
  notes: z.array(postNote),
});

export const sessionCategory = z.object({
  code: z.string(),
  name: z.string(),
  expected: z.number().int(),
  issued: z.number().int(),
  returned: z.number().int(),
  present: z.number().int(),
});
export type SessionCategory = z.infer<typeof sessionCategory>;

export const candidateResult = z.object({
  personId: z.number().int(),
  name: z.string(),
  unitName: z.string(),
  post: z.string(),
  /** 另推荐: not on the printed list */
  writeIn: z.boolean(),
  /** 推荐票: 得票数; 赞成票: 赞成票数 — total and per 评委类别 (config order) */
  votes: z.number().int(),
  votesByCategory: z.array(z.number().int()),
  /** votes / the post's valid ballots; null without valid ballots */
  rateOfValid: z.number().nullable(),
  /** votes / 实到; null when nobody was present */
  rateOfPresent: z.number().nullable(),
  /** weighted rate in [0, 1] when the event uses weights, else null */
  weightedRate: z.number().nullable(),
  /** by votes, ties 1, 1, 3 */
  rank: z.number().int(),
  /** 推荐票: votes > half the post's valid ballots; 赞成票: 赞成 > half of 实到 */
  majority: z.boolean(),
  /** 赞成票 only: counts per choice, total and per category */
  approvals: choiceCounts.nullable(),
  approvalsByCategory: z.array(choiceCounts).nullable(),
});
export type CandidateResult = z.infer<typeof candidateResult>;

export const postResult = z.object({
  code: z.string(),
  name: z.string(),
  seats: z.number().int(),
  /** ballots cast (收回); valid for this post; void for it; naming nobody (弃权) */
  cast: z.number().int(),
  valid: z.number().int(),
  void: z.number().int(),
  abstain: z.number().int(),
  validByCategory: z.array(z.number().int()),
  voidByCategory: z.array(z.number().int()),
  /** how many ballots carry each note for this post */
  notes: z.partialRecord(postNote, z.number().int()),
  /** listed candidates in ballot order, then write-ins (candidatesByVotes sorts for display) */
  candidates: z.array(candidateResult),
});
export type PostResult = z.infer<typeof postResult>;

export const recommendationResults = z.object({
  kind: recommendationKind,
  session: z.object({
    categories: z.array(sessionCategory),
    expected: z.number().int(),
    issued: z.number().int(),
    returned: z.number().int(),
    present: z.number().int(),
    quorumMet: z.boolean(),
    /** 收回 > 发出: the session does not count */
    overIssued: z.boolean(),
  }),
  posts: z.array(postResult),
});
export type RecommendationResults = z.infer<typeof recommendationResults>;
