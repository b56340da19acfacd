import { AppError } from '../../../shared/errors';
import type { GroupQuotaUse } from '../../../db/annual/years';
import { quarterName } from '../../../shared/annual/rules';

/**
 * A change to the groups or to who is in them moves the quotas (they follow the group's size and
 * share). Such a change is refused when it would leave a group with more “好” in a quarter, or more
 * 优秀 confirmed within the quota, than the new quota allows, beyond what was already over before:
 * data entered under the quota must not silently end up over it. Called inside the transaction,
 * after the change, so a refusal rolls it back.
 */
export function assertQuotasStillHold(before: readonly GroupQuotaUse[], after: readonly GroupQuotaUse[]): void {
  const was = new Map(before.map((g) => [g.id, g]));
  for (const g of after) {
    const old = was.get(g.id);
    for (let q = 0; q < 4; q++) {
      const over = g.good[q]! - g.goodQuota;
      const overBefore = old ? old.good[q]! - old.goodQuota : 0;
      if (over > 0 && over > overBefore) {
        throw new AppError(
          'ANNUAL_QUOTA_EXCEEDED',
          `调整后“${g.name}”共${g.size}人，“好”等次名额为${g.goodQuota}人，但${quarterName(q + 1)}已评“好”${g.good[q]}人；请先修改平时考核等次，或调整分组比例`,
        );
      }
    }
    const over = g.excellentConfirmed - g.excellentQuota;
    const overBefore = old ? old.excellentConfirmed - old.excellentQuota : 0;
    if (over > 0 && over > overBefore) {
      throw new AppError(
        'ANNUAL_QUOTA_EXCEEDED',
        `调整后“${g.name}”共${g.size}人，优秀名额为${g.excellentQuota}人，但已确定优秀${g.excellentConfirmed}人；请先撤销部分确定，或调整分组比例`,
      );
    }
  }
}
