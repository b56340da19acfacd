import { reviewPeriodLabel } from '../../../shared/evaluation';
import type { Db } from '../../../db/open';
import { unitReviews } from '../evaluation';

/**
 * The year's closed 科室评议 as the 年度考核 reads them (DOMAIN §8.7: 科室评议平均得分), behind one
 * function so the composite does not depend on how the 述职测评 engine stores them.
 */
export interface YearUnitReview {
  readonly eventId: number;
  readonly name: string;
  readonly date: string;
  /** 「2026年5月」, 「2026年第二季度」 */
  readonly periodLabel: string;
  readonly scores: readonly { readonly unitId: number; readonly score: number | null; readonly validBallots: number; readonly rank: number | null }[];
}

export function yearUnitReviews(db: Db, year: number): YearUnitReview[] {
  return unitReviews(db, year).map((r) => ({ eventId: r.eventId, name: r.name, date: r.date, periodLabel: reviewPeriodLabel(r.period), scores: r.scores }));
}
