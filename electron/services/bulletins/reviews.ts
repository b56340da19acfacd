import type { ReviewFact } from '../../../shared/bulletins';
import { reviewPeriodCovers } from '../../../shared/evaluation';
import type { Db } from '../../../db/open';
import { unitReviews } from '../evaluation';

/**
 * The closed 科室评议 whose 评议周期 covers the month (DOMAIN §8.4, §8.5): the 评议得分 of a unit in the
 * 月度通报 is the mean of its scores in these. Only closed events count, their results being frozen.
 */
export function monthReviews(db: Db, year: number, month: number): ReviewFact[] {
  return unitReviews(db, year)
    .filter((r) => reviewPeriodCovers(r.period, month))
    .map((r) => ({ eventId: r.eventId, name: r.name, period: r.period, scores: r.scores.map((s) => ({ unitId: s.unitId, score: s.score })) }));
}
