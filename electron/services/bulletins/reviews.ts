import type { ReviewFact } from '../../../shared/bulletins';
import type { Db } from '../../../db/open';

/**
 * The closed 科室评议 whose 评议周期 covers the month (DOMAIN §8.5): the 评议得分 of a unit in the
 * 月度通报 is the mean of its scores in these. Only closed events count, their results being frozen.
 */
export function monthReviews(_db: Db, _year: number, _month: number): ReviewFact[] {
  return [];
}
