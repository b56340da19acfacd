import type { ApprovalChoice, RecommendationConfig, RecommendationMarks, RecommendationPost } from '../../../../shared/recommendation';

/**
 * A 推荐票 / 赞成票 being filled in on screen (现场推荐, and settling a 双人录入 disagreement): per post
 * the candidates ticked, the 另推荐 names and, on a 赞成票, one choice per line. A change that would
 * put more names on a post than its 应推荐人数 is refused with the words the rater sees.
 */

export interface WriteInName {
  readonly personId: number | null;
  readonly name: string;
}

export interface PostDraft {
  readonly chosen: readonly number[];
  readonly writeIns: readonly WriteInName[];
  /** person id -> the one choice made (none: the line is 弃权) */
  readonly approvals: Readonly<Record<string, ApprovalChoice>>;
}

export type RecommendationDraft = Readonly<Record<string, PostDraft>>;

/** A change and, when it was refused, why. */
export interface DraftChange {
  readonly draft: RecommendationDraft;
  readonly refused: { readonly postCode: string; readonly message: string } | null;
}

const emptyPost: PostDraft = { chosen: [], writeIns: [], approvals: {} };

export const emptyRecommendationDraft = (config: Pick<RecommendationConfig, 'posts'>): RecommendationDraft =>
  Object.fromEntries(config.posts.map((p) => [p.code, emptyPost]));

export const postDraft = (draft: RecommendationDraft, code: string): PostDraft => draft[code] ?? emptyPost;

/** The names on the ballot for a post: the ticked candidates and the written-in names. */
export const namesOn = (post: PostDraft): number => post.chosen.length + post.writeIns.length;

export const overLimitMessage = (post: Pick<RecommendationPost, 'name' | 'seats'>) => `「${post.name}」限推荐${post.seats}人，请先取消一人再选`;

const withPost = (draft: RecommendationDraft, code: string, post: PostDraft): RecommendationDraft => ({ ...draft, [code]: post });

/** Ticks or unticks a listed candidate; a tick beyond 应推荐人数 is refused and left unticked. */
export function toggleCandidate(draft: RecommendationDraft, post: RecommendationPost, personId: number): DraftChange {
  const current = postDraft(draft, post.code);
  if (current.chosen.includes(personId)) return { draft: withPost(draft, post.code, { ...current, chosen: current.chosen.filter((id) => id !== personId) }), refused: null };
  if (namesOn(current) >= post.seats) return { draft, refused: { postCode: post.code, message: overLimitMessage(post) } };
  // ballot order, whatever order they were ticked in
  const order = post.candidates.map((c) => c.personId);
  const chosen = [...current.chosen, personId].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return { draft: withPost(draft, post.code, { ...current, chosen }), refused: null };
}

/** Adds a 另推荐 name (a listed candidate is ticked instead; a name already there is left as is). */
export function addWriteIn(draft: RecommendationDraft, post: RecommendationPost, name: WriteInName): DraftChange {
  const current = postDraft(draft, post.code);
  if (name.personId !== null && post.candidates.some((c) => c.personId === name.personId)) {
    return current.chosen.includes(name.personId) ? { draft, refused: null } : toggleCandidate(draft, post, name.personId);
  }
  const same = (w: WriteInName) => (name.personId !== null ? w.personId === name.personId : w.personId === null && w.name === name.name);
  if (current.writeIns.some(same)) return { draft, refused: null };
  if (namesOn(current) >= post.seats) return { draft, refused: { postCode: post.code, message: overLimitMessage(post) } };
  return { draft: withPost(draft, post.code, { ...current, writeIns: [...current.writeIns, name] }), refused: null };
}

export function removeWriteIn(draft: RecommendationDraft, postCode: string, index: number): RecommendationDraft {
  const current = postDraft(draft, postCode);
  return withPost(draft, postCode, { ...current, writeIns: current.writeIns.filter((_, i) => i !== index) });
}

/** Sets (or with `undefined` takes back) the choice on one 赞成票 line. */
export function setApproval(draft: RecommendationDraft, postCode: string, personId: number, choice: ApprovalChoice | undefined): RecommendationDraft {
  const current = postDraft(draft, postCode);
  const approvals = { ...current.approvals };
  if (choice === undefined) delete approvals[String(personId)];
  else approvals[String(personId)] = choice;
  return withPost(draft, postCode, { ...current, approvals });
}

/** The marks to send: a post with nothing on it is 弃权, a 赞成票 line without a choice too. */
export function draftToRecommendationMarks(config: Pick<RecommendationConfig, 'kind' | 'posts'>, category: string, draft: RecommendationDraft): RecommendationMarks {
  return {
    category,
    posts: Object.fromEntries(
      config.posts.map((p) => {
        const d = postDraft(draft, p.code);
        if (config.kind === 'approval') return [p.code, { chosen: [], writeIns: [], approvals: Object.fromEntries(Object.entries(d.approvals).map(([id, c]) => [id, [c]])) }];
        return [p.code, { chosen: [...d.chosen], writeIns: d.writeIns.map((w) => ({ ...w })), approvals: {} }];
      }),
    ),
  };
}

/** Back from stored marks (a 赞成票 line marked twice or never comes back empty: 弃权 either way). */
export function marksToRecommendationDraft(config: Pick<RecommendationConfig, 'posts'>, marks: RecommendationMarks): RecommendationDraft {
  return Object.fromEntries(
    config.posts.map((p) => {
      const m = marks.posts[p.code];
      if (!m) return [p.code, emptyPost];
      const approvals: Record<string, ApprovalChoice> = {};
      for (const [id, choices] of Object.entries(m.approvals)) if (new Set(choices).size === 1) approvals[id] = choices[0]!;
      return [p.code, { chosen: [...new Set(m.chosen)], writeIns: m.writeIns, approvals }];
    }),
  );
}

/** What the rater is asked to confirm: posts naming nobody, and 赞成票 lines left without a choice. */
export function blankSummary(config: Pick<RecommendationConfig, 'kind' | 'posts'>, draft: RecommendationDraft): string[] {
  if (config.kind === 'approval') {
    return config.posts
      .map((p) => ({ p, open: p.candidates.filter((c) => postDraft(draft, p.code).approvals[String(c.personId)] === undefined).length }))
      .filter((x) => x.open > 0)
      .map((x) => `「${x.p.name}」还有 ${x.open} 人未表态（视为弃权）`);
  }
  return config.posts.filter((p) => namesOn(postDraft(draft, p.code)) === 0).map((p) => `「${p.name}」未推荐任何人（视为弃权）`);
}
