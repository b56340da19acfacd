import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import type { UnitReview } from '../../../shared/contract/evaluation';
import { listClosedUnitReviews, listTargets } from '../../../db/evaluation/events';
import type { Db } from '../../../db/open';
import type { AppContext } from '../../context';
import { resultsOf } from './results';

/**
 * The year's closed 科室评议 with each unit's score (DOMAIN.md §8.4), by date. Only closed events
 * count: their results are frozen, so a 月度通报 or a composite that cites a score never sees it move.
 * The score is the event's overall score of the unit (Σ category weight × category score), the
 * satisfaction the share of 满意 + 基本满意 among its valid ballots.
 */
export function unitReviews(db: Db, year: number): UnitReview[] {
  return listClosedUnitReviews(db, year).map((event) => {
    const unitOf = new Map(listTargets(db, event.id).filter((t) => t.unitId != null).map((t) => [t.id, t]));
    const results = resultsOf(db, event, 'live');
    const scores = results.targets.flatMap((r) => {
      const target = unitOf.get(r.targetId);
      if (!target) return [];
      return [{ unitId: target.unitId!, unitName: target.name, score: r.overall, satisfaction: r.total.approvalRate, validBallots: r.total.valid, rank: r.rank }];
    });
    return { eventId: event.id, name: event.name, date: event.date, period: event.reviewPeriod!, scores };
  });
}

export const listUnitReviews = (ctx: AppContext, input: ParsedInput<'evaluation.unitReviews'>): ChannelOutput<'evaluation.unitReviews'> => unitReviews(ctx.db, input.year);
