import type { z } from 'zod';
import type { ApprovalChoice, PostNote, RecommendationConfig, RecommendationMarks, RecommendationPost } from './config';
import type { postVerdictView } from './results';

/**
 * Checking one 推荐票 or 赞成票 (DOMAIN.md §7), in two layers like the 述职测评's:
 * - `ballotStructureErrors`: input that cannot be a ballot of this event (an unknown 评委类别 or post, a
 *   ticked person who is not a candidate of that post, 赞成 marks on a 推荐票) is refused, nothing stored;
 * - `checkRecommendationBallot`: a well-formed ballot always counts as cast; per post it says which
 *   people get a vote and why a mark was not counted. Only 「超过应推荐人数」 voids, and only that post.
 */

/**
 * What one ballot gives one post (the schema is results.ts's postVerdictView): void (超过应推荐人数, the
 * post only), abstain (no name), the people who get one vote each (推荐票), the choice counted per
 * line (赞成票: none or several marks are 'abstain'), and every reason a mark was voided, not counted
 * or counted once.
 */
export type PostVerdict = z.infer<typeof postVerdictView>;

/** Who may be written in (另推荐): the caller says, from the roster (在职 people). */
export type WriteInEligible = (personId: number) => boolean;

const candidateIds = (post: RecommendationPost) => new Set(post.candidates.map((c) => c.personId));

/** Chinese messages for input that is not a ballot of this event; empty when it is one. */
export function ballotStructureErrors(config: RecommendationConfig, marks: RecommendationMarks): string[] {
  const errors: string[] = [];
  if (!config.categories.some((c) => c.code === marks.category)) errors.push(`评委类别「${marks.category}」不在本次推荐的设置中`);
  const posts = new Map(config.posts.map((p) => [p.code, p]));
  for (const [code, m] of Object.entries(marks.posts)) {
    const post = posts.get(code);
    if (!post) {
      errors.push(`推荐职位「${code}」不在本次推荐的设置中`);
      continue;
    }
    const ids = candidateIds(post);
    if (config.kind === 'recommend') {
      if (Object.keys(m.approvals).length > 0) errors.push(`「${post.name}」是推荐票，不应有赞成、不赞成的标记`);
      for (const id of m.chosen) if (!ids.has(id)) errors.push(`「${post.name}」的候选人名单中没有编号为 ${id} 的人员`);
    } else {
      if (m.chosen.length > 0 || m.writeIns.length > 0) errors.push(`「${post.name}」是赞成票，不能推荐或另推荐`);
      for (const id of Object.keys(m.approvals)) if (!ids.has(Number(id))) errors.push(`「${post.name}」的拟任人选中没有编号为 ${id} 的人员`);
    }
  }
  return errors;
}

const emptyMarks = { chosen: [], writeIns: [], approvals: {} };

function recommendVerdict(post: RecommendationPost, m: RecommendationMarks['posts'][string], eligible: WriteInEligible): PostVerdict {
  const notes = new Set<PostNote>();
  // every distinct name on the ballot for this post, counted or not: a written name is a name (多推无效)
  const names = new Set<string>();
  const counted = new Set<number>();
  for (const id of m.chosen) {
    const key = `p${id}`;
    if (names.has(key)) notes.add('DUPLICATE');
    names.add(key);
    counted.add(id);
  }
  const listed = candidateIds(post);
  for (const w of m.writeIns) {
    const key = w.personId !== null ? `p${w.personId}` : `n${w.name.replace(/\s+/g, '')}`;
    if (names.has(key)) notes.add('DUPLICATE');
    names.add(key);
    if (w.personId === null) notes.add('WRITE_IN_INELIGIBLE');
    else if (listed.has(w.personId)) counted.add(w.personId); // a listed candidate written in is that candidate
    else if (!post.writeIns) notes.add('WRITE_IN_NOT_ALLOWED');
    else if (!eligible(w.personId)) notes.add('WRITE_IN_INELIGIBLE');
    else counted.add(w.personId);
  }
  if (names.size === 0) return { postCode: post.code, void: false, abstain: true, votes: [], approvals: {}, notes: ['ABSTAIN'] };
  if (names.size > post.seats) {
    notes.add('OVER_SEATS');
    return { postCode: post.code, void: true, abstain: false, votes: [], approvals: {}, notes: [...notes] };
  }
  return { postCode: post.code, void: false, abstain: false, votes: [...counted], approvals: {}, notes: [...notes] };
}

function approvalVerdict(post: RecommendationPost, m: RecommendationMarks['posts'][string]): PostVerdict {
  const approvals: Record<string, ApprovalChoice> = {};
  let lineAbstain = false;
  for (const c of post.candidates) {
    const ticked = new Set(m.approvals[String(c.personId)] ?? []);
    if (ticked.size === 1) approvals[String(c.personId)] = [...ticked][0]!;
    else {
      approvals[String(c.personId)] = 'abstain';
      lineAbstain = true;
    }
  }
  return { postCode: post.code, void: false, abstain: false, votes: [], approvals, notes: lineAbstain ? ['LINE_ABSTAIN'] : [] };
}

/** Per post of the event, in the event's order: what this (well-formed) ballot gives it. */
export function checkRecommendationBallot(config: RecommendationConfig, marks: RecommendationMarks, eligible: WriteInEligible): PostVerdict[] {
  return config.posts.map((post) => {
    const m = marks.posts[post.code] ?? emptyMarks;
    return config.kind === 'recommend' ? recommendVerdict(post, m, eligible) : approvalVerdict(post, m);
  });
}
