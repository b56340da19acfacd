import { formatRate } from '../../../../shared/numbers';
import type { RecommendationResults } from '../../../../shared/recommendation';

/** The votes of one closed 民主推荐 / 评选表优 shown beside the composite: per person, in words. */
export interface RecommendationVotes {
  /** the event's name, for the column heading */
  readonly label: string;
  /** person id -> 「优秀共产党员 30票（57.69%，第1名）」, one line per post they got votes or stood in */
  readonly byPerson: ReadonlyMap<number, string>;
}

/** What one person got in one event, post by post (DOMAIN.md §7: 得票率 over the post's valid ballots, 赞成率 over 实到). */
export function votesByPerson(results: RecommendationResults): Map<number, string> {
  const lines = new Map<number, string[]>();
  for (const post of results.posts) {
    for (const c of post.candidates) {
      const text =
        results.kind === 'approval'
          ? `${post.name} 赞成${c.votes}票（${formatRate(c.rateOfPresent)}）`
          : `${post.name} ${c.votes}票（${formatRate(c.rateOfValid)}，第${c.rank}名）`;
      lines.set(c.personId, [...(lines.get(c.personId) ?? []), text]);
    }
  }
  return new Map([...lines].map(([id, texts]) => [id, texts.join('；')]));
}

