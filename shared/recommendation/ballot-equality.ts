import type { RecommendationMarks } from './config';

/**
 * 双人录入: two entries of one paper 推荐票 or 赞成票 agree when they tick the same 评委类别 and say the
 * same for every post: the same people ticked (as often), the same names written in, the same boxes
 * on every 赞成票 line. A post left out and a post with nothing marked are the same; order does not matter.
 */
export function recommendationMarksEqual(a: RecommendationMarks, b: RecommendationMarks): boolean {
  return a.category === b.category && canonical(a) === canonical(b);
}

const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

function canonical(marks: RecommendationMarks): string {
  const posts = Object.entries(marks.posts)
    .map(([code, m]) => {
      const chosen = [...m.chosen].sort((x, y) => x - y);
      const writeIns = m.writeIns.map((w) => `${w.personId ?? ''}:${w.name.replace(/\s+/g, '')}`).sort(byText);
      const approvals = Object.entries(m.approvals)
        .filter(([, ticked]) => ticked.length > 0)
        .map(([id, ticked]) => `${id}=${[...ticked].sort(byText).join('+')}`)
        .sort(byText);
      return { code, text: JSON.stringify([chosen, writeIns, approvals]) };
    })
    .filter((p) => p.text !== '[[],[],[]]')
    .sort((x, y) => byText(x.code, y.code));
  return JSON.stringify(posts);
}
