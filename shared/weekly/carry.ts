/**
 * 「复制上周未完成」 (DOMAIN §8): last week's items still marked 未完成 come into this week as new items
 * with the same text and figure, still 未完成, linked to the item they came from. A leader's mark,
 * its comment and the evidence stay with last week's item. An item already carried into this week
 * (or typed again word for word) is not copied twice.
 */

export interface CarrySource {
  readonly id: number;
  readonly text: string;
  readonly unfinished: boolean;
}

export interface CarryTarget {
  readonly text: string;
  readonly carriedFrom: number | null;
}

export function itemsToCarry<T extends CarrySource>(lastWeek: readonly T[], thisWeek: readonly CarryTarget[]): T[] {
  const carried = new Set(thisWeek.map((i) => i.carriedFrom).filter((id): id is number => id != null));
  const texts = new Set(thisWeek.map((i) => i.text.trim()));
  return lastWeek.filter((i) => i.unfinished && !carried.has(i.id) && !texts.has(i.text.trim()));
}
