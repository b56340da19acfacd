import { postNoteLabels, type PostNote, type PostResult, type RecommendationConfig } from '../../../../shared/recommendation';

/** The figures line of a post: 有效票/作废票/弃权 on a 推荐票, 收回 and 实到 on a 赞成票. */
export function postFigures(post: PostResult, kind: RecommendationConfig['kind'], present: number): string {
  if (kind === 'approval') return `收回 ${post.cast} 张，实到 ${present} 人`;
  return `有效票 ${post.valid} 张，作废票 ${post.void} 张，弃权 ${post.abstain} 张`;
}

/** The notes of a post in words: 「超过应推荐人数，该职位作废 1 张；同一人重复推荐，计一票 2 张」. */
export function postNotesText(notes: PostResult['notes']): string {
  return (Object.entries(notes) as [PostNote, number | undefined][])
    .filter(([, n]) => (n ?? 0) > 0)
    .map(([note, n]) => `${postNoteLabels[note]} ${n} 张`)
    .join('；');
}
