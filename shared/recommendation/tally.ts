import { quorumMet, weightedMean } from '../evaluation';
import { rankWithTies } from '../numbers';
import type { ApprovalChoice, PostNote, RecommendationConfig, RecommendationMarks } from './config';
import { checkRecommendationBallot, type WriteInEligible } from './ballot-check';
import type { CandidateResult, PostResult, RecommendationResults, SessionCategory } from './results';

/**
 * The tally of one 民主推荐 / 评选表优 / 赞成票 event (DOMAIN.md §7): raw counts per post, candidate and
 * 评委类别 first, every rate derived from them at full precision (the screens and exports round).
 *
 * - 推荐票: a post's valid ballots are the ballots cast minus those void for that post (a ballot that
 *   names nobody for the post is valid and gives no vote); 得票率 = votes / the post's valid ballots,
 *   and votes / 实到; the weighted rate = Σ weight × category votes / category valid ballots over the
 *   categories with valid ballots, weights re-normalised; rank by votes, ties 1, 1, 3; 过半数 when votes
 *   exceed half the post's valid ballots.
 * - 赞成票: per candidate 赞成/不赞成/弃权 (a line with none or several marks is 弃权, and still counted);
 *   赞成率 = 赞成 / 实到, 过半 when 赞成 exceeds half of 实到.
 * - session: 应到, 实到 (entered on the day, else 收回), 发出, 收回 per category; the quorum; 收回 > 发出
 *   voids the session (per category or in total; 发出 0 means not counted).
 */

export interface RecommendationTallyInput {
  readonly config: RecommendationConfig;
  readonly ballots: readonly { readonly marks: RecommendationMarks }[];
  /** category code -> 实到 entered on the day; missing = 收回 */
  readonly attendance: Readonly<Record<string, number>>;
  readonly eligible: WriteInEligible;
  /** how to show a written-in person: roster snapshot at tally time */
  readonly people: ReadonlyMap<number, { readonly name: string; readonly unitName: string; readonly post: string }>;
}

const zeroChoices = (): Record<ApprovalChoice, number> => ({ yes: 0, no: 0, abstain: 0 });

export function tallyRecommendation(input: RecommendationTallyInput): RecommendationResults {
  const { config, ballots, attendance, eligible, people } = input;
  const categoryIndex = new Map(config.categories.map((c, i) => [c.code, i]));
  const C = config.categories.length;

  const returned = new Array<number>(C).fill(0);
  const verdicts = ballots.map((b) => {
    const ci = categoryIndex.get(b.marks.category);
    if (ci !== undefined) returned[ci]!++;
    return { ci, posts: checkRecommendationBallot(config, b.marks, eligible) };
  });

  const sessionCategories: SessionCategory[] = config.categories.map((c, i) => ({
    code: c.code,
    name: c.name,
    expected: c.expected,
    issued: c.issued,
    returned: returned[i]!,
    present: attendance[c.code] ?? returned[i]!,
  }));
  const sum = (key: 'expected' | 'issued' | 'returned' | 'present') => sessionCategories.reduce((s, c) => s + c[key], 0);
  const session = {
    categories: sessionCategories,
    expected: sum('expected'),
    issued: sum('issued'),
    returned: ballots.length,
    present: sum('present'),
    quorumMet: quorumMet(sum('present'), sum('expected'), config.quorum),
    overIssued: sessionCategories.some((c) => c.issued > 0 && c.returned > c.issued) || (sum('issued') > 0 && ballots.length > sum('issued')),
  };
  const presentByCategory = sessionCategories.map((c) => c.present);

  const posts = config.posts.map((post, p): PostResult => {
    const validByCategory = new Array<number>(C).fill(0);
    const voidByCategory = new Array<number>(C).fill(0);
    const notes: Partial<Record<PostNote, number>> = {};
    let valid = 0;
    let voided = 0;
    let abstain = 0;
    // person id -> votes per category (推荐票) or choices per category (赞成票); listed first, in ballot order
    const votes = new Map<number, number[]>(post.candidates.map((c) => [c.personId, new Array<number>(C).fill(0)]));
    const choices = new Map(post.candidates.map((c) => [c.personId, Array.from({ length: C }, zeroChoices)]));
    for (const { ci, posts: verdictsOfBallot } of verdicts) {
      const v = verdictsOfBallot[p]!;
      for (const n of v.notes) notes[n] = (notes[n] ?? 0) + 1;
      if (v.void) {
        voided++;
        if (ci !== undefined) voidByCategory[ci]!++;
        continue;
      }
      valid++;
      if (v.abstain) abstain++;
      if (ci === undefined) continue;
      validByCategory[ci]!++;
      for (const id of v.votes) {
        const row = votes.get(id) ?? new Array<number>(C).fill(0);
        row[ci]!++;
        votes.set(id, row);
      }
      for (const [id, choice] of Object.entries(v.approvals)) choices.get(Number(id))![ci]![choice]++;
    }

    const listed = new Map(post.candidates.map((c) => [c.personId, c]));
    const approval = config.kind === 'approval';
    const rows = [...votes.entries()].map(([personId, byCategory]) => {
      const known = listed.get(personId) ?? people.get(personId);
      const byChoice = approval ? choices.get(personId)! : null;
      const total = approval ? byChoice!.reduce((s, c) => s + c.yes, 0) : byCategory.reduce((s, n) => s + n, 0);
      const perCategory = approval ? byChoice!.map((c) => c.yes) : byCategory;
      return {
        personId,
        name: known?.name ?? `（编号 ${personId}）`,
        unitName: known?.unitName ?? '',
        post: known?.post ?? '',
        writeIn: !listed.has(personId),
        votes: total,
        votesByCategory: perCategory,
        rateOfValid: valid > 0 ? total / valid : null,
        rateOfPresent: session.present > 0 ? total / session.present : null,
        weightedRate: config.weighted
          ? weightedMean(
              config.categories.map((c, i) => {
                const base = approval ? presentByCategory[i]! : validByCategory[i]!;
                return { weight: c.weight, score: base > 0 ? perCategory[i]! / base : null };
              }),
            )
          : null,
        majority: approval ? 2 * total > session.present : 2 * total > valid,
        approvals: byChoice ? byChoice.reduce((s, c) => ({ yes: s.yes + c.yes, no: s.no + c.no, abstain: s.abstain + c.abstain }), zeroChoices()) : null,
        approvalsByCategory: byChoice,
      };
    });
    const ranks = rankWithTies(rows.map((r) => r.votes));
    return {
      code: post.code,
      name: post.name,
      seats: post.seats,
      cast: ballots.length,
      valid,
      void: voided,
      abstain,
      validByCategory,
      voidByCategory,
      notes,
      candidates: rows.map((r, i) => ({ ...r, rank: ranks[i]! })),
    };
  });

  return { kind: config.kind, session, posts };
}

/** Candidates for display: most votes first, ties in ballot order (listed before write-ins). */
export function candidatesByVotes(post: PostResult): CandidateResult[] {
  return post.candidates.map((c, i) => ({ c, i })).sort((a, b) => b.c.votes - a.c.votes || a.i - b.i).map(({ c }) => c);
}
