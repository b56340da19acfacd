import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { formatRate } from '../../../shared/numbers';
import type { AppContext } from '../../context';
import { addAdjustments } from '../annual';
import { requireRecommendation } from './common';

/**
 * 评选表优 into the 年度考核 (DOMAIN.md §7): the chosen people of a post of a closed event each get a
 * 加减分 record under the year's rules (its kinds, its cap, its year), with the event and their votes as
 * the evidence. One transaction: either everyone chosen is commended or nobody is.
 */
export function commendFromRecommendation(ctx: AppContext, input: ParsedInput<'recommendation.commend'>): ChannelOutput<'recommendation.commend'> {
  const db = ctx.db;
  return db.transaction(() => {
    const event = requireRecommendation(db, input.id);
    if (event.status !== 'closed' || !event.results) throw new AppError('RECOMMENDATION_NOT_CLOSED', '请先结束推荐，再按锁定的结果表彰');
    const post = event.results.posts.find((p) => p.code === input.postCode);
    if (!post) throw new AppError('RECOMMENDATION_POST_NOT_FOUND', '该推荐职位或荣誉不在本次推荐中，请刷新后重试');
    const entries = [...new Set(input.personIds)].map((personId) => {
      const c = post.candidates.find((x) => x.personId === personId);
      if (!c) throw new AppError('RECOMMENDATION_NOT_CANDIDATE', `所选人员不是「${post.name}」的候选人或得票人选`);
      const votes = `得票${c.votes}票${c.rateOfValid === null ? '' : `（得票率${formatRate(c.rateOfValid)}）`}，第${c.rank}名`;
      return {
        year: event.year,
        personId,
        kind: input.kind,
        points: input.points,
        date: input.date,
        reason: input.reason || `${event.name}：${post.name}`,
        evidence: `${event.name}（${event.date}）「${post.name}」${votes}`,
      };
    });
    return addAdjustments(ctx, entries);
  })();
}
