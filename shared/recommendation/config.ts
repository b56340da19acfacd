import { z } from 'zod';
import { raterCategory } from '../evaluation';

/**
 * The rules of one 民主推荐 / 评选表优 / 赞成票 event, as data (DOMAIN.md §7). A preset fills them in;
 * the office edits them until live ballots exist.
 *
 * Two ballot kinds share one shape:
 * - 推荐票 (`recommend`): per post, mark up to 应推荐人数 of the listed candidates, and, where the post
 *   allows it, write in other eligible people from the roster (另推荐);
 * - 赞成票 (`approval`): per candidate one of 赞成/不赞成/弃权.
 */

export const recommendationKind = z.enum(['recommend', 'approval']);
export type RecommendationKind = z.infer<typeof recommendationKind>;
export const recommendationKindLabels: Readonly<Record<RecommendationKind, string>> = {
  recommend: '推荐票',
  approval: '赞成票',
};

/**
 * A candidate as printed on the ballot. Name, unit and post are a snapshot taken at setup, so the
 * results keep what the ballot said even after the roster changes.
 */
export const recommendationCandidate = z.object({
  personId: z.number().int().positive(),
  name: z.string().min(1).max(40),
  unitName: z.string().max(100),
  post: z.string().max(100),
});
export type RecommendationCandidate = z.infer<typeof recommendationCandidate>;

/** One 推荐职位 or 荣誉 (科长 ×1, 优秀共产党员 ×3), or the post a 拟任人选 is approved for. */
export const recommendationPost = z.object({
  /** stable code within the event, e.g. 'P1' */
  code: z.string().min(1).max(20),
  /** 科长, 优秀共产党员 */
  name: z.string().min(1).max(40),
  /** 应推荐人数: at most this many distinct names per ballot (推荐票 only) */
  seats: z.number().int().min(1).max(99),
  /** 另推荐: names from the roster not on the list may be written in (推荐票 only) */
  writeIns: z.boolean(),
  candidates: z.array(recommendationCandidate).max(500),
});
export type RecommendationPost = z.infer<typeof recommendationPost>;

export const recommendationConfig = z.object({
  kind: recommendationKind,
  /** the ballot's heading, e.g. 「2026年度优秀共产党员推荐票」 */
  title: z.string().min(1).max(60),
  /** 填票说明 printed under the heading; the per-post limit is printed by the program */
  ruleText: z.string().max(600),
  posts: z.array(recommendationPost).min(1, '至少需要一个推荐职位或荣誉'),
  /** the same 评委类别 as the 述职测评: code, name, weight, 应到, 发出 */
  categories: z.array(raterCategory).min(1, '至少需要一个评委类别'),
  /** weights per 评委类别 are used for a weighted rate (off: plain vote counts only) */
  weighted: z.boolean(),
  /** the session counts when 实到 exceeds (or reaches, when inclusive) this share of 应到; preset 2/3, strict */
  quorum: z.object({ numerator: z.number().int().min(1), denominator: z.number().int().min(1), inclusive: z.boolean() }),
});
export type RecommendationConfig = z.infer<typeof recommendationConfig>;

/**
 * A name written in for 另推荐. `personId` is the roster person the clerk or rater picked; null when
 * the name matches nobody (kept, so the 原始票据 shows what was written, and never counted).
 */
export const writeIn = z.object({
  personId: z.number().int().positive().nullable(),
  name: z.string().min(1).max(40),
});
export type WriteIn = z.infer<typeof writeIn>;

/** 赞成票 marks on one line: what was ticked; none or more than one is 弃权. */
export const approvalChoice = z.enum(['yes', 'no', 'abstain']);
export type ApprovalChoice = z.infer<typeof approvalChoice>;
export const approvalChoiceLabels: Readonly<Record<ApprovalChoice, string>> = { yes: '赞成', no: '不赞成', abstain: '弃权' };

/** What one ballot says about one post. */
export const postMarks = z.object({
  /** 推荐票: the listed candidates ticked (person ids, as ticked: a repeat is kept and counted once) */
  chosen: z.array(z.number().int().positive()).max(500).default([]),
  /** 推荐票: 另推荐 names */
  writeIns: z.array(writeIn).max(50).default([]),
  /** 赞成票: person id -> the boxes ticked on that line */
  approvals: z.record(z.string().regex(/^\d+$/), z.array(approvalChoice).max(3)).default({}),
});
export type PostMarks = z.infer<typeof postMarks>;

export const recommendationMarks = z.object({
  /** 评委类别 code ticked on the ballot */
  category: z.string().min(1).max(10),
  /** post code -> its marks; a post left out is 弃权 for that post */
  posts: z.record(z.string(), postMarks),
});
export type RecommendationMarks = z.infer<typeof recommendationMarks>;

/**
 * What happened to one post on one ballot. Only OVER_SEATS voids (the post, not the ballot); the
 * others are notes that explain why a mark was not counted or counted once.
 */
export const postNote = z.enum(['OVER_SEATS', 'ABSTAIN', 'DUPLICATE', 'WRITE_IN_INELIGIBLE', 'WRITE_IN_NOT_ALLOWED', 'LINE_ABSTAIN']);
export type PostNote = z.infer<typeof postNote>;
export const postNoteLabels: Readonly<Record<PostNote, string>> = {
  OVER_SEATS: '超过应推荐人数，该职位作废',
  ABSTAIN: '未推荐任何人，视为弃权',
  DUPLICATE: '同一人重复推荐，计一票',
  WRITE_IN_INELIGIBLE: '另推荐人选不在花名册或不符合条件，不计票',
  WRITE_IN_NOT_ALLOWED: '该职位不设另推荐，另推荐不计票',
  LINE_ABSTAIN: '未划或多划，视为弃权',
};
