import type { ItemMethod } from './views';

/**
 * What one score entry is worth (DOMAIN §4 指标体系). value: points for 'score', occurrences for
 * 'bonus'/'deduct' (each worth stepPoints, capped at maxPoints; deductions negative), 1/0 for
 * 'done' (完成 = maxPoints). The composite and the score grid both use this.
 */
export interface ItemRule {
  readonly method: ItemMethod;
  readonly maxPoints: number;
  readonly stepPoints: number | null;
}

export function itemEntryPoints(item: ItemRule, value: number): number {
  switch (item.method) {
    case 'score':
      return value;
    case 'done':
      return value === 1 ? item.maxPoints : 0;
    case 'bonus':
      return Math.min(value * (item.stepPoints ?? 0), item.maxPoints);
    case 'deduct':
      return -Math.min(value * (item.stepPoints ?? 0), item.maxPoints);
  }
}

/**
 * The most occurrences one entry of a 加分/扣分 item may record. The points stop at the item's cap
 * long before; the count is kept as it happened (11 articles are 11 even when 10 reach the cap).
 */
export const maxOccurrences = 999;

/** A number as the office reads it: no float noise (0.1 + 0.2 shows as 0.3). */
export const pointsText = (n: number): string => String(Number(n.toPrecision(12)));

/**
 * Why a value cannot be entered for an item, naming the item and the allowed range, or null when
 * it can: 「“党建工作”的得分应在0～20之间，输入的25超出范围」.
 */
export function itemEntryProblem(item: ItemRule & { readonly name: string }, value: number): string | null {
  const shown = Number.isFinite(value) ? pointsText(value) : String(value);
  switch (item.method) {
    case 'score':
      if (Number.isFinite(value) && value >= 0 && value <= item.maxPoints) return null;
      return `“${item.name}”的得分应在0～${pointsText(item.maxPoints)}之间，输入的${shown}超出范围`;
    case 'bonus':
    case 'deduct':
      if (Number.isInteger(value) && value >= 0 && value <= maxOccurrences) return null;
      return `“${item.name}”应填${item.method === 'bonus' ? '加分' : '扣分'}次数，为0～${maxOccurrences}之间的整数，输入的${shown}不符合要求`;
    case 'done':
      if (value === 0 || value === 1) return null;
      return `“${item.name}”应填1（完成）或0（未完成），输入的${shown}不符合要求`;
  }
}

/**
 * The 考核项目 component's full marks as the 指标体系 gives them: the most one person can score, i.e.
 * Σ of the maxima of the items that count for a person (their own items, and unit items passed on
 * to the unit's people); 扣分项 only take away. null when no item can give points. The composite
 * scores the component against this, never against a 满分 typed apart from the items.
 */
export function itemsFullMarks(items: readonly (ItemRule & { readonly appliesTo: 'person' | 'unit'; readonly passToPeople: boolean })[]): number | null {
  const counted = items.filter((i) => (i.appliesTo === 'person' || i.passToPeople) && i.method !== 'deduct');
  if (counted.length === 0) return null;
  return Number(counted.reduce((sum, i) => sum + i.maxPoints, 0).toPrecision(12));
}
